package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runner's frames and limits, stage outcomes, and logs without frames. */
class RunnerLogTest {

    @Test
    void parse_shouldReportTheTimeout_whenTheRunnerKilledAStageThatPrintedNothingWrong() {
        // GIVEN a test run killed at the wall-time limit after one passing file
        List<BuildError> errors = Logs.parse(Logs.own("resource-timeout-runner-limit"));
        // WHEN parsed // THEN only the timeout, with its limit
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(ErrorKind.RESOURCE_TIMEOUT, errors.get(0).kind());
        assertEquals("runner", errors.get(0).tool());
        assertEquals("8000 ms", errors.get(0).fact("limit"));
    }

    @Test
    void parse_shouldReportTheDistLimit_whenTheBuildPassedButItsOutputIsTooBig() {
        // GIVEN a passing build with a 26 MB public asset and the runner's dist check, framed or bare
        BuildError framed = Logs.first(Logs.own("resource-disk-runner-dist-limit"));
        BuildError bare = Logs.first(Logs.own("resource-disk-harness-dist-limit"));
        // WHEN parsed // THEN resource.disk with the limit
        assertEquals(ErrorKind.RESOURCE_DISK, framed.kind());
        assertEquals("20971520 bytes", framed.fact("limit"));
        assertEquals(ErrorKind.RESOURCE_DISK, bare.kind());
    }

    @Test
    void parse_shouldKeepTheRealErrorFirst_whenTheOutputCapCutTheMiddleOfTheLog() {
        // GIVEN 300 tsc errors cut by the output cap: a marker line in the middle, limit=output before the footer
        List<BuildError> errors = Logs.parse(Logs.own("configuration-runner-output-limit"));
        // WHEN parsed // THEN the tsc errors first and the cap last, the marker tolerated
        assertEquals(ErrorKind.CONFIGURATION, errors.get(0).kind());
        BuildError last = errors.get(errors.size() - 1);
        assertEquals("limit=output", last.code());
        assertEquals(ErrorKind.RESOURCE_DISK, last.kind());
    }

    @Test
    void parse_shouldDropErrorsOfPassingStages_whenALaterStageFailed() {
        // GIVEN a build that passed (an "error" in its output notwithstanding) and a test stage that failed
        String log = """
                > nexusgen-build stage=build command=npm run build
                src/legacy.ts(1,1): error TS2304: Cannot find name 'legacy'.
                > nexusgen-build stage=build exit=0 elapsed_ms=5000
                > nexusgen-build stage=test command=npx vitest run
                 FAIL  src/a.test.ts > a > works
                TypeError: Cannot read properties of null (reading 'id')
                 ❯ src/a.ts:3:10
                > nexusgen-build stage=test exit=1 elapsed_ms=900
                """;
        // WHEN parsed // THEN only the test's error
        List<BuildError> errors = Logs.parse(log);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(ErrorKind.TYPE_NULL, errors.get(0).kind());
        assertEquals("src/a.ts", errors.get(0).file());
    }

    @Test
    void parse_shouldReportTheMostInformativeLine_whenAStageFailedWithoutARecognisedError() {
        // GIVEN a stage that failed with output no reader knows
        String log = """
                > nexusgen-build stage=build command=npm run build
                building...
                Build step "sitemap" failed: 3 pages have no title
                done
                > nexusgen-build stage=build exit=1 elapsed_ms=1200
                """;
        // WHEN parsed // THEN one unknown error holding the line that says it failed
        BuildError error = Logs.first(log);
        assertEquals(ErrorKind.UNKNOWN, error.kind());
        assertEquals("Build step \"sitemap\" failed: 3 pages have no title", error.message());
        assertEquals("exit 1", error.code());
    }

    @Test
    void parse_shouldReadTheExitStatus_whenAStageWasKilledWithoutAWord() {
        // GIVEN a stage killed by SIGKILL (exit 137) with no limit reported: the OOM killer
        String log = """
                > nexusgen-build stage=build command=npm run build
                vite v6.4.6 building for production...
                transforming...
                Killed
                > nexusgen-build stage=build exit=137 elapsed_ms=40000
                """;
        // WHEN parsed // THEN resource.memory
        assertEquals(ErrorKind.RESOURCE_MEMORY, Logs.first(log).kind());
    }

    @Test
    void parse_shouldReportNothing_whenAllStagesPassed() {
        // GIVEN the build stage of the dist-limit log alone (it passed)
        String log = Logs.own("resource-disk-runner-dist-limit").replaceAll("(?m)^> nexusgen-build limit=.*$", "");
        // WHEN parsed // THEN no errors
        assertEquals(List.of(), Logs.parse(log));
    }

    @Test
    void parse_shouldInferTheStages_whenALogHasShellCommandLinesInsteadOfFrames() {
        // GIVEN a log from a harness that prints "$ npm run build" before each command
        BuildError error = Logs.first(Logs.own("runtime-permission-harness-pretest"));
        // WHEN parsed // THEN the shell's complaint in an npm script is npm's
        assertEquals(ErrorKind.RUNTIME_PERMISSION, error.kind());
        assertEquals("npm", error.tool());
    }

    @Test
    void parse_shouldReportTheLineThatSaysItFailed_whenCommandsWithoutExitCodesPrintNothingKnown() {
        // GIVEN a harness's log: commands, no exit codes, and a failure no reader knows
        String log = """
                $ npm ci --no-audit --no-fund
                added 109 packages in 13s
                $ npm run build
                prerender: 2 of 14 routes could not be rendered
                Error rendering /settings: Minified React error #418
                """;
        // WHEN parsed // THEN one unknown error from the stage that said it failed, npm's
        List<BuildError> errors = Logs.parse(log);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(ErrorKind.UNKNOWN, errors.get(0).kind());
        assertEquals("Error rendering /settings: Minified React error #418", errors.get(0).message());
        assertEquals("npm", errors.get(0).tool());
    }

    @Test
    void parse_shouldReadPlainToolOutput_whenTheLogHasNoFramesAtAll() {
        // GIVEN tsc's output pasted as is
        String log = "src/pages/Home.tsx(3,10): error TS2305: Module '\"react-router-dom\"' has no exported member 'Switch'.\n";
        // WHEN parsed // THEN the error
        BuildError error = Logs.first(log);
        assertEquals(ErrorKind.RUNTIME_IMPORT, error.kind());
        assertEquals("Switch", error.fact("identifier"));
    }

    @Test
    void parse_shouldReportNothing_whenPlainOutputSaysNothingFailed() {
        // GIVEN output that does not sound like a failure // WHEN parsed // THEN no errors
        assertEquals(List.of(), Logs.parse("vite v6.4.6 building for production...\n✓ built in 2.02s\n"));
    }

    @Test
    void parse_shouldMakePathsRelativeToTheGivenRoot_whenTheCallerKnowsIt() {
        // GIVEN an esbuild error under a root without a src folder in the path
        String log = "/work/builds/b-42/app/lib/util.ts:3:10: ERROR: Unexpected \"=\"\n";
        // WHEN parsed with and without the root
        BuildError withRoot = BuildLogParser.parse(log, "/work/builds/b-42/app").get(0);
        BuildError without = BuildLogParser.parse(log).get(0);
        // THEN the root is cut when given; without it, a path outside src/ stays as printed
        assertEquals("lib/util.ts", withRoot.file());
        assertEquals("/work/builds/b-42/app/lib/util.ts", without.file());
        assertEquals(11, withRoot.column());
    }

    @Test
    void parse_shouldReturnNoErrors_whenTheLogIsEmpty() {
        assertEquals(List.of(), BuildLogParser.parse(""));
        assertEquals(List.of(), BuildLogParser.parse(null));
        assertEquals(List.of(), BuildLogParser.parse("\n\n   \n"));
    }

    @Test
    void parse_shouldReportTheFirstStageFailure_whenAMultiStageLogFailsInTests() {
        // GIVEN build passed, then tests failed on a null property
        List<BuildError> errors = Logs.parse(Logs.own("type-null-multistage-build-then-test"));
        // WHEN parsed // THEN the null error first, no error from the passing build stage
        assertEquals(ErrorKind.TYPE_NULL, errors.get(0).kind());
        assertTrue(errors.stream().allMatch(e -> "vitest".equals(e.tool())), errors.toString());
        assertNull(errors.get(0).code());
    }
}
