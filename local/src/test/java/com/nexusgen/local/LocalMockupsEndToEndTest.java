package com.nexusgen.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexusgen.domain.workspaces.Role;
import com.nexusgen.template.RepositoryRoot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages, mockups and the design system over HTTP on the local platform: a generated project's plan
 * becomes pages, every page renders to a linked mockup, tokens are extracted, confirmed and used by
 * the next render, uploads are versions too, and entities are inferred from the forms and lists.
 */
class LocalMockupsEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern HREF = Pattern.compile("href=\"([^\"#]+)\"");
    private static LocalPlatform platform;
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        platform = LocalPlatform.start(LocalPlatform.Options.inMemory(RepositoryRoot.locate()));
        token = platform.issueToken("owner", "ws-" + UUID.randomUUID(), Role.OWNER, Duration.ofHours(1));
    }

    @AfterAll
    static void stop() throws Exception {
        platform.close();
    }

    @Test
    void renderAll_shouldTurnThePlanIntoLinkedMockups_andTheDesignSystemShouldEmergeAndBeConfirmable() throws Exception {
        // GIVEN a project whose app was generated (so it has a plan)
        String projectId = JSON.readTree(call("POST", "/v1/projects", "{\"name\":\"Recipe Box\"}").body()).path("id").asText();
        String generationId = JSON.readTree(call("POST", "/v1/projects/" + projectId + "/generations",
                "{\"prompt\":\"A recipe sharing site where cooks post recipes and others rate them\"}").body()).path("generationId").asText();
        awaitSucceeded(generationId);
        // WHEN every page is rendered
        HttpResponse<String> rendered = call("POST", "/v1/projects/" + projectId + "/mockups/render-all", null);
        assertEquals(200, rendered.statusCode(), rendered.body());
        JsonNode items = JSON.readTree(rendered.body()).path("items");
        JsonNode plan = JSON.readTree(call("GET", "/v1/generations/" + generationId + "/plan", null).body());
        // THEN the plan's pages exist, each with mockup version 1
        assertEquals(plan.path("pages").size(), items.size());
        JsonNode pages = JSON.readTree(call("GET", "/v1/projects/" + projectId + "/pages", null).body()).path("items");
        Set<String> slugs = new HashSet<>();
        pages.forEach(p -> slugs.add(p.path("slug").asText()));
        for (JsonNode page : pages) {
            assertEquals(1, page.path("latestMockup").asInt());
            assertEquals("designed", page.path("status").asText());
            HttpResponse<String> html = call("GET", "/v1/projects/" + projectId + "/pages/" + page.path("id").asText() + "/mockups/1", null);
            assertEquals(200, html.statusCode());
            assertTrue(html.headers().firstValue("content-type").orElseThrow().startsWith("text/html"));
            assertTrue(html.headers().firstValue("content-security-policy").orElseThrow().startsWith("sandbox"));
            assertTrue(html.body().startsWith("<!DOCTYPE html>") || html.body().startsWith("<!doctype html>"), html.body());
            // every internal link names a page of the project, and resolves through the API
            Matcher href = HREF.matcher(html.body());
            while (href.find()) {
                String target = href.group(1);
                if (target.endsWith(".html")) {
                    assertTrue(slugs.contains(target.substring(0, target.length() - 5)), target + " in " + page.path("path"));
                }
            }
        }
        assertEquals(200, call("GET", "/v1/projects/" + projectId + "/mockups/" + pages.get(0).path("slug").asText() + ".html", null).statusCode());
        assertEquals(404, call("GET", "/v1/projects/" + projectId + "/mockups/nope.html", null).statusCode());
        // AND exported to a folder, they pass the browser check at phone, tablet and desktop widths
        browserCheck(projectId, slugs);

        // AND the design system emerges from them
        JsonNode design = JSON.readTree(call("GET", "/v1/projects/" + projectId + "/design-system", null).body());
        JsonNode primary = token(design, "color-primary");
        assertEquals("extracted", primary.path("source").asText(), design.toString());
        assertTrue(primary.path("usageCount").asInt() > 0);
        assertTrue(design.path("components").toString().contains("\"nav\""), design.toString());
        // WHEN a person confirms a primary color (quoting the version), a stale or unsafe change is refused
        assertEquals(428, call("PUT", "/v1/projects/" + projectId + "/design-system/confirmations",
                "{\"tokens\":{\"color-primary\":\"#0f766e\"}}").statusCode());
        assertEquals(400, call("PUT", "/v1/projects/" + projectId + "/design-system/confirmations",
                "{\"tokens\":{\"color-primary\":\"red;}body{display:none\"},\"version\":0}").statusCode());
        HttpResponse<String> confirmed = call("PUT", "/v1/projects/" + projectId + "/design-system/confirmations",
                "{\"tokens\":{\"color-primary\":\"#0f766e\"},\"version\":0}");
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertEquals("confirmed", token(JSON.readTree(confirmed.body()), "color-primary").path("source").asText());
        assertEquals(409, call("PUT", "/v1/projects/" + projectId + "/design-system/confirmations",
                "{\"tokens\":{\"color-primary\":\"#000000\"},\"version\":0}").statusCode());
        // THEN the next render uses the confirmed color, as a new version made from version 1
        String landing = pages.get(0).path("id").asText();
        HttpResponse<String> second = call("POST", "/v1/projects/" + projectId + "/pages/" + landing + "/mockups",
                "{\"changeDescription\":\"Use the confirmed primary color\"}");
        assertEquals(201, second.statusCode(), second.body());
        assertEquals(2, JSON.readTree(second.body()).path("version").asInt());
        assertEquals(1, JSON.readTree(second.body()).path("parentVersion").asInt());
        assertTrue(call("GET", "/v1/projects/" + projectId + "/pages/" + landing + "/mockups/2", null).body().toLowerCase().contains("#0f766e"));

        // AND the next generation's Coder writes the confirmed tokens into the app, and the Reviewer holds it to them
        String next = JSON.readTree(call("POST", "/v1/projects/" + projectId + "/generations",
                "{\"prompt\":\"A recipe sharing site where cooks post recipes and others rate them\"}").body()).path("generationId").asText();
        awaitSucceeded(next);
        JsonNode version2 = JSON.readTree(call("GET", "/v1/generations/" + next, null).body()).path("result");
        String tokensCss = call("GET", "/v1/projects/" + projectId + "/versions/" + version2.path("version").asInt()
                + "/files/src/styles/tokens.css", null).body();
        assertTrue(tokensCss.toLowerCase().contains("#0f766e"), tokensCss);
        assertEquals(0, version2.path("criticalFindings").asInt());

        // AND the entities of the plan are inferred back from the forms and lists
        JsonNode entities = JSON.readTree(call("GET", "/v1/projects/" + projectId + "/entities", null).body()).path("items");
        Set<String> names = new HashSet<>();
        entities.forEach(e -> names.add(e.path("name").asText()));
        for (JsonNode entity : plan.path("entities")) {
            assertTrue(names.contains(entity.path("name").asText()), names + " lacks " + entity.path("name"));
        }
    }

    @Test
    void pages_shouldBeValidated_versioned_andUploadsShouldBeVersionsToo() throws Exception {
        String projectId = JSON.readTree(call("POST", "/v1/projects", "{\"name\":\"Pages\"}").body()).path("id").asText();
        String base = "/v1/projects/" + projectId + "/pages";
        for (String body : List.of("{}", "{\"name\":\"X\",\"path\":\"no-slash\"}", "{\"name\":\"X\",\"path\":\"/a\",\"primaryDevice\":\"watch\"}",
                "{\"name\":\"X\",\"path\":\"/a\",\"sortOrder\":-1}", "{\"name\":\"X\",\"path\":\"/a\",\"extra\":true}")) {
            HttpResponse<String> response = call("POST", base, body);
            assertEquals(400, response.statusCode(), body + " → " + response.body());
        }
        HttpResponse<String> created = call("POST", base, "{\"name\":\"Team\",\"path\":\"/team\",\"keyElements\":[\"member cards\"]}");
        assertEquals(201, created.statusCode(), created.body());
        String pageId = JSON.readTree(created.body()).path("id").asText();
        assertEquals(409, call("POST", base, "{\"name\":\"Team again\",\"path\":\"/team\"}").statusCode());
        assertEquals(428, call("PATCH", base + "/" + pageId, "{\"purpose\":\"Meet the team\"}").statusCode());
        HttpResponse<String> patched = call("PATCH", base + "/" + pageId, "{\"purpose\":\"Meet the team\",\"version\":1}");
        assertEquals(200, patched.statusCode(), patched.body());
        assertEquals(409, call("PATCH", base + "/" + pageId, "{\"purpose\":\"Stale\",\"version\":1}").statusCode());
        // an uploaded mockup is a version like a rendered one, and is served sandboxed
        String upload = "<!doctype html><html lang=\"en\"><head><title>Team</title><style>:root{--color-primary:#7c3aed}"
                + ".btn{background:var(--color-primary);padding:8px 16px}</style></head><body><main><h1>Team</h1>"
                + "<a class=\"btn btn-primary\" href=\"team.html\">Team</a><script>alert(1)</script></main></body></html>";
        HttpResponse<String> uploaded = call("POST", base + "/" + pageId + "/mockups",
                JSON.createObjectNode().put("html", upload).put("changeDescription", "From the designer").toString());
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        assertEquals("user", JSON.readTree(uploaded.body()).path("changedBy").asText());
        assertTrue(JSON.readTree(uploaded.body()).path("colorsUsed").toString().contains("#7c3aed"), uploaded.body());
        HttpResponse<String> served = call("GET", base + "/" + pageId + "/mockups/1", null);
        assertEquals(upload, served.body());
        assertTrue(served.headers().firstValue("content-security-policy").orElseThrow().contains("sandbox"));
        assertEquals(404, call("GET", base + "/" + pageId + "/mockups/9", null).statusCode());
        // concurrent renders of one page all become versions: none is lost, no number is used twice
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> renders = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            renders.add(HTTP.sendAsync(request("POST", base + "/" + pageId + "/mockups", "{}", token), HttpResponse.BodyHandlers.ofString()));
        }
        Set<Integer> numbers = new HashSet<>();
        for (var render : renders) {
            HttpResponse<String> response = render.get();
            assertEquals(201, response.statusCode(), response.body());
            numbers.add(JSON.readTree(response.body()).path("version").asInt());
        }
        assertEquals(Set.of(2, 3, 4, 5, 6, 7), numbers);
        assertEquals(400, call("POST", base + "/" + pageId + "/mockups", "{\"html\":\"  \"}").statusCode());
        // another tenant sees nothing
        String stranger = platform.issueToken("mallory", "ws-" + UUID.randomUUID(), Role.OWNER, Duration.ofHours(1));
        assertEquals(404, HTTP.send(request("GET", base + "/" + pageId + "/mockups/1", null, stranger), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(204, call("DELETE", base + "/" + pageId, null).statusCode());
        assertFalse(call("GET", base, null).body().contains(pageId));
    }

    /**
     * Exports every page's latest mockup as {slug}.html (what a person downloads) and opens each in
     * headless Chromium at 375, 768 and 1440 px (scripts/check-mockups.mjs): no sideways scrolling,
     * every link resolves to an exported file, no serious or critical axe-core violation.
     * Screenshots stay in local/target/mockup-screenshots.
     */
    private static void browserCheck(String projectId, Set<String> slugs) throws Exception {
        java.nio.file.Path export = java.nio.file.Files.createTempDirectory("nexusgen-mockups-");
        for (String slug : slugs) {
            HttpResponse<String> html = call("GET", "/v1/projects/" + projectId + "/mockups/" + slug + ".html", null);
            assertEquals(200, html.statusCode(), slug);
            java.nio.file.Files.writeString(export.resolve(slug + ".html"), html.body());
        }
        java.nio.file.Path root = RepositoryRoot.locate();
        java.nio.file.Path screenshots = root.resolve("local/target/mockup-screenshots");
        if (java.nio.file.Files.isDirectory(screenshots)) { // this run's screenshots only
            try (var old = java.nio.file.Files.list(screenshots)) {
                for (java.nio.file.Path file : old.toList()) {
                    java.nio.file.Files.delete(file);
                }
            }
        }
        Process check = new ProcessBuilder("node", root.resolve("scripts/check-mockups.mjs").toString(), export.toString(),
                screenshots.toString()).redirectErrorStream(false).start();
        String output = new String(check.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String errors = new String(check.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(check.waitFor(5, java.util.concurrent.TimeUnit.MINUTES), "the browser check did not finish");
        assertTrue(output.startsWith("{"), "no report from the browser check: " + output + errors);
        JsonNode report = JSON.readTree(output);
        assertEquals(List.of(), JSON.convertValue(report.path("problems"), List.class), output);
        assertEquals(0, check.exitValue(), errors);
        assertEquals(slugs.size(), report.path("pages").size());
        try (var shots = java.nio.file.Files.list(screenshots)) {
            assertEquals(slugs.size() * 3L, shots.filter(p -> p.toString().endsWith(".png")).count());
        }
    }

    private static JsonNode token(JsonNode design, String name) {
        for (JsonNode token : design.path("tokens")) {
            if (token.path("name").asText().equals(name)) {
                return token;
            }
        }
        throw new AssertionError("no token " + name + " in " + design);
    }

    private static void awaitSucceeded(String generationId) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        String status;
        do {
            Thread.sleep(50);
            status = JSON.readTree(call("GET", "/v1/generations/" + generationId, null).body()).path("status").asText();
        } while (!Set.of("succeeded", "failed", "cancelled", "rejected", "needs_attention").contains(status) && Instant.now().isBefore(deadline));
        assertEquals("succeeded", status);
    }

    private static HttpResponse<String> call(String method, String path, String body) throws Exception {
        return HTTP.send(request(method, path, body, token), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(String method, String path, String body, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.url() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + bearer);
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return request.build();
    }
}
