package com.nexusgen.generation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexusgen.agents.AgentResult;
import com.nexusgen.agents.Architect;
import com.nexusgen.agents.OfflineArchitectAgent;
import com.nexusgen.agents.OfflineCoder;
import com.nexusgen.agents.OfflineReviewer;
import com.nexusgen.ai.Completion;
import com.nexusgen.blobs.FolderBlobStore;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.domain.common.Ids;
import com.nexusgen.domain.generations.Generation;
import com.nexusgen.domain.generations.GenerationStatus;
import com.nexusgen.domain.generations.Transition;
import com.nexusgen.domain.generations.UsageTotals;
import com.nexusgen.dynamodb.DynamoDbGenerationStore;
import com.nexusgen.dynamodb.SingleTable;
import com.nexusgen.dynamodb.local.EmbeddedDynamoDb;
import com.nexusgen.template.LocalResolver;
import com.nexusgen.template.RepositoryRoot;
import com.nexusgen.template.SamTemplate;
import com.nexusgen.template.TableDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.nexusgen.generation.CodeJson.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workflow's steps on DynamoDB Local and a blob folder, one at a time, as the state machine calls them. */
class GenerationStepsTest {
    private static EmbeddedDynamoDb dynamoDb;
    private static DynamoDbGenerationStore store;
    @TempDir
    static Path blobs;

    @BeforeAll
    static void start() {
        SamTemplate template = SamTemplate.load(RepositoryRoot.template());
        TableDefinition table = template.tables().getFirst()
                .definition(LocalResolver.builder(template).parameter("Stage", "steps-test").build());
        dynamoDb = EmbeddedDynamoDb.start(EmbeddedDynamoDb.Options.inMemory());
        dynamoDb.ensureTable(table.createTableRequest(), table.timeToLiveAttribute().orElseThrow());
        store = new DynamoDbGenerationStore(new SingleTable(dynamoDb.client(), table.tableName()), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        dynamoDb.close();
    }

    @Test
    void steps_shouldTakeAPromptToASavedVersion_withTheStateCarryingOnlyKeys() {
        // GIVEN a queued generation and the offline agents
        GenerationSteps steps = steps(new OfflineArchitectAgent());
        ObjectNode input = input(queued()).put("prompt", "A kanban board for small teams");
        // WHEN the steps run in the workflow's order
        steps.start(input);
        JsonNode plan = steps.plan(input);
        input.put("prdKey", plan.path("prdKey").asText());
        var coded = JSON.createArrayNode();
        for (JsonNode task : plan.path("tasks")) {
            ObjectNode item = input.deepCopy();
            item.set("task", task);
            coded.add(steps.code(item));
        }
        input.set("coded", coded);
        JsonNode candidate = steps.assemble(input);
        JsonNode review = steps.review(input.deepCopy().put("manifestKey", candidate.path("manifestKey").asText()));
        ObjectNode save = input.deepCopy().put("manifestKey", candidate.path("manifestKey").asText());
        save.set("review", review);
        JsonNode saved = steps.save(save);
        // THEN version 1 is saved with every file (the generation stays running: the build comes next), the stages
        // are timed, and no file body travelled in the state
        assertEquals(1, saved.path("version").asInt());
        assertEquals(candidate.path("fileCount").asInt(), saved.path("fileCount").asInt());
        Generation done = store.find(input.path("workspaceId").asText(), input.path("generationId").asText()).orElseThrow();
        assertEquals(GenerationStatus.RUNNING, done.status());
        assertEquals(1, done.result().version());
        assertTrue(done.stageMillis().keySet().containsAll(List.of("plan", "code", "assemble", "review")), done.stageMillis().toString());
        assertTrue(plan.toString().length() < 4000 && coded.toString().length() < 8000, coded.toString());
        // AND saving again (a retried task) returns the same version
        assertEquals(1, steps.save(save).path("version").asInt());
    }

    @Test
    void plan_shouldRecordEveryModelCall_inTheLedger() {
        // GIVEN an Architect that took two model calls (a repair) for its plan
        Architect costly = request -> new AgentResult<>(new OfflineArchitectAgent().plan(request).value(), List.of(
                new Completion.Usage("model-a", 1000, 500, new BigDecimal("0.0105"), 1),
                new Completion.Usage("model-a", 1200, 600, new BigDecimal("0.01260049"), 1)));
        ObjectNode input = input(queued()).put("prompt", "Pet adoption");
        // WHEN it plans
        steps(costly).plan(input);
        // THEN both calls are on the generation, cost rounded to the micro-dollar
        Generation g = store.find(input.path("workspaceId").asText(), input.path("generationId").asText()).orElseThrow();
        assertEquals(new UsageTotals(2, 2200, 1100, 10500 + 12600), g.usage());
        assertEquals(new UsageTotals(2, 2200, 1100, 23100), store.monthlyUsage(g.workspaceId(),
                java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString()).byAgent().get("architect"));
    }

    @Test
    void steps_shouldDoNothing_onceTheGenerationIsCancelled() {
        // GIVEN a cancelled generation
        ObjectNode input = input(queued()).put("prompt", "Event ticketing");
        store.apply(input.path("workspaceId").asText(), input.path("generationId").asText(),
                Transition.whileActive().to(GenerationStatus.CANCELLED));
        // WHEN a late step runs THEN it refuses, and the generation stays cancelled
        GenerationSteps steps = steps(new OfflineArchitectAgent());
        assertThrows(GenerationNotActive.class, () -> steps.plan(input));
        steps.fail(input.put("error", "States.TaskFailed").put("cause", "late"));
        Generation g = store.find(input.path("workspaceId").asText(), input.path("generationId").asText()).orElseThrow();
        assertEquals(GenerationStatus.CANCELLED, g.status());
        assertEquals(null, g.planKey());
    }

    @Test
    void fail_shouldRecordWhy_andTellARejectedPlanFromAFailure() {
        GenerationSteps steps = steps(new OfflineArchitectAgent());
        ObjectNode rejected = input(queued()).put("error", "PlanRejected").put("cause", "three rejections");
        steps.fail(rejected);
        Generation g = store.find(rejected.path("workspaceId").asText(), rejected.path("generationId").asText()).orElseThrow();
        assertEquals(GenerationStatus.REJECTED, g.status());
        assertEquals("three rejections", g.cause());
        ObjectNode failed = input(queued()).put("error", "com.nexusgen.ai.ModelException$Truncated").put("cause", "max tokens");
        steps.fail(failed);
        assertEquals(GenerationStatus.FAILED, store.find(failed.path("workspaceId").asText(),
                failed.path("generationId").asText()).orElseThrow().status());
    }

    @Test
    void steps_shouldRefuseKeysOfAnotherWorkspace() {
        GenerationSteps steps = steps(new OfflineArchitectAgent());
        ObjectNode input = input(queued()).put("prdKey", "ws/someone-else/generations/g/prd-x.json");
        input.set("task", JSON.createObjectNode().put("id", "scaffold").put("kind", "scaffold").put("title", "Scaffold"));
        assertThrows(IllegalArgumentException.class, () -> steps.code(input));
        assertThrows(IllegalArgumentException.class, () -> steps.review(input(queued()).put("manifestKey", "ws/other/manifests/abc")));
    }

    @Test
    void codeJson_shouldRoundTripOperations() {
        List<FileOperation> ops = List.of(FileOperation.create("a.ts", "x"), FileOperation.delete("b.ts"),
                FileOperation.patch("c.ts", List.of(new FileOperation.Edit("1", "2"))));
        assertEquals(ops, CodeJson.operations(CodeJson.operations(ops)));
    }

    private static GenerationSteps steps(Architect architect) {
        return new GenerationSteps(store, new FolderBlobStore(blobs), architect, new OfflineCoder(), new OfflineReviewer(),
                Clock.systemUTC());
    }

    private static Generation queued() {
        Instant now = Instant.now();
        Generation g = new Generation("ws-" + UUID.randomUUID(), Ids.newId(Clock.systemUTC()), "project-1", "prompt",
                Generation.Approval.AUTO, GenerationStatus.QUEUED, "Queued", null, "u1", now, now, Map.of(), 0, null,
                null, null, null, null, null);
        store.create(g);
        return g;
    }

    private static ObjectNode input(Generation g) {
        ObjectNode input = JSON.createObjectNode().put("generationId", g.id()).put("workspaceId", g.workspaceId())
                .put("projectId", g.projectId()).put("baseVersion", 0);
        input.putObject("project").put("name", "Board");
        return input;
    }
}
