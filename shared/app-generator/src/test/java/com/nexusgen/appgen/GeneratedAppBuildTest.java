package com.nexusgen.appgen;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


/**
 * The proof that the generated apps are real: each fixture PRD becomes an app on disk that installs, type-checks,
 * builds and passes its own journey tests. Needs npm and the registry for the first install; later runs reuse
 * the shared install in {@link NpmApp#defaultCacheRoot()}.
 */
class GeneratedAppBuildTest {
    static final List<String> PRDS = Prds.ALL;
    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    @BeforeEach
    void needsNpm() {
        assertTrue(Npm.available(), "npm is required (Node.js 20+; .ci/run and scripts/test.sh expect it on the PATH)");
    }

    @AfterEach
    void unlinkSharedInstall() throws IOException {
        // Only the link goes: the shared install it points to serves every other app.
        Files.deleteIfExists(dir.resolve("node_modules"));
    }

    @ParameterizedTest
    @FieldSource("PRDS")
    void generate_shouldBuildCleanlyAndPassItsJourneyTests_whenInstalledWithNpm(String name) {
        // GIVEN the app generated from the PRD (with Designer tokens for one of them), written to disk
        Map<String, String> tokens = name.equals("gym") ? Map.of("color-primary", "#1d4ed8", "radius-md", "12px") : null;
        AppFolder.write(dir, new AppGenerator().generateAll(Prds.load(name), tokens));

        // WHEN its dependencies are installed
        NpmApp.Result install = NpmApp.install(dir);
        assertTrue(install.ok(), install.output());
        assertTrue(Files.isDirectory(dir.resolve("node_modules/react")));

        // THEN it type-checks and builds with no error or warning
        NpmApp.Result build = NpmApp.run(dir, "build", STEP_TIMEOUT);
        assertEquals(0, build.exitCode(), build.output());
        assertFalse(build.output().toLowerCase(Locale.ROOT).contains("error"), build.output());
        assertFalse(build.output().matches("(?s).*(warning TS|TS\\d{4}|\\(!\\)).*"), build.output());
        assertTrue(Files.isRegularFile(dir.resolve("dist/index.html")));

        // AND its journey tests pass
        NpmApp.Result test = NpmApp.run(dir, "test", STEP_TIMEOUT);
        assertEquals(0, test.exitCode(), test.output());
        assertTrue(test.output().contains("passed"), test.output());
        assertFalse(test.output().contains("failed"), test.output());
    }
}
