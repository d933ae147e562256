package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parser reads whatever a sandboxed build printed: it must never throw (the strict entry point is used here, so
 * that the public safety net cannot hide a failure), whatever the input, and it must be fast on big logs.
 */
class RobustnessTest {

    private static final String[] FRAGMENTS = {
            "> nexusgen-build stage=build command=npm run build\n", "> nexusgen-build stage=build exit=2 elapsed_ms=9\n",
            "> nexusgen-build limit=", "> nexusgen-build stage=", "error TS", "src/a.ts(", "):", " - error TS2304: ",
            "npm error code ", "npm ERR! ", "E404\n", "ERESOLVE\n", "peer react@\"", "✘ [ERROR] ", "    a.ts:1:2:\n",
            " FAIL  src/a.test.ts > x\n", "TypeError: ", " ❯ src/a.ts:1:1\n", "⎯⎯⎯⎯⎯⎯ Unhandled Errors ⎯⎯⎯⎯⎯⎯\n",
            "error during build:\n", "file: /tmp/x/app/src/a.ts:3:", "    at f (file:///x.js:1:2)\n", "failed to load config from ",
            "Transform failed with 1 error:\n", "/abs/app/src/x.tsx:3:10: ERROR: ", "FATAL ERROR: ", "Error [ERR_X]: ",
            "sh: 1: ", ": Permission denied\n", "fatal: ", "$ npm run build\n", "... 99 bytes of output omitted ...\n",
            "'", "\"", "`", "(", ")", "{", "}", "\n", "\r", "\t", "\u001B[31m", "\u001B[0m", "\u0000", "é", "😀", " ", "::",
            "Cannot find module '", "Did you mean '", "Type '", "' is not assignable to type '", "  ", "\n\n", "    "};

    static Stream<String> ownLogs() {
        return Logs.names(Logs.OWN).stream();
    }

    @Test
    void parseStrictly_shouldNeverThrow_whenGivenRandomFragmentsOfRealFormats() {
        // GIVEN thousands of logs stitched at random from the formats' own pieces (seeded: failures reproduce)
        Random random = new Random(20261122L);
        for (int n = 0; n < 3000; n++) {
            StringBuilder log = new StringBuilder();
            int pieces = random.nextInt(60);
            for (int i = 0; i < pieces; i++) {
                log.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                if (random.nextInt(4) == 0) {
                    log.append(random.nextInt(100_000));
                }
            }
            String input = log.toString();
            // WHEN parsed // THEN a list, and well-formed errors
            List<BuildError> errors = assertDoesNotThrow(() -> BuildLogParser.parseStrictly(input, null), input);
            for (BuildError e : errors) {
                assertNotNull(e.kind());
                assertFalse(e.message().isBlank());
                assertTrue(e.line() >= 0 && e.column() >= 0);
                assertDoesNotThrow(() -> ErrorSignature.of(e));
                assertDoesNotThrow(() -> ErrorSignature.text(e));
            }
        }
    }

    @Test
    void parseStrictly_shouldNeverThrow_whenGivenRandomBytes() {
        // GIVEN random bytes decoded as text, and random printable noise
        Random random = new Random(7L);
        for (int n = 0; n < 500; n++) {
            byte[] bytes = new byte[random.nextInt(4096)];
            random.nextBytes(bytes);
            String binary = new String(bytes, StandardCharsets.UTF_8);
            StringBuilder printable = new StringBuilder();
            for (int i = 0; i < 2000; i++) {
                printable.append((char) (32 + random.nextInt(95)));
                if (random.nextInt(40) == 0) {
                    printable.append('\n');
                }
            }
            // WHEN parsed // THEN no exception
            assertDoesNotThrow(() -> BuildLogParser.parseStrictly(binary, null));
            assertDoesNotThrow(() -> BuildLogParser.parseStrictly(printable.toString(), "/tmp/app"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ownLogs")
    void parseStrictly_shouldNeverThrow_whenARealLogIsCutAnywhere(String name) {
        // GIVEN a real log truncated at 40 places, and with its middle replaced by the runner's cap marker
        String log = Logs.own(name);
        for (int k = 1; k <= 40; k++) {
            int cut = (int) ((long) log.length() * k / 41);
            String head = log.substring(0, cut);
            String tail = log.substring(cut);
            String capped = head + "\n... " + (log.length() / 3) + " bytes of output omitted ...\n" + tail.substring(tail.length() / 2);
            // WHEN parsed // THEN no exception
            assertDoesNotThrow(() -> BuildLogParser.parseStrictly(head, null), name + " cut at " + cut);
            assertDoesNotThrow(() -> BuildLogParser.parseStrictly(tail, null), name + " from " + cut);
            assertDoesNotThrow(() -> BuildLogParser.parseStrictly(capped, null), name + " capped at " + cut);
        }
    }

    @Test
    void parseStrictly_shouldNeverThrow_whenALineIsMegabytesLong() {
        // GIVEN single lines of a megabyte: a minified bundle, a quote never closed, a tsc line with a huge type
        String minified = "x".repeat(1 << 20);
        String quotes = "Cannot find module '" + "a'b\"c`".repeat(150_000);
        String tsc = "src/a.ts(1,1): error TS2322: Type '" + "{ a: string; ".repeat(80_000) + "' is not assignable to type 'B'.";
        // WHEN parsed // THEN no exception, and the tsc line still read
        assertDoesNotThrow(() -> BuildLogParser.parseStrictly(minified, null));
        assertDoesNotThrow(() -> BuildLogParser.parseStrictly(quotes, null));
        List<BuildError> errors = BuildLogParser.parseStrictly(tsc, null);
        assertEquals("TS2322", errors.get(0).code());
        assertTrue(ErrorSignature.of(errors.get(0)).length() <= ErrorSignature.MAX_LENGTH);
    }

    @Test
    void signature_shouldNeverThrow_whenAnErrorIsHugeOrOdd() {
        // GIVEN errors built by other modules: a megabyte message, facts of every shape, unbalanced quotes
        String huge = "Type '" + "{ a: '/x/y/z.ts' | \"q\" ".repeat(50_000);
        List<BuildError> errors = List.of(
                new BuildError("tsc", "/abs/x.ts", 1, 1, "TS2322", huge, ErrorKind.TYPE_MISMATCH,
                        Map.of("actual", huge, "module", "/".repeat(100_000), "peer", "@\"")),
                new BuildError("npm", null, 0, 0, null, "'\"`'\"`", ErrorKind.DEPENDENCY_PEER,
                        Map.of("module", "@", "peer", "x@")),
                new BuildError("x", null, 0, 0, "", " ", ErrorKind.NETWORK, null));
        // WHEN signed // THEN no exception, and within bounds
        for (BuildError e : errors) {
            String signature = assertDoesNotThrow(() -> ErrorSignature.of(e));
            assertTrue(signature.length() <= ErrorSignature.MAX_LENGTH);
            assertTrue(assertDoesNotThrow(() -> ErrorSignature.text(e)).length() <= 1000);
        }
    }

    @Test
    void parse_shouldTolerateOnlyMarkersAndFrames_whenTheOutputWasEntirelyCut() {
        // GIVEN a stage whose whole output was replaced by the cap marker
        String log = """
                > nexusgen-build stage=build command=npm run build
                ... 1048576 bytes of output omitted ...
                > nexusgen-build limit=output message=output exceeded 1048576 bytes
                > nexusgen-build stage=build exit=2 elapsed_ms=9000
                """;
        // WHEN parsed // THEN the cap is the only error, and the marker is not an error message
        List<BuildError> errors = BuildLogParser.parseStrictly(log, null);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("limit=output", errors.get(0).code());
    }

    @Test
    void parse_shouldParseAMegabyteLogQuickly() {
        // GIVEN a log of over 1 MB made of real captured logs
        StringBuilder big = new StringBuilder();
        List<String> names = Logs.names(Logs.OWN);
        int i = 0;
        while (big.length() < (1 << 20)) {
            big.append(Logs.own(names.get(i++ % names.size())));
        }
        String log = big.toString();
        // WHEN parsed, after the JIT has seen the code a few times
        for (int warm = 0; warm < 15; warm++) {
            BuildLogParser.parse(log);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long bestWall = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        int errors = 0;
        for (int run = 0; run < 7; run++) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            errors = BuildLogParser.parse(log).size();
            bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - cpu);
            bestWall = Math.min(bestWall, System.nanoTime() - wall);
        }
        double wallMillis = bestWall / 1e6;
        double cpuMillis = bestCpu / 1e6;
        System.out.printf("parsed %,d bytes (%,d lines) into %d errors in %.1f ms wall, %.1f ms CPU (best of 7, warm)%n",
                log.length(), log.lines().count(), errors, wallMillis, cpuMillis);
        // THEN about 20-30 ms of CPU when warm; the bound is loose because build machines are shared and busy
        assertTrue(cpuMillis < 100, "parsing 1 MB took " + cpuMillis + " ms of CPU");
    }
}
