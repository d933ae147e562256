package com.nexusgen.appgen;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


class NpmAppTest {
    /** A lock file without packages: npm ci needs no registry for it, so install tests are fast and offline. */
    private static final String EMPTY_LOCK = """
            {"name": "empty-app", "version": "1.0.0", "lockfileVersion": 3, "requires": true,
             "packages": {"": {"name": "empty-app", "version": "1.0.0"}}}
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void needsNpm() {
        assertTrue(Npm.available(), "npm is required (Node.js 20+; .ci/run and scripts/test.sh expect it on the PATH)");
    }

    @Test
    void run_shouldReturnExitCodeAndOutput_whenTheScriptFails() throws IOException {
        // GIVEN a script that prints and exits with 3
        app(dir, "\"fail\": \"node -e \\\"console.log('hello from node'); process.exit(3)\\\"\"");

        // WHEN it runs
        NpmApp.Result result = NpmApp.run(dir, "fail", Duration.ofMinutes(1));

        // THEN its exit code and output come back
        assertEquals(3, result.exitCode(), result.output());
        assertTrue(result.output().contains("hello from node"), result.output());
        assertFalse(result.ok());
    }

    @Test
    void run_shouldStopTheScript_whenItOutlivesTheTimeout() throws IOException {
        // GIVEN a script that would run for a minute
        app(dir, "\"slow\": \"node -e \\\"setTimeout(() => {}, 60000)\\\"\"");

        // WHEN it gets two seconds
        NpmApp.Result result = NpmApp.run(dir, "slow", Duration.ofSeconds(2));

        // THEN it is stopped, reported as a timeout, well before the minute is up
        assertEquals(124, result.exitCode(), result.output());
        assertTrue(result.output().contains("timed out"), result.output());
        assertTrue(result.elapsed().compareTo(Duration.ofSeconds(30)) < 0, result.elapsed().toString());
    }

    @Test
    void run_shouldCapTheOutput_whenTheScriptPrintsMegabytes() throws IOException {
        // GIVEN a script printing 3 MB
        app(dir, "\"loud\": \"node -e \\\"process.stdout.write('x'.repeat(3 * 1024 * 1024) + 'END')\\\"\"");

        // WHEN it runs
        NpmApp.Result result = NpmApp.run(dir, "loud", Duration.ofMinutes(1));

        // THEN about 1 MB is kept: the start and the end, with a note of what was left out
        assertEquals(0, result.exitCode());
        assertTrue(result.output().length() <= NpmApp.OUTPUT_CAP + 200, "kept " + result.output().length());
        assertTrue(result.output().contains("bytes of output omitted"));
        assertTrue(result.output().endsWith("END") || result.output().strip().endsWith("END"));
    }

    @Test
    void run_shouldRefuseTheScript_whenItsNameCouldBeAnOption() {
        // GIVEN names that are not plain script names WHEN run THEN nothing is started
        assertThrows(IllegalArgumentException.class, () -> NpmApp.run(dir, "--version", Duration.ofSeconds(5)));
        assertThrows(IllegalArgumentException.class, () -> NpmApp.run(dir, "build && rm -rf /", Duration.ofSeconds(5)));
        assertThrows(IllegalArgumentException.class, () -> NpmApp.run(dir, "", Duration.ofSeconds(5)));
    }

    @Test
    void install_shouldInstallOnceAndLinkEveryApp_whenAppsInstallConcurrently() throws Exception {
        // GIVEN four apps with the same lock file and an empty cache
        Path cache = dir.resolve("cache");
        List<Path> apps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Path app = dir.resolve("app" + i);
            Files.createDirectories(app);
            Files.writeString(app.resolve("package.json"), "{\"name\": \"empty-app\", \"version\": \"1.0.0\", \"private\": true}\n");
            Files.writeString(app.resolve("package-lock.json"), EMPTY_LOCK);
            apps.add(app);
        }

        // WHEN they all install at once
        List<NpmApp.Result> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<NpmApp.Result>> futures = new ArrayList<>();
            for (Path app : apps) {
                futures.add(pool.submit((Callable<NpmApp.Result>) () -> NpmApp.install(app, cache)));
            }
            for (Future<NpmApp.Result> future : futures) {
                results.add(future.get());
            }
        }

        // THEN all succeed, npm ran once, and every app links to the one shared install
        results.forEach(r -> assertTrue(r.ok(), r.output()));
        long reused = results.stream().filter(r -> r.output().startsWith("dependencies already installed")
                || r.output().startsWith("dependencies installed by another process")).count();
        assertEquals(3, reused, results.toString());
        Path shared = cache.resolve(NpmApp.sha256(EMPTY_LOCK.getBytes(java.nio.charset.StandardCharsets.UTF_8))).resolve("node_modules");
        for (Path app : apps) {
            assertTrue(Files.isSymbolicLink(app.resolve("node_modules")));
            assertEquals(shared, Files.readSymbolicLink(app.resolve("node_modules")));
        }
        // AND a later install is instant
        NpmApp.Result again = NpmApp.install(apps.getFirst(), cache);
        assertTrue(again.output().startsWith("dependencies already installed"), again.output());
    }

    @Test
    void install_shouldFail_whenTheAppHasNoLockFile() {
        // GIVEN an empty folder WHEN installing THEN it fails and says why
        NpmApp.Result result = NpmApp.install(dir, dir.resolve("cache"));
        assertEquals(1, result.exitCode());
        assertTrue(result.output().contains("package-lock.json"));
    }

    @Test
    void defaultCacheRoot_shouldFollowTheSystemProperty_whenItIsSet() {
        // GIVEN the property set WHEN asked THEN that folder is the cache, otherwise the one under ~/.cache
        String before = System.getProperty("nexusgen.npm.cache");
        try {
            System.setProperty("nexusgen.npm.cache", dir.toString());
            assertEquals(dir, NpmApp.defaultCacheRoot());
            System.clearProperty("nexusgen.npm.cache");
            assertTrue(NpmApp.defaultCacheRoot().endsWith(Path.of(".cache", "nexusgen", "npm-apps")));
        } finally {
            if (before != null) {
                System.setProperty("nexusgen.npm.cache", before);
            }
        }
    }

    private static void app(Path dir, String scripts) throws IOException {
        Files.writeString(dir.resolve("package.json"),
                "{\"name\": \"script-app\", \"version\": \"1.0.0\", \"private\": true, \"scripts\": {" + scripts + "}}\n");
    }
}
