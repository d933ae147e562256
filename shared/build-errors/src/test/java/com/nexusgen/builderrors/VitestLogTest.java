package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** vitest's failure reports, read from real output. */
class VitestLogTest {

    @Test
    void parse_shouldReportARepeatedErrorOnce_whenManyTestsFailOnTheSameLine() {
        // GIVEN ten failed tests, six of them the same TypeError at src/data/storage.ts:86:63
        List<BuildError> errors = Logs.parse(Logs.own("type-null-vitest-typeerror"));
        // WHEN parsed // THEN that error once and first, located at the first frame in the app (not the test)
        BuildError first = errors.get(0);
        assertEquals(ErrorKind.TYPE_NULL, first.kind());
        assertEquals("src/data/storage.ts", first.file());
        assertEquals(86, first.line());
        assertEquals(63, first.column());
        assertEquals("prefix", first.fact("property"));
        assertEquals(1, errors.stream().filter(e -> e.kind() == ErrorKind.TYPE_NULL).count(), errors.toString());
    }

    @Test
    void parse_shouldReportATimeout_whenATestTimesOut() {
        // GIVEN "Error: Test timed out in 300ms." with vitest's advice on the next line
        BuildError error = Logs.first(Logs.own("resource-timeout-vitest-test-timeout"));
        // WHEN parsed // THEN a timeout at the test, with its limit
        assertEquals(ErrorKind.RESOURCE_TIMEOUT, error.kind());
        assertEquals("300ms", error.fact("limit"));
        assertEquals("src/data/storage.test.ts", error.file());
        assertEquals(58, error.line());
    }

    @Test
    void parse_shouldReportTheMissingEnvVar_whenEverySuiteFailsOnImport() {
        // GIVEN three failed suites, each "Error: Missing env var VITE_API_URL" thrown by src/data/storage.ts:2:22
        List<BuildError> errors = Logs.parse(Logs.own("runtime-env-vitest-missing-env"));
        // WHEN parsed // THEN one error naming the variable, where it is thrown
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(ErrorKind.RUNTIME_ENV, errors.get(0).kind());
        assertEquals("VITE_API_URL", errors.get(0).fact("envVar"));
        assertEquals("src/data/storage.ts", errors.get(0).file());
    }

    @Test
    void parse_shouldSplitResolutionFailures_whenATestImportsAMissingFileOrPackage() {
        // GIVEN "Cannot find module './validations'" and "Cannot find package '@testing-library/react'"
        BuildError file = Logs.first(Logs.own("runtime-import-vitest-failed-resolve"));
        BuildError pkg = Logs.first(Logs.own("dependency-missing-vitest-failed-resolve-package"));
        // WHEN parsed // THEN an import error and a missing dependency, each at its import line
        assertEquals(ErrorKind.RUNTIME_IMPORT, file.kind());
        assertEquals("./validations", file.fact("module"));
        assertEquals(4, file.line());
        assertEquals(ErrorKind.DEPENDENCY_MISSING, pkg.kind());
        assertEquals("@testing-library/react", pkg.fact("module"));
    }

    @Test
    void parse_shouldReportEsbuildsSyntaxError_whenATestFileDoesNotTransform() {
        // GIVEN vitest's "Error: Transform failed with 1 error:" for a test file
        BuildError error = Logs.first(Logs.own("syntax-token-vitest-transform"));
        // WHEN parsed // THEN esbuild's error, located in the test file
        assertEquals(ErrorKind.SYNTAX_TOKEN, error.kind());
        assertEquals("src/data/storage.test.ts", error.file());
        assertEquals(59, error.line());
    }

    @Test
    void parse_shouldKeepExpectedAndActual_whenAnAssertionFails() {
        // GIVEN "AssertionError: expected 1 to be 2 // Object.is equality"
        BuildError error = Logs.first(Logs.own("unknown-vitest-assertion"));
        // WHEN parsed // THEN unknown (no leaf fits a failed expectation), with what was expected and what came
        assertEquals(ErrorKind.UNKNOWN, error.kind());
        assertEquals("2", error.fact("expected"));
        assertEquals("1", error.fact("actual"));
        assertEquals("src/journeys/first-recipe.test.ts", error.file());
    }

    @Test
    void parse_shouldReportTheUncaughtException_whenVitestListsUnhandledErrors() {
        // GIVEN all tests passed but a timer threw after one of them
        BuildError error = Logs.first(Logs.own("unknown-vitest-unhandled-rejection"));
        // WHEN parsed // THEN the thrown error, where it was thrown
        assertEquals("Error: sync worker crashed", error.message());
        assertEquals("src/data/storage.test.ts", error.file());
        assertEquals(59, error.line());
    }

    @Test
    void parse_shouldReportConfiguration_whenVitestFindsNoTestFiles() {
        // GIVEN "No test files found, exiting with code 1"
        // WHEN parsed // THEN configuration
        assertEquals(ErrorKind.CONFIGURATION, Logs.first(Logs.own("configuration-vitest-no-test-files")).kind());
    }

    @Test
    void parse_shouldFallBackToTheSummaryTree_whenTheDetailedReportWasCutOff() {
        // GIVEN a real vitest run cut right after its summary tree (the runner's output cap kept only the head)
        String log = Logs.own("resource-timeout-vitest-test-timeout");
        String head = log.substring(0, log.indexOf("⎯⎯⎯⎯⎯⎯⎯ Failed Tests"));
        // WHEN parsed // THEN the tree's "→ Test timed out in 300ms." is the error
        BuildError error = Logs.first(head + "... 2048 bytes of output omitted ...\n");
        assertEquals(ErrorKind.RESOURCE_TIMEOUT, error.kind());
    }

    @Test
    void parse_shouldIgnoreWhatTestsPrinted_whenAStderrBlockContainsAnError() {
        // GIVEN a failing run in which a passing test logged an error of its own on purpose
        String log = """
                > nexusgen-build stage=test command=npx vitest run
                stderr | src/data/storage.test.ts > storage > survives a broken store
                Error: ENOENT: no such file or directory, open 'store.json'

                 FAIL  src/data/storage.test.ts > storage > hands out distinct ids
                ReferenceError: makeId is not defined
                 ❯ src/data/storage.test.ts:59:5

                > nexusgen-build stage=test exit=1 elapsed_ms=2301
                """;
        // WHEN parsed // THEN only the failure
        List<BuildError> errors = Logs.parse(log);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(ErrorKind.RUNTIME_IMPORT, errors.get(0).kind());
        assertEquals("makeId", errors.get(0).fact("identifier"));
        assertTrue(errors.get(0).message().startsWith("ReferenceError"));
    }
}
