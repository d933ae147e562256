package com.nexusgen.tasks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexusgen.blobs.FolderBlobStore;
import com.nexusgen.domain.code.AppFiles;
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
    @TempDir
    static Path previews;
    @TempDir
    static Path fixMemory;

    /** Bedrock's InvokeModel for Titan v2 at the network edge: a real-shaped answer, a vector derived from the text. */
    private static com.sun.net.httpserver.HttpServer titan;

    @BeforeAll
    static void start() throws Exception {
        titan = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        titan.createContext("/model/", exchange -> {
            JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
            int dimensions = request.path("dimensions").asInt();
            java.util.Random seeded = new java.util.Random(request.path("inputText").asText().hashCode());
            double[] vector = new double[dimensions];
            double norm = 0;
            for (int i = 0; i < dimensions; i++) {
                vector[i] = seeded.nextGaussian();
                norm += vector[i] * vector[i];
            }
            StringBuilder body = new StringBuilder("{\"embedding\":[");
            for (int i = 0; i < dimensions; i++) {
                body.append(i == 0 ? "" : ",").append(vector[i] / Math.sqrt(norm));
            }
            byte[] bytes = body.append("],\"inputTextTokenCount\":12}").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        titan.start();
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
                "nexusgen.preview.dir", previews.toString(),
                "nexusgen.fix.memory.dir", fixMemory.toString(),
                "nexusgen.artifact.bucket", "local-artifacts",
                "nexusgen.embeddings.endpoint", "http://127.0.0.1:" + titan.getAddress().getPort(),
                "nexusgen.embeddings.dimensions", "512",
                "nexusgen.agents.mode", "offline",
                "aws.region", "us-east-1")).start();
        store = new DynamoDbGenerationStore(new SingleTable(dynamoDb.client(), table.tableName()), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        context.close();
        dynamoDb.close();
        titan.stop(0);
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
    void buildSteps_shouldPrepareHealAndPublish_fromTheWorkflowsPayloads() throws Exception {
        // GIVEN a generation whose saved version 1 uses useState without importing it
        String ws = "ws-events";
        String id = "01JDGEN0000000000000000002";
        String project = "01JDPRJ0000000000000000001";
        Instant now = Instant.now();
        store.create(new Generation(ws, id, project, "A kanban board", Generation.Approval.AUTO, GenerationStatus.RUNNING,
                "SaveVersion", null, "user-owner", now, now, Map.of(), 0, null, null, null, null, null, null));
        String board = """
                export function Board() {
                  const [count, setCount] = useState(0);
                  return <button type="button" onClick={() => setCount(count + 1)}>{count}</button>;
                }
                """;
        AppFiles files = new AppFiles(new FolderBlobStore(blobs));
        String manifest = files.store(ws, Map.of("package.json", "{\"name\": \"board\"}\n", "src/pages/Board.tsx", board));
        store.saveVersion(ws, id, manifest, 2, 100, new Generation.Result(0, 2, 0, 0, List.of())).orElseThrow();
        BuildStepsHandler steps = new BuildStepsHandler(context);

        // WHEN the build is prepared
        Map<String, Object> prepared = steps.execute(event("prepare-build.json"));
        // THEN its source zip is in the artifact bucket, and the build knows where to log and what base path to use
        assertEquals(id + "-1", prepared.get("buildId"));
        assertEquals("local-artifacts/ws/ws-events/builds/" + id + "-1/source.zip", prepared.get("sourceLocation"));
        assertEquals("/preview/" + project + "/1/", prepared.get("basePath"));
        assertTrue(Files.isRegularFile(blobs.resolve("ws/ws-events/builds/" + id + "-1/source.zip")));

        // WHEN CodeBuild failed with tsc's error in its S3 log, and the heal step runs on the failure
        Path log = blobs.resolve("ws/ws-events/builds/" + id + "-1/logs/6f1c2a9e-2b7d-4c1e-9a51-0d6f3c1b8e27.gz");
        Files.createDirectories(log.getParent());
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(log))) {
            out.write(("""
                    > nexusgen-build stage=install command=npm ci
                    added 212 packages in 9s
                    > nexusgen-build stage=install exit=0 elapsed_ms=9120
                    > nexusgen-build stage=build command=npm run build

                    > nexusgen-app@0.1.0 build
                    > tsc --noEmit && vite build

                    src/pages/Board.tsx(2,29): error TS2304: Cannot find name 'useState'.
                    > nexusgen-build stage=build exit=2 elapsed_ms=3410
                    """).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Map<String, Object> healed = steps.execute(event("heal.json"));
        // THEN the deterministic fix is saved as version 2, which the generation now builds
        assertEquals("retry", healed.get("decision"), healed.toString());
        assertEquals(2, ((Number) healed.get("version")).intValue());
        assertEquals("add-missing-import", ((Map<?, ?>) healed.get("fix")).get("fixer"));
        assertEquals(0, ((Number) healed.get("delaySeconds")).intValue(), "a code fix waits for nothing");
        Generation healing = generation(id);
        assertEquals(2, healing.result().version());
        String fixed = files.load(ws, store.version(ws, project, 2).orElseThrow().manifestKey()).get("src/pages/Board.tsx");
        assertTrue(fixed.startsWith("import { useState } from 'react';\n"), fixed);

        // WHEN build 2 passed and its dist.zip is in the bucket, and the publish step runs
        Path dist = blobs.resolve("ws/ws-events/builds/" + id + "-2/dist.zip");
        Files.createDirectories(dist.getParent());
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(dist))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("index.html"));
            zip.write("<!doctype html><title>Board</title>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Map<String, Object> published = steps.execute(event("publish.json"));
        // THEN the preview is published, the generation succeeded with its builds and fixes
        assertEquals("/preview/" + project + "/2/", published.get("previewPath"));
        assertTrue(Files.readString(previews.resolve("preview/" + project + "/2/index.html")).contains("<title>Board</title>"));
        Generation done = generation(id);
        assertEquals(GenerationStatus.SUCCEEDED, done.status());
        assertEquals(2, done.result().builds());
        assertEquals(List.of("add-missing-import"), done.result().fixes().stream().map(Generation.AppliedFix::fixer).toList());
        assertEquals("/preview/" + project + "/2/", done.result().previewPath());
    }

    @Test
    void buildSteps_shouldLeaveTheGenerationNeedingAttention_whenNoFixApplies() throws Exception {
        // GIVEN a generation whose build failed with an error no fixer knows
        String ws = "ws-events-escalate";
        String id = "01JDGEN0000000000000000003";
        Instant now = Instant.now();
        store.create(new Generation(ws, id, "p3", "An app", Generation.Approval.AUTO, GenerationStatus.RUNNING,
                "Build", null, "user-owner", now, now, Map.of(), 0, null, null, null, null, null, null));
        AppFiles files = new AppFiles(new FolderBlobStore(blobs));
        store.saveVersion(ws, id, files.store(ws, Map.of("package.json", "{}\n")), 1, 3,
                new Generation.Result(0, 1, 0, 0, List.of())).orElseThrow();
        Map<String, Object> heal = new java.util.HashMap<>(Map.of("action", "heal", "generationId", id, "workspaceId", ws,
                "projectId", "p3"));
        heal.put("build", Map.of("buildId", id + "-1", "number", 1, "version", 1, "healing", Map.of("builds", 1, "attempts", List.of())));
        heal.put("failure", Map.of("Error", "States.TaskFailed", "Cause", "Segmentation fault (core dumped) in the build container"));
        // WHEN the heal step runs
        Map<String, Object> out = new BuildStepsHandler(context).execute(heal);
        // THEN it escalates, and the generation says why, with the classified errors
        assertEquals("escalate", out.get("decision"), out.toString());
        Generation stuck = store.find(ws, id).orElseThrow();
        assertEquals(GenerationStatus.NEEDS_ATTENTION, stuck.status());
        assertEquals("NeedsAttention", stuck.error());
        JsonNode cause = JSON.readTree(stuck.cause());
        assertTrue(cause.path("reason").asText().length() > 10, cause.toString());
        assertTrue(cause.path("attempts").isArray());
    }

    @Test
    void handler_shouldRefuseAnActionItDoesNotServe() {
        Map<String, Object> wrong = Map.of("action", "plan", "generationId", "g", "workspaceId", "w");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CoderHandler(context).execute(wrong));
        assertTrue(e.getMessage().contains("CoderHandler has no action 'plan'"), e.getMessage());
    }

    private static Generation generation() {
        return generation("01JDGEN0000000000000000001");
    }

    private static Generation generation(String id) {
        return store.find("ws-events", id).orElseThrow();
    }

    private static Map<String, Object> event(String name) throws Exception {
        return JSON.readValue(Files.readString(events.resolve(name)), MAP);
    }
}
