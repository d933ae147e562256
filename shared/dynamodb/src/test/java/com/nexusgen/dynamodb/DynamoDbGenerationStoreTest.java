package com.nexusgen.dynamodb;

import com.nexusgen.domain.common.Ids;
import com.nexusgen.domain.common.Page;
import com.nexusgen.domain.common.PageRequest;
import com.nexusgen.domain.generations.Generation;
import com.nexusgen.domain.generations.GenerationStatus;
import com.nexusgen.domain.generations.MonthlyUsage;
import com.nexusgen.domain.generations.ProjectVersion;
import com.nexusgen.domain.generations.Transition;
import com.nexusgen.domain.generations.UsageCall;
import com.nexusgen.domain.generations.UsageTotals;
import com.nexusgen.dynamodb.local.EmbeddedDynamoDb;
import com.nexusgen.template.LocalResolver;
import com.nexusgen.template.RepositoryRoot;
import com.nexusgen.template.SamTemplate;
import com.nexusgen.template.TableDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Generations, versions and the usage ledger against DynamoDB Local, on the template's table. */
class DynamoDbGenerationStoreTest {
    private static EmbeddedDynamoDb dynamoDb;
    private static DynamoDbGenerationStore store;
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @BeforeAll
    static void start() {
        SamTemplate template = SamTemplate.load(RepositoryRoot.template());
        TableDefinition table = template.tables().getFirst()
                .definition(LocalResolver.builder(template).parameter("Stage", "generation-test").build());
        dynamoDb = EmbeddedDynamoDb.start(EmbeddedDynamoDb.Options.inMemory());
        dynamoDb.ensureTable(table.createTableRequest(), table.timeToLiveAttribute().orElseThrow());
        store = new DynamoDbGenerationStore(new SingleTable(dynamoDb.client(), table.tableName()), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        dynamoDb.close();
    }

    @Test
    void apply_shouldMoveAndTimeStages_butNeverOutOfAFinalStatus() {
        // GIVEN a queued generation
        Generation g = generation(UUID.randomUUID().toString(), "p1");
        store.create(g);
        // WHEN the workflow reports two review rounds and the API cancels, then a late step reports in
        store.apply(g.workspaceId(), g.id(), Transition.whileActive().to(GenerationStatus.RUNNING).state("Review")
                .stageTook("review", 30));
        store.apply(g.workspaceId(), g.id(), Transition.whileActive().stageTook("review", 12).taskToken("tok"));
        assertEquals("tok", store.taskToken(g.workspaceId(), g.id()).orElseThrow());
        Generation cancelled = store.apply(g.workspaceId(), g.id(), Transition.whileActive()
                .to(GenerationStatus.CANCELLED).clearTaskToken().failure("Cancelled", "by u1")).orElseThrow();
        var late = store.apply(g.workspaceId(), g.id(), Transition.whileActive().to(GenerationStatus.RUNNING).state("Code"));
        // THEN the stage times add up, the token is gone, and the late step changed nothing
        assertEquals(Map.of("review", 42L), cancelled.stageMillis());
        assertEquals(GenerationStatus.CANCELLED, cancelled.status());
        assertTrue(store.taskToken(g.workspaceId(), g.id()).isEmpty());
        assertTrue(late.isEmpty());
        assertEquals("Review", store.find(g.workspaceId(), g.id()).orElseThrow().currentState());
        assertTrue(store.apply(g.workspaceId(), Ids.newId(Clock.systemUTC()), Transition.whileActive()).isEmpty());
    }

    @Test
    void saveVersion_shouldNumberVersionsPerProject_onceEachGeneration_evenWhenConcurrent() throws Exception {
        // GIVEN eight running generations of one project
        String ws = UUID.randomUUID().toString();
        List<Generation> generations = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Generation g = generation(ws, "proj");
            store.create(g);
            generations.add(g);
        }
        // WHEN they all save a version at once, and each saves again (a retried task)
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<ProjectVersion>> saved = new ArrayList<>();
        for (Generation g : generations) {
            saved.add(pool.submit(() -> store.saveVersion(ws, g.id(), "ws/" + ws + "/manifests/" + g.id(), 3, 300,
                    new Generation.Result(0, 3, 0, 1, List.of("no-console"))).orElseThrow()));
        }
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < saved.size(); i++) {
            ProjectVersion version = saved.get(i).get();
            numbers.add(version.number());
            ProjectVersion again = store.saveVersion(ws, generations.get(i).id(), "other", 9, 9,
                    new Generation.Result(0, 9, 0, 0, List.of())).orElseThrow();
            assertEquals(version.number(), again.number());
            assertEquals(version.manifestKey(), again.manifestKey());
        }
        pool.shutdown();
        // THEN the numbers are 1..8, each generation (still active: its build is next) has its number, and
        // paging walks them newest first
        assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8), numbers);
        Generation first = store.find(ws, generations.getFirst().id()).orElseThrow();
        assertTrue(first.status().isFinal() == false, "a saved version is built before the generation succeeds");
        assertEquals("SaveVersion", first.currentState());
        assertEquals(List.of("no-console"), first.result().findingRules());
        Page<ProjectVersion> page1 = store.versions(ws, "proj", PageRequest.of(5, null));
        assertEquals(List.of(8, 7, 6, 5, 4), page1.items().stream().map(ProjectVersion::number).toList());
        Page<ProjectVersion> page2 = store.versions(ws, "proj", PageRequest.of(5, page1.nextCursor()));
        assertEquals(List.of(3, 2, 1), page2.items().stream().map(ProjectVersion::number).toList());
        assertNull(page2.nextCursor());
        assertEquals(8, store.latestVersion(ws, "proj").orElseThrow().number());
        // the latest succeeded generation's plan is the project's plan; another tenant's index key never matches
        generations.forEach(g -> store.apply(ws, g.id(), Transition.whileActive().to(GenerationStatus.SUCCEEDED)));
        store.apply(ws, generations.getLast().id(), Transition.from(java.util.EnumSet.allOf(GenerationStatus.class)).planKey("plan-8"));
        assertEquals("plan-8", store.latestPlanKey(ws, "proj").orElseThrow());
        assertTrue(store.latestPlanKey(UUID.randomUUID().toString(), "proj").isEmpty());
        assertTrue(store.versions(ws, "other-project", PageRequest.of(5, null)).items().isEmpty());
    }

    @Test
    void saveHealedVersion_shouldReplaceTheResultsVersion_once_andRecordTheBuild() {
        // GIVEN a generation whose first version failed to build
        String ws = UUID.randomUUID().toString();
        Generation g = generation(ws, "proj");
        store.create(g);
        ProjectVersion first = store.saveVersion(ws, g.id(), "m1", 3, 300, new Generation.Result(0, 3, 0, 0, List.of())).orElseThrow();
        // WHEN a fix saves the healed files, twice (a retried task), and a stale parent tries too
        ProjectVersion healed = store.saveHealedVersion(ws, g.id(), first.number(), "m2", 4, 400).orElseThrow();
        ProjectVersion again = store.saveHealedVersion(ws, g.id(), first.number(), "m3", 5, 500).orElseThrow();
        // THEN there is one new version, the generation's result points at it, and the build is recorded on success
        assertEquals(first.number() + 1, healed.number());
        assertEquals(healed, again);
        assertEquals(2, store.versions(ws, "proj", PageRequest.of(10, null)).items().size());
        Generation.Result result = store.find(ws, g.id()).orElseThrow().result();
        assertEquals(healed.number(), result.version());
        assertEquals(4, result.fileCount());
        List<Generation.AppliedFix> fixes = List.of(new Generation.AppliedFix("type.null", "TS18047 '<expr>' is possibly 'null'",
                "rule", "optional-chaining"));
        store.apply(ws, g.id(), Transition.whileActive().to(GenerationStatus.SUCCEEDED).state("Succeeded")
                .result(result.built(2, fixes, "/preview/proj/2/")));
        Generation done = store.find(ws, g.id()).orElseThrow();
        assertEquals(GenerationStatus.SUCCEEDED, done.status());
        assertEquals(2, done.result().builds());
        assertEquals(fixes, done.result().fixes());
        assertEquals("/preview/proj/2/", done.result().previewPath());
        assertTrue(store.saveHealedVersion(ws, g.id(), healed.number(), "m4", 1, 1).isEmpty(), "a finished generation saves nothing");
    }

    @Test
    void saveVersion_shouldSaveNothing_whenTheGenerationWasCancelled() {
        Generation g = generation(UUID.randomUUID().toString(), "proj");
        store.create(g);
        store.apply(g.workspaceId(), g.id(), Transition.whileActive().to(GenerationStatus.CANCELLED));
        assertTrue(store.saveVersion(g.workspaceId(), g.id(), "m", 1, 1, new Generation.Result(0, 1, 0, 0, List.of())).isEmpty());
        assertTrue(store.latestVersion(g.workspaceId(), "proj").isEmpty());
    }

    @Test
    void recordUsage_shouldAddUpPerGenerationAndMonth_once_perCall() {
        // GIVEN two generations in one workspace
        String ws = UUID.randomUUID().toString();
        Generation a = generation(ws, "p");
        Generation b = generation(ws, "p");
        store.create(a);
        store.create(b);
        // WHEN calls are recorded, one of them twice, and one in the next month
        store.recordUsage(call(a, "c1", "architect", 1000, 200, 4500, NOW));
        store.recordUsage(call(a, "c2", "coder", 3000, 5000, 84000, NOW));
        store.recordUsage(call(a, "c2", "coder", 3000, 5000, 84000, NOW));
        store.recordUsage(call(b, "c3", "coder", 10, 20, 30, NOW));
        store.recordUsage(call(b, "c4", "coder", 1, 1, 1, Instant.parse("2026-12-01T00:00:00Z")));
        // THEN each generation has its own totals and the month adds up, per agent too
        assertEquals(new UsageTotals(2, 4000, 5200, 88500), store.find(ws, a.id()).orElseThrow().usage());
        assertEquals(new UsageTotals(2, 11, 21, 31), store.find(ws, b.id()).orElseThrow().usage());
        MonthlyUsage november = store.monthlyUsage(ws, "2026-11");
        assertEquals(new UsageTotals(3, 4010, 5220, 88530), november.total());
        assertEquals(Map.of("architect", new UsageTotals(1, 1000, 200, 4500),
                "coder", new UsageTotals(2, 3010, 5020, 84030)), november.byAgent());
        assertEquals(new UsageTotals(1, 1, 1, 1), store.monthlyUsage(ws, "2026-12").total());
        assertEquals(UsageTotals.ZERO, store.monthlyUsage(UUID.randomUUID().toString(), "2026-11").total());
    }

    private static UsageCall call(Generation g, String id, String agent, long in, long out, long cost, Instant at) {
        return new UsageCall(g.workspaceId(), g.projectId(), g.id(), id, agent, "model-x", in, out, cost, at);
    }

    private static Generation generation(String ws, String projectId) {
        return new Generation(ws, Ids.newId(Clock.systemUTC()), projectId, "a recipe app", Generation.Approval.AUTO,
                GenerationStatus.QUEUED, "Queued", null, "u1", NOW, NOW, Map.of(), 0, null, null, null, null, null, null);
    }
}
