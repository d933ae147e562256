package com.nexusgen.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexusgen.agents.PrdSchema;
import com.nexusgen.template.RepositoryRoot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generation workflow end to end, as a user drives it: HTTP against the local platform, the real
 * generation.asl.json in the local interpreter, the real task handlers from their jar, the offline
 * agents, DynamoDB Local and the blob folder; then the saved app is built with npm.
 */
class LocalGenerationEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Set<String> FINAL = Set.of("succeeded", "failed", "cancelled", "rejected", "needs_attention");
    private static LocalPlatform platform;
    private static URI url;
    private static String owner;
    private static String workspace;

    @BeforeAll
    static void start() throws Exception {
        platform = LocalPlatform.start(LocalPlatform.Options.inMemory(RepositoryRoot.locate()));
        url = platform.url();
        workspace = "ws-" + UUID.randomUUID();
        owner = platform.issueToken("owner", workspace, com.nexusgen.domain.workspaces.Role.OWNER, Duration.ofHours(1));
    }

    @AfterAll
    static void stop() throws Exception {
        platform.close();
    }

    /** The issue's eight kinds of app, the same prompts the bench measures. */
    static List<String> prompts() {
        return BenchGeneration.PROMPTS;
    }

    @ParameterizedTest
    @MethodSource("prompts")
    void generation_shouldPlanCodeReviewAndSaveAnAppThatBuilds(String prompt) throws Exception {
        // GIVEN a project
        String projectId = project(prompt.substring(0, Math.min(40, prompt.length())));
        // WHEN a generation runs to the end
        Instant started = Instant.now();
        HttpResponse<String> accepted = call("POST", "/v1/projects/" + projectId + "/generations", owner,
                JSON.createObjectNode().put("prompt", prompt).toString());
        assertEquals(202, accepted.statusCode(), accepted.body());
        String generationId = JSON.readTree(accepted.body()).path("generationId").asText();
        assertEquals("/v1/generations/" + generationId, accepted.headers().firstValue("location").orElseThrow());
        JsonNode generation = awaitFinal(generationId);
        Duration took = Duration.between(started, Instant.now());
        // THEN it succeeded with a valid plan, a reviewed version without critical findings and its progress
        assertEquals("succeeded", generation.path("status").asText(), generation.toString());
        JsonNode result = generation.path("result");
        assertEquals(1, result.path("version").asInt());
        assertEquals(0, result.path("criticalFindings").asInt(), generation.toString());
        JsonNode plan = JSON.readTree(call("GET", "/v1/generations/" + generationId + "/plan", owner, null).body());
        assertEquals(List.of(), PrdSchema.problems(plan));
        Set<String> states = new HashSet<>();
        generation.path("progress").forEach(e -> states.add(e.path("state").asText()));
        assertTrue(states.containsAll(Set.of("Validate", "Plan", "Code", "Assemble", "Review", "SaveVersion",
                "PrepareBuild", "Build", "Publish")), states.toString());
        assertTrue(took.toSeconds() < 90, "took " + took);
        // AND it was built once (nothing to heal), and the built app is served as the version's preview
        assertEquals(1, result.path("builds").asInt(), generation.toString());
        assertEquals(0, result.path("fixes").size());
        String preview = "/preview/" + projectId + "/1/";
        assertEquals(preview, result.path("previewPath").asText());
        HttpResponse<String> index = call("GET", preview, null, null);
        assertEquals(200, index.statusCode());
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("src=\"(" + java.util.regex.Pattern.quote(preview)
                + "assets/[^\"]+\\.js)\"").matcher(index.body());
        assertTrue(script.find(), "the preview's assets are under its base path: " + index.body());
        HttpResponse<String> asset = call("GET", script.group(1), null, null);
        assertEquals(200, asset.statusCode());
        assertTrue(asset.headers().firstValue("content-type").orElseThrow().startsWith("text/javascript"));
        assertEquals(index.body(), call("GET", preview + "recipes/new", null, null).body(), "client routes get the app");
        // AND every saved file is served by the API (the workflow built these same files above; GeneratedAppBuildTest
        // holds the generated apps to no TypeScript error or warning)
        JsonNode files = JSON.readTree(call("GET", "/v1/projects/" + projectId + "/versions/1/files", owner, null).body());
        assertEquals(result.path("fileCount").asInt(), files.path("files").size());
        for (JsonNode file : files.path("files")) {
            String path = file.path("path").asText();
            HttpResponse<String> body = call("GET", "/v1/projects/" + projectId + "/versions/1/files/" + path, owner, null);
            assertEquals(200, body.statusCode(), path);
            assertEquals(file.path("size").asLong(), body.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length, path);
        }
    }

    @Test
    void approval_shouldWaitForAPerson_planAgainOnFeedback_andCodeOnlyOnceApproved() throws Exception {
        // GIVEN a generation that needs approval
        String projectId = project("Gym booking with approval");
        String generationId = start(projectId, "Gym class booking for members and trainers", "required");
        JsonNode waiting = awaitStatus(generationId, "awaiting_approval");
        String firstPlan = call("GET", "/v1/generations/" + generationId + "/plan", owner, null).body();
        assertEquals(0, JSON.readTree(call("GET", "/v1/projects/" + projectId + "/versions", owner, null).body()).path("items").size());
        assertEquals("AwaitApproval", waiting.path("currentState").asText());
        // WHEN the plan is rejected with feedback
        assertEquals(400, call("POST", "/v1/generations/" + generationId + "/reject", owner, "{}").statusCode());
        HttpResponse<String> rejected = call("POST", "/v1/generations/" + generationId + "/reject", owner,
                "{\"feedback\":\"Add reviews so members can rate classes\"}");
        assertEquals(200, rejected.statusCode(), rejected.body());
        // THEN the Architect plans again with it, and waits again
        JsonNode again = awaitRevision(generationId, 1);
        assertEquals("Add reviews so members can rate classes", again.path("feedback").asText());
        String secondPlan = call("GET", "/v1/generations/" + generationId + "/plan", owner, null).body();
        assertNotEquals(firstPlan, secondPlan);
        assertTrue(secondPlan.contains("Add reviews so members can rate classes"), secondPlan);
        // WHEN it is approved THEN the code is written and saved; a second decision is a conflict
        assertEquals(200, call("POST", "/v1/generations/" + generationId + "/approve", owner, null).statusCode());
        JsonNode done = awaitFinal(generationId);
        assertEquals("succeeded", done.path("status").asText(), done.toString());
        HttpResponse<String> late = call("POST", "/v1/generations/" + generationId + "/approve", owner, null);
        assertEquals(409, late.statusCode());
        assertEquals("application/problem+json", late.headers().firstValue("content-type").orElseThrow());
    }

    @Test
    void cancel_shouldStopTheExecution_andKeepTheGenerationCancelled() throws Exception {
        String projectId = project("Cancelled kanban");
        String generationId = start(projectId, "A kanban board", "required");
        awaitStatus(generationId, "awaiting_approval");
        HttpResponse<String> cancelled = call("POST", "/v1/generations/" + generationId + "/cancel", owner, null);
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("cancelled", JSON.readTree(cancelled.body()).path("status").asText());
        assertEquals(409, call("POST", "/v1/generations/" + generationId + "/approve", owner, null).statusCode());
        assertEquals(409, call("POST", "/v1/generations/" + generationId + "/cancel", owner, null).statusCode());
        JsonNode after = awaitProgress(generationId, "ExecutionAborted");
        assertEquals("cancelled", after.path("status").asText());
        assertEquals(0, JSON.readTree(call("GET", "/v1/projects/" + projectId + "/versions", owner, null).body()).path("items").size());
    }

    @Test
    void secondGeneration_shouldSaveVersion2_sharingTheUnchangedFiles() throws Exception {
        // GIVEN a project with a first version
        String projectId = project("Recipes twice");
        awaitFinal(start(projectId, "A recipe sharing site with ratings", "auto"));
        // WHEN a second generation adds to it
        JsonNode second = awaitFinal(start(projectId, "A recipe sharing site with ratings and comments", "auto"));
        // THEN version 2 exists, newest first, and most file bodies are the very same blobs as in version 1
        assertEquals("succeeded", second.path("status").asText(), second.toString());
        assertEquals(2, second.path("result").path("version").asInt());
        JsonNode versions = JSON.readTree(call("GET", "/v1/projects/" + projectId + "/versions", owner, null).body());
        assertEquals(List.of(2, 1), List.of(versions.path("items").get(0).path("number").asInt(),
                versions.path("items").get(1).path("number").asInt()));
        Map<String, String> v1 = hashes(projectId, 1);
        Map<String, String> v2 = hashes(projectId, 2);
        long same = v1.entrySet().stream().filter(e -> e.getValue().equals(v2.get(e.getKey()))).count();
        assertTrue(v2.size() > v1.size(), v1.size() + " → " + v2.size());
        assertTrue(same > v1.size() / 2, same + " of " + v1.size() + " unchanged");
    }

    @Test
    void requests_shouldBeValidated_andScopedToTheCallersWorkspace() throws Exception {
        String projectId = project("Validation");
        String base = "/v1/projects/" + projectId + "/generations";
        for (String body : List.of("{}", "{\"prompt\":\"  \"}", "{\"prompt\":\"x\",\"approval\":\"sometimes\"}",
                "{\"prompt\":\"x\",\"extra\":1}", "[]")) {
            HttpResponse<String> response = call("POST", base, owner, body);
            assertEquals(400, response.statusCode(), body + " → " + response.body());
            assertEquals("application/problem+json", response.headers().firstValue("content-type").orElseThrow());
        }
        assertEquals(404, call("POST", "/v1/projects/01HZZZZZZZZZZZZZZZZZZZZZZZ/generations", owner, "{\"prompt\":\"x\"}").statusCode());
        String viewer = platform.issueToken("viewer", workspace, com.nexusgen.domain.workspaces.Role.VIEWER, Duration.ofHours(1));
        assertEquals(403, call("POST", base, viewer, "{\"prompt\":\"x\"}").statusCode());
        // another tenant sees nothing of this workspace's generations
        String generationId = start(projectId, "A small todo list", "auto");
        awaitFinal(generationId);
        String stranger = platform.issueToken("mallory", "ws-" + UUID.randomUUID(), com.nexusgen.domain.workspaces.Role.OWNER, Duration.ofHours(1));
        assertEquals(404, call("GET", "/v1/generations/" + generationId, stranger, null).statusCode());
        assertEquals(404, call("POST", "/v1/generations/" + generationId + "/cancel", stranger, null).statusCode());
        assertEquals(404, call("GET", "/v1/projects/" + projectId + "/versions/1/files", stranger, null).statusCode());
        assertEquals(404, call("GET", "/v1/projects/" + projectId + "/versions/9/files", owner, null).statusCode());
        assertEquals(404, call("GET", "/v1/projects/" + projectId + "/versions/1/files/nope.txt", owner, null).statusCode());
        // the offline agents cost nothing, and the ledger says so
        JsonNode usage = JSON.readTree(call("GET", "/v1/usage", owner, null).body());
        assertEquals(0, usage.path("total").path("calls").asInt(), usage.toString());
        assertEquals(400, call("GET", "/v1/usage?month=2026-13", owner, null).statusCode());
    }

    private static Map<String, String> hashes(String projectId, int version) throws Exception {
        Map<String, String> out = new HashMap<>();
        JSON.readTree(call("GET", "/v1/projects/" + projectId + "/versions/" + version + "/files", owner, null).body())
                .path("files").forEach(f -> out.put(f.path("path").asText(), f.path("sha256").asText()));
        return out;
    }

    private static String project(String name) throws Exception {
        HttpResponse<String> created = call("POST", "/v1/projects", owner, JSON.createObjectNode().put("name", name).toString());
        assertEquals(201, created.statusCode(), created.body());
        return JSON.readTree(created.body()).path("id").asText();
    }

    private static String start(String projectId, String prompt, String approval) throws Exception {
        HttpResponse<String> accepted = call("POST", "/v1/projects/" + projectId + "/generations", owner,
                JSON.createObjectNode().put("prompt", prompt).put("approval", approval).toString());
        assertEquals(202, accepted.statusCode(), accepted.body());
        return JSON.readTree(accepted.body()).path("generationId").asText();
    }

    private static JsonNode awaitFinal(String generationId) throws Exception {
        return await(generationId, g -> FINAL.contains(g.path("status").asText()), "a final status");
    }

    private static JsonNode awaitStatus(String generationId, String status) throws Exception {
        return await(generationId, g -> g.path("status").asText().equals(status), status);
    }

    private static JsonNode awaitRevision(String generationId, int revisions) throws Exception {
        return await(generationId, g -> g.path("status").asText().equals("awaiting_approval")
                && g.path("revisions").asInt() == revisions, "revision " + revisions);
    }

    private static JsonNode awaitProgress(String generationId, String eventType) throws Exception {
        return await(generationId, g -> {
            for (JsonNode e : g.path("progress")) {
                if (e.path("type").asText().equals(eventType)) {
                    return true;
                }
            }
            return false;
        }, eventType);
    }

    private static JsonNode await(String generationId, java.util.function.Predicate<JsonNode> done, String what) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        JsonNode generation;
        do {
            Thread.sleep(50);
            HttpResponse<String> response = call("GET", "/v1/generations/" + generationId, owner, null);
            assertEquals(200, response.statusCode(), response.body());
            generation = JSON.readTree(response.body());
            if (FINAL.contains(generation.path("status").asText()) && !done.test(generation)) {
                throw new AssertionError("ended without " + what + ": " + generation);
            }
        } while (!done.test(generation) && Instant.now().isBefore(deadline));
        assertTrue(done.test(generation), "no " + what + " within 60 s: " + generation);
        return generation;
    }

    private static HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url.resolve(path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
