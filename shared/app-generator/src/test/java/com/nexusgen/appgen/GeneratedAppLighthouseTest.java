package com.nexusgen.appgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A generated app's built pages in a real browser: Lighthouse (npm, scripts/package.json) drives
 * Debian's headless Chromium against the app's {@code dist/} served as a static site with the
 * single-page fallback a CDN would have. Every kind of page must score accessibility, SEO and best
 * practices ≥ 95 and performance ≥ 90 (Lighthouse's mobile profile, simulated throttling).
 */
class GeneratedAppLighthouseTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Double> MINIMUM = Map.of("accessibility", 0.95, "seo", 0.95,
            "best-practices", 0.95, "performance", 0.90);
    private static Path app;
    private static HttpServer server;

    @BeforeAll
    static void buildAndServe() throws IOException {
        app = Files.createTempDirectory("nexusgen-lighthouse-");
        AppFolder.write(app, new AppGenerator().generateAll(Prds.load("recipe"), null));
        NpmApp.Result install = NpmApp.install(app);
        assertTrue(install.ok(), install.output());
        NpmApp.Result build = NpmApp.run(app, "build", Duration.ofMinutes(3));
        assertTrue(build.ok(), build.output());
        Path dist = app.resolve("dist").toRealPath();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                Path file = dist.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
                if (!file.startsWith(dist) || !Files.isRegularFile(file)) {
                    file = dist.resolve("index.html"); // client-side routes
                }
                String name = file.getFileName().toString();
                String type = name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css"
                        : name.endsWith(".svg") ? "image/svg+xml" : name.endsWith(".txt") ? "text/plain" : "text/html; charset=utf-8";
                byte[] body = Files.readAllBytes(file);
                exchange.getResponseHeaders().set("Content-Type", type);
                exchange.getResponseHeaders().set("Cache-Control", name.equals("index.html") ? "no-cache" : "max-age=31536000, immutable");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.stop(0);
        }
        Files.deleteIfExists(app.resolve("node_modules"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/sign-in", "/dashboard", "/recipes", "/recipes/new", "/settings"})
    void builtPage_shouldScoreHighInLighthouse(String page) throws Exception {
        // GIVEN the built app served over HTTP WHEN Lighthouse audits the page
        JsonNode report = lighthouse("http://127.0.0.1:" + server.getAddress().getPort() + page);
        // THEN every category clears its bar
        List<String> misses = new ArrayList<>();
        MINIMUM.forEach((category, minimum) -> {
            double score = report.path("categories").path(category).path("score").asDouble(-1);
            if (score < minimum) {
                misses.add(category + " " + score + " < " + minimum);
            }
        });
        assertEquals(List.of(), misses, page + ": " + failedAudits(report));
    }

    private static JsonNode lighthouse(String url) throws Exception {
        Path binary = repositoryRoot().resolve("scripts/node_modules/.bin/lighthouse");
        assertTrue(Files.isExecutable(binary), "Lighthouse is installed by scripts/node-tools.sh (scripts/test.sh runs it)");
        Path chromium = Path.of(System.getenv().getOrDefault("CHROME_PATH", "/usr/bin/chromium"));
        assertTrue(Files.isExecutable(chromium), "Lighthouse drives Debian's chromium: apt-get install chromium (.ci/run installs it)");
        Path report = Files.createTempFile("lighthouse-", ".json");
        try {
            ProcessBuilder command = new ProcessBuilder(binary.toString(), url, "--quiet", "--output=json",
                    "--output-path=" + report, "--only-categories=performance,accessibility,best-practices,seo",
                    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            command.environment().put("CHROME_PATH", chromium.toString());
            Process process = command.start();
            assertTrue(process.waitFor(3, TimeUnit.MINUTES), "Lighthouse did not finish within 3 minutes");
            assertEquals(0, process.exitValue(), "Lighthouse failed on " + url);
            return JSON.readTree(report.toFile());
        } finally {
            Files.deleteIfExists(report);
        }
    }

    /** The audits that cost points, so a failure says what to fix. */
    private static List<String> failedAudits(JsonNode report) {
        List<String> failed = new ArrayList<>();
        report.path("audits").forEach(audit -> {
            if (audit.path("score").isNumber() && audit.path("score").asDouble() < 0.9
                    && List.of("binary", "numeric", "metricSavings").contains(audit.path("scoreDisplayMode").asText())) {
                failed.add(audit.path("id").asText() + "=" + audit.path("score").asText());
            }
        });
        return failed;
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("template.yaml")) && Files.isDirectory(dir.resolve("scripts"))) {
                return dir;
            }
        }
        throw new IllegalStateException("not inside the repository");
    }
}
