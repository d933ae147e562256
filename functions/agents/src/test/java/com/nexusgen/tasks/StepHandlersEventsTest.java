package com.nexusgen.tasks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexusgen.domain.generations.Generation;
import com.nexusgen.domain.generations.GenerationStatus;
import com.nexusgen.dynamodb.DynamoDbGenerationStore;
import com.nexusgen.dynamodb.SingleTable;
import com.nexusgen.dynamodb.local.EmbeddedDynamoDb;
import com.nexusgen.template.LocalResolver;
import com.nexusgen.template.RepositoryRoot;
import com.nexusgen.template.SamTemplate;
import com.nexusgen.template.TableDefinition;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Feeds the sample Step Functions task payloads in events/agents to the real handlers (offline
 * agents) over DynamoDB Local and a blob folder, in the order the workflow sends them.
 */
class StepHandlersEventsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };
    private static EmbeddedDynamoDb dynamoDb;
    private static ApplicationContext context;
    private static DynamoDbGenerationStore store;
    private static Path events;
    @TempDir
    static Path blobs;

    @BeforeAll
    static void start() {
        Path root = RepositoryRoot.locate();
        events = root.resolve("events/agents");
        SamTemplate template = SamTemplate.load(root.resolve("template.yaml"));
        TableDefinition table = template.tables().getFirst()
                .definition(LocalResolver.builder(template).parameter("Stage", "steps-handler-test").build());
        dynamoDb = EmbeddedDynamoDb.start(EmbeddedDynamoDb.Options.inMemory());
        dynamoDb.ensureTable(table.createTableRequest(), table.timeToLiveAttribute().orElseThrow());
        context = ApplicationContext.builder().properties(Map.of(
                "nexusgen.table", table.tableName(),
                "nexusgen.dynamodb.endpoint", dynamoDb.endpoint().toString(),
                "nexusgen.blob.dir", blobs.toString(),
                "nexusgen.agents.mode", "offline",
                "aws.region", "us-east-1")).start();
        store = new DynamoDbGenerationStore(new SingleTable(dynamoDb.client(), table.tableName()), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        context.close();
        dynamoDb.close();
    }

    @Test
    void handlers_shouldServeTheWorkflowsPayloads_inOrder() throws Exception {
        // GIVEN the generation the sample payloads name
        Instant now = Instant.now();
        store.create(new Generation("ws-events", "01JDGEN0000000000000000001", "01JDPRJ0000000000000000001",
                "A kanban board", Generation.Approval.REQUIRED, GenerationStatus.QUEUED, "Queued", null, "user-owner",
                now, now, Map.of(), 0, null, null, null, null, null, null));
        GenerationStepsHandler bookkeeping = new GenerationStepsHandler(context);
        // WHEN Validate, Plan, one Code task and the approval wait run
        bookkeeping.execute(event("start.json"));
        Map<String, Object> plan = new ArchitectHandler(context).execute(event("plan.json"));
        String prdKey = (String) plan.get("prdKey");
        Map<String, Object> code = event("code.json");
        code.put("prdKey", prdKey);
        Map<String, Object> coded = new CoderHandler(context).execute(code);
        // THEN the plan names its blob and tasks, the task its operations
        assertTrue(prdKey.startsWith("ws/ws-events/generations/01JDGEN0000000000000000001/prd-"), prdKey);
        assertEquals("scaffold", ((List<?>) plan.get("tasks")).stream().map(t -> ((Map<?, ?>) t).get("id")).findFirst().orElseThrow());
        assertEquals("scaffold", coded.get("taskId"));
        assertTrue(((Number) ((Map<?, ?>) coded.get("operations")).get("create")).intValue() > 5, coded.toString());
        // AND the approval wait keeps the token; the failure path records why
        bookkeeping.execute(event("await-approval.json"));
        assertEquals(GenerationStatus.AWAITING_APPROVAL, generation().status());
        assertTrue(store.taskToken("ws-events", "01JDGEN0000000000000000001").orElseThrow().startsWith("AQCEAAAA"));
        bookkeeping.execute(event("fail.json"));
        Generation failed = generation();
        assertEquals(GenerationStatus.FAILED, failed.status());
        assertEquals("States.Timeout", failed.error());
        assertTrue(store.taskToken("ws-events", "01JDGEN0000000000000000001").isEmpty());
    }

    @Test
    void handler_shouldRefuseAnActionItDoesNotServe() {
        Map<String, Object> wrong = Map.of("action", "plan", "generationId", "g", "workspaceId", "w");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CoderHandler(context).execute(wrong));
        assertTrue(e.getMessage().contains("CoderHandler has no action 'plan'"), e.getMessage());
    }

    private static Generation generation() {
        return store.find("ws-events", "01JDGEN0000000000000000001").orElseThrow();
    }

    private static Map<String, Object> event(String name) throws Exception {
        return JSON.readValue(Files.readString(events.resolve(name)), MAP);
    }
}
