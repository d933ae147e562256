package com.nexusgen.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexusgen.agents.OfflineArchitect;
import com.nexusgen.ai.BedrockStub;
import com.nexusgen.ai.PriceTable;
import com.nexusgen.appgen.AppGenerator;
import com.nexusgen.domain.code.CodeTask;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.domain.workspaces.Role;
import com.nexusgen.template.RepositoryRoot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generation workflow on the Bedrock agents, end to end: the local platform runs the real
 * functions with AgentsMode=bedrock against an in-process Converse stub that answers each agent's
 * forced tool the way a model would (a PRD, file operations per task, findings), including one
 * critical finding the Coder must fix. The ledger must add up to the stub's reported tokens.
 */
class LocalBedrockGenerationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern TASK = Pattern.compile("<task id=\"([^\"]+)\"");
    private static final Pattern EVAL_FINDING = Pattern.compile("no-eval in (\\S+?):\\d+");
    private static final String UNSAFE_LINE = "export const evaluate = (expression: string): unknown => eval(expression);\n";

    /** When set, the Coder's "fixes" change nothing, as a model stuck on a finding would. */
    private static volatile boolean stubborn;
    /** A line that passes review but fails tsc with an error no deterministic fixer knows (TS2349). */
    private static final String BUG_LINE = "export const total = (count: number): number => count();\n";
    /** Another one (TS2554), for the Fixer agent that can't fix it: the memory knows nothing about it. */
    private static final String STUCK_LINE = "export const half = (n: number): number => Math.round() / n;\n";
    /** When set, the careless task writes {@link #BUG_LINE} (or {@link #STUCK_LINE}) instead of the unsafe line. */
    private static volatile boolean buggy;
    /** When set, the Fixer agent's patch changes nothing useful, as a model that misreads the error would. */
    private static volatile boolean fixerStuck;
    private static BedrockStub bedrock;
    private static LocalPlatform platform;
    private static String token;
    private static final JsonNode PRD = new OfflineArchitect().plan("A kanban board for small teams with tasks and assignees", "Team board");
    private static final AppGenerator PLANNER = new AppGenerator();
    /** The first page task writes one unsafe line, as a careless model would. */
    private static final String CARELESS_TASK = PLANNER.tasks(PRD).stream().filter(t -> t.kind().equals("page"))
            .findFirst().orElseThrow().id();

    @BeforeAll
    static void start() throws Exception {
        bedrock = new BedrockStub();
        bedrock.answer(LocalBedrockGenerationTest::answer);
        platform = LocalPlatform.start(new LocalPlatform.Options(RepositoryRoot.locate(), "127.0.0.1", 0, null,
                Map.of("AgentsMode", "bedrock"), 4).withEnvironment(Map.of("NEXUSGEN_BEDROCK_ENDPOINT", bedrock.endpoint().toString())));
    }

    @AfterAll
    static void stop() throws Exception {
        platform.close();
        bedrock.close();
    }

    @Test
    void generation_shouldRunOnBedrock_fixTheCriticalFinding_andAddUpTheLedger() throws Exception {
        // GIVEN a project in a workspace of its own (the month's usage is this generation's alone)
        token = platform.issueToken("owner", "ws-" + UUID.randomUUID(), Role.OWNER, Duration.ofHours(1));
        int before = bedrock.calls().size();
        HttpResponse<String> project = call("POST", "/v1/projects", "{\"name\":\"Team board\"}");
        String projectId = JSON.readTree(project.body()).path("id").asText();
        // WHEN a generation runs on the Bedrock agents
        HttpResponse<String> accepted = call("POST", "/v1/projects/" + projectId + "/generations",
                "{\"prompt\":\"A kanban board for small teams with tasks and assignees\"}");
        assertEquals(202, accepted.statusCode(), accepted.body());
        String generationId = JSON.readTree(accepted.body()).path("generationId").asText();
        JsonNode generation = awaitFinal(generationId);
        // THEN it succeeded after one fix round: the critical finding is gone, the model's own finding is kept
        assertEquals("succeeded", generation.path("status").asText(), generation.toString());
        assertEquals(0, generation.path("result").path("criticalFindings").asInt());
        assertTrue(generation.path("result").path("findingRules").toString().contains("model-naming"), generation.toString());
        assertTrue(generation.path("stageMillis").has("fix"), generation.toString());
        String file = fileOf(projectId, CARELESS_TASK);
        assertTrue(!file.contains("eval("), file);
        // AND every model call is in the ledger: per generation and per month, with the price table's cost
        List<BedrockStub.Call> all = bedrock.calls();
        List<BedrockStub.Call> calls = all.subList(before, all.size());
        long in = 0;
        long out = 0;
        BigDecimal cost = BigDecimal.ZERO;
        Map<String, Integer> byAgent = new HashMap<>();
        for (BedrockStub.Call c : calls) {
            long[] tokens = tokens(tool(JSON.readTree(c.body())));
            in += tokens[0];
            out += tokens[1];
            cost = cost.add(PriceTable.bedrockDefaults().cost(c.modelId(), tokens[0], tokens[1]).setScale(6, RoundingMode.HALF_UP));
            byAgent.merge(agent(tool(JSON.readTree(c.body()))), 1, Integer::sum);
        }
        int tasks = PLANNER.tasks(PRD).size();
        assertEquals(Map.of("architect", 1, "coder", tasks + 1, "reviewer", 2), byAgent);
        JsonNode usage = generation.path("usage");
        assertEquals(calls.size(), usage.path("calls").asInt());
        assertEquals(in, usage.path("inputTokens").asLong());
        assertEquals(out, usage.path("outputTokens").asLong());
        assertEquals(0, cost.compareTo(usage.path("costUsd").decimalValue()), cost + " vs " + usage);
        JsonNode month = JSON.readTree(call("GET", "/v1/usage", null).body());
        assertEquals(usage, month.path("total"));
        assertEquals(tasks + 1, month.path("byAgent").path("coder").path("calls").asInt());
        assertEquals(0, PriceTable.bedrockDefaults().cost(calls.getFirst().modelId(), 1200, 2400)
                .compareTo(month.path("byAgent").path("architect").path("costUsd").decimalValue()), month.toString());
    }

    @Test
    void generation_shouldFailWithTheFindings_whenTwoFixRoundsLeaveACriticalOne() throws Exception {
        // GIVEN a Coder whose fixes do not remove the critical finding
        stubborn = true;
        token = platform.issueToken("owner", "ws-" + UUID.randomUUID(), Role.OWNER, Duration.ofHours(1));
        try {
            String projectId = JSON.readTree(call("POST", "/v1/projects", "{\"name\":\"Stubborn board\"}").body()).path("id").asText();
            String generationId = JSON.readTree(call("POST", "/v1/projects/" + projectId + "/generations",
                    "{\"prompt\":\"A kanban board for small teams\"}").body()).path("generationId").asText();
            // WHEN the generation runs
            JsonNode generation = awaitFinal(generationId);
            // THEN it fails after exactly two fix rounds, naming the finding, and saves no version
            assertEquals("failed", generation.path("status").asText(), generation.toString());
            assertEquals("CriticalFindings", generation.path("error").asText());
            assertTrue(generation.path("cause").asText().contains("no-eval"), generation.toString());
            long reviews = 0;
            long fixes = 0;
            for (JsonNode event : generation.path("progress")) {
                if (event.path("type").asText().equals("TaskStateEntered")) {
                    reviews += event.path("state").asText().equals("Review") ? 1 : 0;
                    fixes += event.path("state").asText().equals("Fix") ? 1 : 0;
                }
            }
            assertEquals(3, reviews);
            assertEquals(2, fixes);
            assertEquals(0, JSON.readTree(call("GET", "/v1/projects/" + projectId + "/versions", null).body()).path("items").size());
        } finally {
            stubborn = false;
        }
    }

    @Test
    void aBuildErrorNoRuleKnows_isFixedByTheFixerAgent_andTheGenerationSucceedsWithAPreview() throws Exception {
        // GIVEN a Coder whose code passes review but not tsc (calling a number)
        buggy = true;
        token = platform.issueToken("owner", "ws-" + UUID.randomUUID(), Role.OWNER, Duration.ofHours(1));
        try {
            String projectId = JSON.readTree(call("POST", "/v1/projects", "{\"name\":\"Buggy board\"}").body()).path("id").asText();
            String generationId = JSON.readTree(call("POST", "/v1/projects/" + projectId + "/generations",
                    "{\"prompt\":\"A kanban board for small teams\"}").body()).path("generationId").asText();
            // WHEN the generation runs: build 1 fails, Heal asks the Fixer agent, build 2 runs on its patch
            JsonNode generation = awaitFinal(generationId);
            // THEN it succeeded in two builds with the agent's fix, saved as version 2, with a preview
            assertEquals("succeeded", generation.path("status").asText(), generation.toString());
            JsonNode result = generation.path("result");
            assertEquals(2, result.path("builds").asInt(), generation.toString());
            assertEquals(2, result.path("version").asInt());
            assertEquals("agent", result.path("fixes").get(0).path("source").asText());
            assertEquals("type.mismatch", result.path("fixes").get(0).path("kind").asText());
            assertEquals("/preview/" + projectId + "/2/", result.path("previewPath").asText());
            assertEquals(200, call("GET", result.path("previewPath").asText(), null).statusCode());
            // AND the Fixer's model call is in the ledger
            JsonNode month = JSON.readTree(call("GET", "/v1/usage", null).body());
            assertEquals(1, month.path("byAgent").path("fixer").path("calls").asInt(), month.toString());

            // WHEN another tenant's generation makes the same mistake
            token = platform.issueToken("owner", "ws-" + UUID.randomUUID(), Role.OWNER, Duration.ofHours(1));
            String otherProject = JSON.readTree(call("POST", "/v1/projects", "{\"name\":\"Other board\"}").body()).path("id").asText();
            JsonNode other = awaitFinal(JSON.readTree(call("POST", "/v1/projects/" + otherProject + "/generations",
                    "{\"prompt\":\"A kanban board for small teams\"}").body()).path("generationId").asText());
            // THEN the fix memory heals it with the transformation it learnt, without asking the model again
            assertEquals("succeeded", other.path("status").asText(), other.toString());
            assertEquals("memory", other.path("result").path("fixes").get(0).path("source").asText(), other.toString());
            JsonNode otherMonth = JSON.readTree(call("GET", "/v1/usage", null).body());
            assertEquals(0, otherMonth.path("byAgent").path("fixer").path("calls").asInt(), otherMonth.toString());
        } finally {
            buggy = false;
        }
    }

    @Test
    void aFixThatChangesNothingUseful_stopsTheLoop_andTheGenerationNeedsAttention() throws Exception {
        // GIVEN a Coder whose code fails tsc, and a Fixer agent whose patch leaves the same error
        buggy = true;
        fixerStuck = true;
        token = platform.issueToken("owner", "ws-" + UUID.randomUUID(), Role.OWNER, Duration.ofHours(1));
        try {
            String projectId = JSON.readTree(call("POST", "/v1/projects", "{\"name\":\"Stuck board\"}").body()).path("id").asText();
            String generationId = JSON.readTree(call("POST", "/v1/projects/" + projectId + "/generations",
                    "{\"prompt\":\"A kanban board for small teams\"}").body()).path("generationId").asText();
            // WHEN the generation runs
            JsonNode generation = awaitFinal(generationId);
            // THEN the same error after the agent's fix stops the loop at once: two builds, one fix, no third try
            assertEquals("needs_attention", generation.path("status").asText(), generation.toString());
            assertEquals("NeedsAttention", generation.path("error").asText());
            JsonNode cause = JSON.readTree(generation.path("cause").asText());
            assertTrue(cause.path("reason").asText().contains("came back"), cause.toString());
            assertEquals("TS2554", cause.path("errors").get(0).path("code").asText(), cause.toString());
            assertEquals(1, cause.path("attempts").size());
            long builds = 0;
            for (JsonNode event : generation.path("progress")) {
                builds += event.path("type").asText().equals("TaskStateEntered") && event.path("state").asText().equals("Build") ? 1 : 0;
            }
            assertEquals(2, builds);
            JsonNode month = JSON.readTree(call("GET", "/v1/usage", null).body());
            assertEquals(1, month.path("byAgent").path("fixer").path("calls").asInt(), "one paid call, not a loop: " + month);
        } finally {
            buggy = false;
            fixerStuck = false;
        }
    }

    /** What a model would answer to each agent's forced tool. */
    private static BedrockStub.Reply answer(BedrockStub.Call call) {
        try {
            JsonNode request = JSON.readTree(call.body());
            String tool = tool(request);
            String user = request.path("messages").get(0).path("content").get(0).path("text").asText();
            long[] tokens = tokens(tool);
            String input = switch (tool) {
                case "submit_prd" -> PRD.toString();
                case "write_files" -> user.contains("<errors>") ? fixBuild(user)
                        : user.contains("<findings>") ? fix(user) : code(user);
                case "submit_findings" -> """
                        {"findings":[{"ruleId":"model-naming","severity":"low","category":"quality","file":"src/App.tsx",
                          "line":1,"message":"The router could be split by area","suggestedFix":"Group routes per entity"}]}""";
                default -> throw new IllegalStateException("unexpected tool " + tool);
            };
            return BedrockStub.tool(tool, input, (int) tokens[0], (int) tokens[1]);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The task's files, as the offline generator writes them (the pinned toolchain is not the model's). */
    private static String code(String user) {
        Matcher task = TASK.matcher(user);
        assertTrue(task.find(), user);
        CodeTask codeTask = PLANNER.tasks(PRD).stream().filter(t -> t.id().equals(task.group(1))).findFirst().orElseThrow();
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode operations = answer.putArray("operations");
        boolean careless = codeTask.id().equals(CARELESS_TASK);
        for (FileOperation op : PLANNER.generate(PRD, codeTask, null)) {
            if (op.path().equals("package.json") || op.path().equals("package-lock.json") || op.path().startsWith("tsconfig")
                    || op.path().equals("vite.config.ts") || op.path().startsWith("public/") || op.path().equals(".gitignore")) {
                continue;
            }
            String content = op.content();
            if (careless && op.path().endsWith(".tsx")) {
                content = content + (!buggy ? UNSAFE_LINE : fixerStuck ? STUCK_LINE : BUG_LINE);
                careless = false;
            }
            operations.addObject().put("op", "create").put("path", op.path()).put("content", content);
        }
        return answer.toString();
    }

    /** A patch that removes the unsafe line from the file the finding names. */
    private static String fix(String user) {
        Matcher finding = EVAL_FINDING.matcher(user);
        assertTrue(finding.find(), user);
        ObjectNode answer = JSON.createObjectNode();
        ObjectNode patch = answer.putArray("operations").addObject().put("op", "patch").put("path", finding.group(1));
        patch.putArray("edits").addObject().put("find", UNSAFE_LINE).put("replace", stubborn ? UNSAFE_LINE : "");
        return answer.toString();
    }

    /** The Fixer agent's answer to a failed build: a patch of the line tsc points at. */
    private static String fixBuild(String user) {
        Matcher error = Pattern.compile("(src/\\S+?\\.tsx):\\d+:\\d+ TS(2349|2554)").matcher(user);
        assertTrue(error.find(), user);
        ObjectNode answer = JSON.createObjectNode();
        ObjectNode patch = answer.putArray("operations").addObject().put("op", "patch").put("path", error.group(1));
        patch.putArray("edits").addObject()
                .put("find", fixerStuck ? STUCK_LINE : BUG_LINE)
                // stuck: a change that leaves the same error in the same place, as a model that misread it would
                .put("replace", fixerStuck ? STUCK_LINE.replace("Math.round()", "Math.round( )") : BUG_LINE.replace("count()", "count"));
        return answer.toString();
    }

    private static String tool(JsonNode request) {
        return request.path("toolConfig").path("toolChoice").path("tool").path("name").asText();
    }

    private static String agent(String tool) {
        return switch (tool) {
            case "submit_prd" -> "architect";
            case "write_files" -> "coder";
            default -> "reviewer";
        };
    }

    /** Tokens the stub reports per agent: {input, output}. */
    private static long[] tokens(String tool) {
        return switch (tool) {
            case "submit_prd" -> new long[]{1200, 2400};
            case "write_files" -> new long[]{2000, 3000};
            default -> new long[]{3000, 200};
        };
    }

    private static String fileOf(String projectId, String taskId) throws Exception {
        CodeTask task = PLANNER.tasks(PRD).stream().filter(t -> t.id().equals(taskId)).findFirst().orElseThrow();
        String path = PLANNER.generate(PRD, task, null).stream().map(FileOperation::path).filter(p -> p.endsWith(".tsx"))
                .findFirst().orElseThrow();
        HttpResponse<String> response = call("GET", "/v1/projects/" + projectId + "/versions/1/files/" + path, null);
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private static JsonNode awaitFinal(String generationId) throws Exception {
        Instant deadline = Instant.now().plusSeconds(90);
        JsonNode generation;
        do {
            Thread.sleep(100);
            generation = JSON.readTree(call("GET", "/v1/generations/" + generationId, null).body());
        } while (!List.of("succeeded", "failed", "cancelled", "rejected", "needs_attention").contains(generation.path("status").asText())
                && Instant.now().isBefore(deadline));
        return generation;
    }

    private static HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.url() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
