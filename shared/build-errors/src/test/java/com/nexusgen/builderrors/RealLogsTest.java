package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every captured log parses to errors whose first has the kind the log's name promises. */
class RealLogsTest {

    static Stream<String> ownLogs() {
        return Logs.names(Logs.OWN).stream();
    }

    static Stream<String> corpusLogs() {
        return Logs.names(Logs.CORPUS).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ownLogs")
    void parse_shouldPutTheNamedKindFirst_whenGivenALogCapturedForThisModule(String name) {
        // GIVEN a log captured from a real failing (or, for ok-*, passing) build
        String log = Logs.read(Logs.OWN, name);
        // WHEN it is parsed
        List<BuildError> errors = Logs.parse(log);
        // THEN a passing build has no errors, a failing one has its named kind first
        if (name.startsWith("ok-")) {
            assertEquals(List.of(), errors);
            return;
        }
        ErrorKind expected = Logs.expectedKind(name).orElseThrow(() -> new AssertionError("no kind in the name " + name));
        assertFalse(errors.isEmpty(), name);
        assertEquals(expected, errors.get(0).kind(), name + ": " + errors.get(0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusLogs")
    void parse_shouldPutTheNamedKindFirst_whenGivenAFaultCorpusLog(String name) {
        // GIVEN a log of the fault corpus, named after the kind of fault it injected
        String log = Logs.read(Logs.CORPUS, name);
        // WHEN it is parsed
        List<BuildError> errors = Logs.parse(log);
        // THEN at least one error, the first of the injected kind
        ErrorKind expected = Logs.expectedKind(name).orElseThrow(() -> new AssertionError("no kind in the name " + name));
        assertFalse(errors.isEmpty(), name);
        assertEquals(expected, errors.get(0).kind(), name + ": " + errors.get(0));
    }

    @Test
    void fixtures_shouldCoverEveryLeafOfTheTaxonomy() {
        // GIVEN all captured logs // WHEN their names' kinds are collected
        Set<ErrorKind> covered = EnumSet.noneOf(ErrorKind.class);
        Stream.concat(ownLogs(), corpusLogs()).forEach(n -> Logs.expectedKind(n).ifPresent(covered::add));
        // THEN every leaf has at least one real log
        Set<ErrorKind> missing = EnumSet.complementOf(EnumSet.copyOf(covered));
        assertTrue(missing.isEmpty(), "leaves without a real log: " + missing);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ownLogs")
    void parse_shouldReportAppRelativeFiles_whenTheLogNamesAbsolutePaths(String name) {
        // GIVEN a real log, whose tools print absolute paths under the build folder
        List<BuildError> errors = Logs.parse(Logs.read(Logs.OWN, name));
        // WHEN its errors' files are read // THEN none names the build folder, and all use forward slashes
        for (BuildError e : errors) {
            if (e.file() != null) {
                assertFalse(e.file().startsWith("/"), e.toString());
                assertFalse(e.file().contains("nexusgen-build-"), e.toString());
                assertFalse(e.file().contains("\\"), e.toString());
            }
            String path = e.fact("path");
            if (path != null) {
                assertFalse(path.contains("nexusgen-build-"), e.toString());
            }
        }
    }
}
