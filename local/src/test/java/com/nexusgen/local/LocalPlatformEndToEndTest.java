package com.nexusgen.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexusgen.template.RepositoryRoot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The path a user takes: HTTP against the local platform, which reads template.yaml, checks tokens
 * like API Gateway's JWT authorizer and runs the real ApiFunction jar over DynamoDB Local.
 */
class LocalPlatformEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LocalPlatform platform;
    private static URI url;

    @BeforeAll
    static void start() throws Exception {
        platform = LocalPlatform.start(LocalPlatform.Options.inMemory(RepositoryRoot.locate()));
        url = platform.url();
    }

    @AfterAll
    static void stop() throws Exception {
        platform.close();
    }

    @Test
    void health_shouldNeedNoToken() throws Exception {
        HttpResponse<String> response = call("GET", "/v1/health", null, null);
        assertEquals(200, response.statusCode());
    }

    @Test
    void authorizer_shouldAnswer401_whenTheTokenIsMissingMalformedForeignOrExpired() throws Exception {
        String foreign = LocalTokens.create(null, LocalPlatform.LOCAL_ISSUER, "nexusgen-spa", java.time.Clock.systemUTC())
                .issue("mallory", "ws-a", "workspace", Duration.ofHours(1));
        String expired = platform.token("alice", "ws-a", Duration.ofSeconds(-60));
        for (String token : new String[]{null, "not-a-jwt", foreign, expired}) {
            HttpResponse<String> response = call("GET", "/v1/projects", token, null);
            assertEquals(401, response.statusCode(), "token " + token);
        }
    }

    @Test
    void projects_shouldSupportTheWholeLifecycle() throws Exception {
        String token = token("alice", workspace(), "owner");
        HttpResponse<String> created = call("POST", "/v1/projects", token, """
                {"name": "Gym class booking", "type": "web-app", "referenceApps": ["Mindbody"],
                 "settings": {"theme": {"dark": true}}}""");
        assertEquals(201, created.statusCode(), created.body());
        JsonNode project = JSON.readTree(created.body());
        String location = created.headers().firstValue("location").orElseThrow();
        assertEquals("/v1/projects/" + project.path("id").asText(), location);

        HttpResponse<String> read = call("GET", location, token, null);
        assertEquals(200, read.statusCode());
        assertEquals("\"1\"", read.headers().firstValue("etag").orElseThrow());
        assertEquals(true, JSON.readTree(read.body()).path("settings").path("theme").path("dark").asBoolean());

        HttpResponse<String> patched = send(HttpRequest.newBuilder(url.resolve(location))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("If-Match", "\"1\"")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"name\":\"Gym booking\",\"slug\":\"gym\"}")));
        assertEquals(200, patched.statusCode(), patched.body());
        assertEquals("gym", JSON.readTree(patched.body()).path("slug").asText());

        assertEquals(204, call("DELETE", location, token, null).statusCode());
        assertEquals(404, call("GET", location, token, null).statusCode());
    }

    @Test
    void anotherWorkspace_shouldGet404ForEveryVerb_andNeverSeeTheProject() throws Exception {
        String mine = token("alice", workspace(), "owner");
        String theirs = token("bob", workspace(), "owner");
        String location = create(mine, "Private plans");

        for (String method : List.of("GET", "PATCH", "DELETE")) {
            HttpResponse<String> response = call(method, location, theirs, method.equals("PATCH") ? "{\"version\":1,\"name\":\"x\"}" : null);
            assertEquals(404, response.statusCode(), method + " " + response.body());
            assertFalse(response.body().contains("Private plans"));
        }
        JsonNode list = JSON.readTree(call("GET", "/v1/projects", theirs, null).body());
        assertEquals(0, list.path("items").size());
        assertEquals(200, call("GET", location, mine, null).statusCode());
    }

    @Test
    void viewer_shouldRead_butGet403OnEveryWrite() throws Exception {
        String ws = workspace();
        String owner = token("olivia", ws, "owner");
        String viewer = token("victor", ws, "viewer");
        String location = create(owner, "Pet adoption");

        assertEquals(200, call("GET", location, viewer, null).statusCode());
        assertEquals(403, call("POST", "/v1/projects", viewer, "{\"name\":\"x\"}").statusCode());
        assertEquals(403, call("PATCH", location, viewer, "{\"version\":1,\"name\":\"x\"}").statusCode());
        assertEquals(403, call("DELETE", location, viewer, null).statusCode());
        HttpResponse<String> forbidden = call("POST", "/v1/workspaces/current/members", viewer,
                "{\"userId\":\"eve\",\"role\":\"owner\"}");
        assertEquals(403, forbidden.statusCode());
        assertProblem(forbidden, "forbidden");
    }

    @Test
    void stalePatch_shouldGet409_andLoseNothing() throws Exception {
        String token = token("alice", workspace(), "member");
        String location = create(token, "Kanban board");

        // GIVEN two writers who both read version 1
        HttpResponse<String> first = call("PATCH", location, token, "{\"version\":1,\"name\":\"Kanban for teams\"}");
        HttpResponse<String> second = call("PATCH", location, token, "{\"version\":1,\"description\":\"Boards and cards\"}");

        // THEN the second is told, and the first one's change is intact
        assertEquals(200, first.statusCode());
        assertEquals(409, second.statusCode());
        assertProblem(second, "version-conflict");
        JsonNode now = JSON.readTree(call("GET", location, token, null).body());
        assertEquals("Kanban for teams", now.path("name").asText());
        assertEquals(2, now.path("version").asLong());

        // AND re-applying on the current version keeps both changes
        HttpResponse<String> retried = call("PATCH", location, token, "{\"version\":2,\"description\":\"Boards and cards\"}");
        assertEquals(200, retried.statusCode());
        JsonNode merged = JSON.readTree(retried.body());
        assertEquals("Kanban for teams", merged.path("name").asText());
        assertEquals("Boards and cards", merged.path("description").asText());

        HttpResponse<String> unversioned = call("PATCH", location, token, "{\"name\":\"no version\"}");
        assertEquals(428, unversioned.statusCode());
    }

    @Test
    void badInput_shouldGetProblemJson4xx_andStoreNothing() throws Exception {
        String token = token("alice", workspace(), "owner");
        HttpResponse<String> malformed = call("POST", "/v1/projects", token, "{\"name\": ");
        assertEquals(400, malformed.statusCode());
        assertProblem(malformed, "malformed-request");

        HttpResponse<String> invalid = call("POST", "/v1/projects", token, "{\"name\": \"\", \"color\": \"blue\"}");
        assertEquals(400, invalid.statusCode());
        JsonNode problem = assertProblem(invalid, "validation-failed");
        assertEquals(2, problem.path("errors").size());

        String huge = "{\"name\":\"big\",\"description\":\"" + "x".repeat(70_000) + "\"}";
        HttpResponse<String> tooLarge = call("POST", "/v1/projects", token, huge);
        assertEquals(413, tooLarge.statusCode());
        assertProblem(tooLarge, "payload-too-large");

        HttpResponse<String> wrongType = send(HttpRequest.newBuilder(url.resolve("/v1/projects"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name=x")));
        assertEquals(415, wrongType.statusCode());
        assertProblem(wrongType, "unsupported-media-type");

        HttpResponse<String> badCursor = call("GET", "/v1/projects?cursor=%21%21", token, null);
        assertEquals(400, badCursor.statusCode());
        assertEquals(0, JSON.readTree(call("GET", "/v1/projects", token, null).body()).path("items").size());
    }

    @Test
    void pagination_shouldReturnEachOf120ProjectsExactlyOnce() throws Exception {
        String token = token("paula", workspace(), "owner");
        for (int i = 0; i < 120; i++) {
            assertEquals(201, call("POST", "/v1/projects", token, "{\"name\":\"Project " + i + "\"}").statusCode());
        }
        Set<String> seen = new HashSet<>();
        int pages = 0;
        String cursor = null;
        do {
            HttpResponse<String> response = call("GET", "/v1/projects?limit=50" + (cursor == null ? "" : "&cursor=" + cursor), token, null);
            JsonNode page = JSON.readTree(response.body());
            for (JsonNode item : page.path("items")) {
                assertTrue(seen.add(item.path("id").asText()), "seen twice: " + item.path("id").asText());
            }
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(120, seen.size());
        assertEquals(3, pages);
    }

    @Test
    void members_shouldFollowRoleRules_andKeepTheLastOwner() throws Exception {
        String ws = workspace();
        String owner = token("olga", ws, "owner");
        HttpResponse<String> added = call("POST", "/v1/workspaces/current/members", owner,
                "{\"userId\":\"adam\",\"role\":\"admin\",\"email\":\"adam@example.org\"}");
        assertEquals(201, added.statusCode(), added.body());
        String admin = token("adam", ws, "admin");
        assertEquals(403, call("POST", "/v1/workspaces/current/members", admin,
                "{\"userId\":\"eve\",\"role\":\"owner\"}").statusCode());
        assertEquals(201, call("POST", "/v1/workspaces/current/members", admin,
                "{\"userId\":\"mia\",\"role\":\"member\"}").statusCode());
        assertEquals(409, call("POST", "/v1/workspaces/current/members", admin,
                "{\"userId\":\"mia\",\"role\":\"viewer\"}").statusCode());
        assertEquals(403, call("DELETE", "/v1/workspaces/current/members/olga", admin, null).statusCode());
        HttpResponse<String> lastOwner = call("DELETE", "/v1/workspaces/current/members/olga", owner, null);
        assertEquals(409, lastOwner.statusCode());
        String miasToken = platform.token("mia", ws, Duration.ofMinutes(5));
        assertEquals(200, call("GET", "/v1/projects", miasToken, null).statusCode());
        assertEquals(204, call("DELETE", "/v1/workspaces/current/members/mia", admin, null).statusCode());
        JsonNode members = JSON.readTree(call("GET", "/v1/workspaces/current/members", owner, null).body()).path("items");
        assertEquals(2, members.size());
        // a removed member's still-valid token opens nothing any more, reads or writes
        assertEquals(403, call("GET", "/v1/projects", miasToken, null).statusCode());
        assertEquals(403, call("POST", "/v1/projects", miasToken, "{\"name\":\"sneaky\"}").statusCode());
        assertEquals(0, JSON.readTree(call("GET", "/v1/projects", owner, null).body()).path("items").size());
    }

    @Test
    void cors_shouldAllowTheSpaOrigin_only() throws Exception {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(url.resolve("/v1/projects"))
                .header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, preflight.statusCode());
        assertEquals("http://localhost:5173", preflight.headers().firstValue("access-control-allow-origin").orElse(null));
        assertTrue(preflight.headers().firstValue("access-control-allow-methods").orElse("").contains("PATCH"));

        HttpResponse<String> foreign = send(HttpRequest.newBuilder(url.resolve("/v1/health"))
                .header("Origin", "https://evil.example"));
        assertNull(foreign.headers().firstValue("access-control-allow-origin").orElse(null));
        HttpResponse<String> spa = send(HttpRequest.newBuilder(url.resolve("/v1/health"))
                .header("Origin", "http://localhost:5173"));
        assertEquals("http://localhost:5173", spa.headers().firstValue("access-control-allow-origin").orElse(null));
    }

    @Test
    void unknownRoute_shouldGetTheGateways404() throws Exception {
        assertEquals(404, call("GET", "/v1/nothing-here", null, null).statusCode());
    }

    @Test
    void openApi_shouldBeServed_andLintCleanUnderRedoclyRecommended() throws Exception {
        HttpResponse<String> response = call("GET", "/v1/openapi.yaml", null, null);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().startsWith("openapi: 3.1."), response.body().substring(0, 40));
        Path redocly = RepositoryRoot.locate().resolve("scripts/node_modules/.bin/redocly");
        assertTrue(Files.isExecutable(redocly), "Redocly CLI is missing: run scripts/node-tools.sh (scripts/test.sh does)");
        Path document = Files.createTempFile("nexusgen-openapi", ".yaml");
        Files.writeString(document, response.body());
        Process lint = new ProcessBuilder(redocly.toString(), "lint", document.toString(), "--extends", "recommended",
                "--format", "stylish").redirectErrorStream(true).start();
        String output = new String(lint.getInputStream().readAllBytes());
        assertTrue(lint.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, lint.exitValue(), output);
        // stylish format prints one "warning" line per finding; the Node version banner is not one
        assertFalse(output.lines().anyMatch(line -> line.matches("\\s*\\d+:\\d+\\s+warning.*")), output);
        assertTrue(output.contains("Your API description is valid") && !output.contains("You have"), output);
    }

    // --- helpers ---------------------------------------------------------------------------

    private static String workspace() {
        return "ws-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String token(String sub, String workspace, String role) throws Exception {
        HttpResponse<String> response = call("POST", "/local/tokens", null,
                "{\"sub\":\"" + sub + "\",\"workspace\":\"" + workspace + "\",\"role\":\"" + role + "\"}");
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).path("token").asText();
    }

    private static String create(String token, String name) throws Exception {
        HttpResponse<String> created = call("POST", "/v1/projects", token, "{\"name\":\"" + name + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return created.headers().firstValue("location").orElseThrow();
    }

    private static JsonNode assertProblem(HttpResponse<String> response, String type) throws Exception {
        assertEquals("application/problem+json", response.headers().firstValue("content-type").orElse(null));
        JsonNode problem = JSON.readTree(response.body());
        assertEquals("https://nexusgen.dev/problems/" + type, problem.path("type").asText(), response.body());
        assertEquals(response.statusCode(), problem.path("status").asInt());
        assertNotNull(problem.path("title").textValue());
        return problem;
    }

    private static HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url.resolve(path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return send(request);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
