package com.nexusgen.builds;

import com.nexusgen.domain.builds.BuildStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runner's mechanics on apps without dependencies, whose build and test scripts are small node programs: real
 * npm, real processes, no registry. Real generated apps are built by the self-healing tests.
 */
class LocalBuildRunnerTest {
    private static final String LOCK = """
            {"name": "t", "version": "1.0.0", "lockfileVersion": 3, "requires": true,
             "packages": {"": {"name": "t", "version": "1.0.0"}}}
            """;

    @TempDir
    Path work;

    private LocalBuildRunner runner(int concurrency) {
        return new LocalBuildRunner(work.resolve("builds"), work.resolve("cache"), concurrency);
    }

    private static Map<String, String> app(String build, String test) {
        return Map.of(
                "package.json", """
                        {"name": "t", "version": "1.0.0", "type": "module",
                         "scripts": {"build": "node build.mjs", "test": "node test.mjs"}}
                        """,
                "package-lock.json", LOCK,
                "build.mjs", build,
                "test.mjs", test);
    }

    private static final String WRITES_DIST = """
            import { mkdirSync, writeFileSync } from 'node:fs';
            mkdirSync('dist/assets', { recursive: true });
            writeFileSync('dist/index.html', '<!doctype html><base href="' + (process.argv[2] ?? '') + '">');
            writeFileSync('dist/assets/app.js', 'console.log(1)');
            console.log('built');
            """;

    @Test
    void aPassingBuildReturnsItsDistLogsEveryStageAndLeavesNoFolderBehind() throws Exception {
        BuildResult result = runner(2).build(new BuildRequest("b1", app(WRITES_DIST, "console.log('tests ok')"),
                "/preview/p1/3/", BuildLimits.DEFAULT));

        assertEquals(BuildStatus.SUCCEEDED, result.status(), result.log());
        assertEquals(0, result.exitCode());
        assertNull(result.failedStage());
        assertEquals(List.of("assets/app.js", "index.html"), List.copyOf(result.dist().keySet()));
        assertTrue(new String(result.dist().get("index.html"), StandardCharsets.UTF_8).contains("--base=/preview/p1/3/"),
                "the base path reaches the build script");
        for (String stage : List.of("install", "build", "test")) {
            assertTrue(result.log().contains("> nexusgen-build stage=" + stage + " command="), stage);
            assertTrue(result.log().contains("> nexusgen-build stage=" + stage + " exit=0 elapsed_ms="), stage);
        }
        assertTrue(result.log().contains("tests ok"));
        assertTrue(result.updatedFiles().isEmpty());
        try (Stream<Path> left = Files.list(work.resolve("builds"))) {
            assertEquals(0, left.count(), "the private folder is deleted");
        }
        assertTrue(Files.isDirectory(work.resolve("cache")), "the dependency cache stays");
    }

    @Test
    void aFailingBuildStopsBeforeTheTestsAndKeepsTheToolsOutput() throws Exception {
        BuildResult result = runner(1).build(new BuildRequest("b2",
                app("console.error('src/App.tsx(3,7): error TS2304: Cannot find name \\'x\\'.'); process.exit(2)",
                        "console.log('never')")));

        assertEquals(BuildStatus.FAILED, result.status());
        assertEquals(2, result.exitCode());
        assertEquals("build", result.failedStage());
        assertTrue(result.log().contains("error TS2304"));
        assertFalse(result.log().contains("stage=test"), result.log());
        assertTrue(result.dist().isEmpty());
    }

    @Test
    void failingTestsFailTheBuild() throws Exception {
        BuildResult result = runner(1).build(new BuildRequest("b3", app(WRITES_DIST,
                "console.log(' FAIL  src/a.test.ts > adds'); process.exit(1)")));

        assertEquals(BuildStatus.FAILED, result.status());
        assertEquals("test", result.failedStage());
        assertTrue(result.dist().isEmpty(), "a build whose tests fail publishes nothing");
    }

    @Test
    void theWallTimeLimitStopsAHangingBuild() throws Exception {
        long start = System.nanoTime();
        BuildResult result = runner(1).build(new BuildRequest("b4", app("setTimeout(() => {}, 60000)", ""), "/",
                BuildLimits.DEFAULT.withWallTime(Duration.ofSeconds(4))));

        assertEquals(BuildStatus.TIMED_OUT, result.status());
        assertEquals(124, result.exitCode());
        assertTrue(result.log().contains("> nexusgen-build limit=timeout message="), result.log());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 20, "stopped near the limit");
    }

    @Test
    void theLogKeepsItsBeginningAndItsEndWithinTheCap() throws Exception {
        String noisy = "for (let i = 0; i < 40000; i++) console.log('line ' + i + ' of noise from a chatty tool');"
                + "console.error('src/Last.tsx(1,1): error TS1005: the error at the end'); process.exit(1)";
        BuildResult result = runner(1).build(new BuildRequest("b5", app(noisy, ""), "/",
                new BuildLimits(Duration.ofMinutes(2), 64 * 1024, 20L << 20)));

        assertTrue(result.log().getBytes(StandardCharsets.UTF_8).length <= 64 * 1024 + 100, "capped");
        assertTrue(result.log().contains("bytes of output omitted"));
        assertTrue(result.log().contains("stage=install command="), "the beginning survives");
        assertTrue(result.log().contains("the error at the end"), "the end survives");
    }

    @Test
    void anOversizedDistFailsTheBuildAtTheRunnersLimit() throws Exception {
        String big = "import { mkdirSync, writeFileSync } from 'node:fs'; mkdirSync('dist', { recursive: true });"
                + "writeFileSync('dist/huge.bin', Buffer.alloc(2 * 1024 * 1024));";
        BuildResult result = runner(1).build(new BuildRequest("b6", app(big, ""), "/",
                new BuildLimits(Duration.ofMinutes(2), 1 << 20, 1 << 20)));

        assertEquals(BuildStatus.FAILED, result.status());
        assertEquals("limits", result.failedStage());
        assertTrue(result.log().contains("> nexusgen-build limit=dist message=dist is 2097152 bytes, over the limit of 1048576 bytes"),
                result.log());
    }

    @Test
    void buildsBeyondTheConcurrencyWaitTheirTurn() throws Exception {
        Path marks = Files.createDirectories(work.resolve("marks"));
        String slow = """
                import { appendFileSync } from 'node:fs';
                const mark = (what) => appendFileSync(%s, what + ' ' + Date.now() + '\\n');
                mark('start'); await new Promise((r) => setTimeout(r, 1500)); mark('end');
                """.formatted(jsString(marks.resolve("log.txt").toString()));
        LocalBuildRunner runner = runner(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            List<Future<BuildResult>> builds = Stream.of("c1", "c2", "c3")
                    .map(id -> pool.submit(() -> runner.build(new BuildRequest(id, app(slow, "")))))
                    .toList();
            for (Future<BuildResult> build : builds) {
                assertEquals(BuildStatus.SUCCEEDED, build.get().status(), build.get().log());
            }
        }
        List<String> lines = Files.readAllLines(marks.resolve("log.txt"));
        assertEquals(6, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assertTrue(lines.get(i).startsWith(i % 2 == 0 ? "start" : "end"), "never two builds at once: " + lines);
        }
    }

    @Test
    void theCacheBuildsEachInputOnce_andAnyChangedFileBuildsAgain() throws Exception {
        Path marks = Files.createDirectories(work.resolve("cache-marks"));
        String counting = """
                import { appendFileSync } from 'node:fs';
                appendFileSync(%s, 'built\\n');
                """.formatted(jsString(marks.resolve("count.txt").toString()));
        CachingBuildRunner cache = new CachingBuildRunner(runner(1));
        BuildResult first = cache.build(new BuildRequest("k1", app(counting, "")));
        BuildResult again = cache.build(new BuildRequest("k2", app(counting, "")));
        BuildResult changed = cache.build(new BuildRequest("k3", app(counting + "\n// changed\n", "")));
        assertEquals(BuildStatus.SUCCEEDED, first.status(), first.log());
        assertEquals("k2", again.buildId(), "the cached result answers for the new build");
        assertEquals(first.log(), again.log());
        assertEquals(BuildStatus.SUCCEEDED, changed.status());
        assertEquals(2, Files.readAllLines(marks.resolve("count.txt")).size(), "two distinct inputs, two real builds");
        assertEquals(2, cache.size());
    }

    @Test
    void requestsWithUnsafePathsOrIdsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BuildRequest("b7", Map.of("../evil.sh", "x")));
        assertThrows(IllegalArgumentException.class, () -> new BuildRequest("../b", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new BuildRequest("b8", Map.of(), "no-slash", null));
    }

    private static String jsString(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
