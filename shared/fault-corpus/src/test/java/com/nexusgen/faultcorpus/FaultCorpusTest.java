package com.nexusgen.faultcorpus;

import com.nexusgen.domain.builds.ErrorKind;
import com.nexusgen.domain.code.FileOperation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corpus is only worth something if every fault really breaks a real build the way its case says, and the apps
 * it starts from really build. This checks the cases' shape and coverage and builds every base for real; that every
 * case fails its build with its recorded error (and is classified as its kind) is checked by the first pass of
 * local/'s FaultCorpusHealingTest, which builds every case anyway. {@code CaptureFaultLogs} writes the logs.
 */
class FaultCorpusTest {
    /** Leaves with no case, each with the reason in the corpus README. */
    private static final Set<ErrorKind> EXCLUDED = Set.of(ErrorKind.RESOURCE_CPU, ErrorKind.UNKNOWN);
    /** The runner, not a tool, reports this leaf, and one oversized asset is all there is to it. */
    private static final Set<ErrorKind> SINGLE_CASE = Set.of(ErrorKind.RESOURCE_DISK);
    private static final Path TARGET_LOGS = Path.of("target", "fault-logs");
    private static final Path SHARED_LOGS = Path.of("/tmp", "fault-logs");

    private static final Map<String, RunnerLikeBuild.Outcome> OUTCOMES = new ConcurrentSkipListMap<>();

    private static ExecutorService builds;
    private static long started;

    @BeforeAll
    static void startPool() {
        builds = Executors.newFixedThreadPool(2);
        started = System.nanoTime();
    }

    @AfterAll
    static void stopPool() throws IOException {
        builds.close();
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        // One line per build, so slow cases and the wall time can be compared between runs.
        StringBuilder summary = new StringBuilder("FaultCorpusTest wall time: " + wall.toSeconds() + " s\n");
        OUTCOMES.forEach((id, o) -> summary.append(id).append('\t').append(o.ok() ? "ok" : o.failedStep())
                .append("\texit ").append(o.exitCode()).append('\t').append(o.elapsed().toMillis()).append(" ms\n"));
        Files.createDirectories(TARGET_LOGS);
        Files.writeString(TARGET_LOGS.resolve("summary.txt"), summary);
        System.out.println("FaultCorpusTest wall time: " + wall.toSeconds() + " s");
    }

    @Test
    void casesAreWellFormedAndCoverEveryLeafThatCanHappenInAJsBuild() {
        List<FaultCase> cases = FaultCorpus.cases();
        assertTrue(cases.size() >= 44, "only " + cases.size() + " cases");
        Set<String> ids = new HashSet<>();
        Map<ErrorKind, Integer> perKind = new EnumMap<>(ErrorKind.class);
        for (FaultCase c : cases) {
            assertTrue(ids.add(c.id()), "duplicate id " + c.id());
            assertTrue(c.id().matches("[a-z0-9-]+"), c.id());
            assertTrue(FaultCorpus.bases().containsKey(c.base()), c.id() + ": unknown base " + c.base());
            assertFalse(c.description().isBlank(), c.id());
            assertFalse(c.operations().isEmpty() && c.sizedFiles().isEmpty(), c.id() + " changes nothing");
            assertFalse(c.expect().message() == null || c.expect().message().isBlank(), c.id() + " has no expected message");
            perKind.merge(c.kind(), 1, Integer::sum);
        }
        for (ErrorKind kind : ErrorKind.values()) {
            int n = perKind.getOrDefault(kind, 0);
            if (EXCLUDED.contains(kind)) {
                assertEquals(0, n, kind.wireName() + " is listed as excluded in the README");
            } else {
                assertTrue(n >= (SINGLE_CASE.contains(kind) ? 1 : 2), kind.wireName() + " has " + n + " cases");
            }
        }
        assertEquals(Set.of("recipes", "gym", "finance", "kanban"),
                cases.stream().map(FaultCase::base).collect(Collectors.toSet()));
    }

    @Test
    void materializeWritesTheBaseWithTheOperationsAppliedAndTheModesSet(@TempDir Path dir) throws IOException {
        FaultCase c = FaultCorpus.byId("runtime-permission-prebuild");
        FaultCorpus.materialize(c, dir);
        Map<String, String> base = FaultCorpus.baseFiles(c.base());
        assertEquals(base.get("src/App.tsx"), Files.readString(dir.resolve("src/App.tsx")));
        assertTrue(Files.readString(dir.resolve("package.json")).contains("\"prebuild\": \"./scripts/check-node-version.sh\""));
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(dir.resolve("scripts/check-node-version.sh"));
        assertEquals(FaultCorpus.permissions("644"), mode);
        assertNotEquals(base.get("package.json"), FaultCorpus.files(c).get("package.json"));
    }

    @Test
    void sizedFilesHaveExactlyTheirSize(@TempDir Path dir) throws IOException {
        FaultCase c = FaultCorpus.byId("resource-disk-seed-data");
        FaultCorpus.materialize(c, dir);
        for (var sized : c.sizedFiles().entrySet()) {
            assertEquals(sized.getValue(), Files.size(dir.resolve(sized.getKey())));
            assertEquals(sized.getValue(), FaultCorpus.files(c).get(sized.getKey()).length());
        }
    }

    @Test
    void everyOperationAppliesToItsBase() {
        for (FaultCase c : FaultCorpus.cases()) {
            Map<String, String> files = FaultCorpus.files(c);
            for (FileOperation op : c.operations()) {
                if (op.kind() == FileOperation.Kind.DELETE) {
                    assertFalse(files.containsKey(op.path()), c.id());
                } else {
                    assertTrue(files.containsKey(op.path()), c.id() + ": " + op.path());
                }
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyBaseAppBuildsAndPassesItsTests() {
        List<String> bases = List.copyOf(FaultCorpus.bases().keySet());
        List<Future<RunnerLikeBuild.Outcome>> outcomes = new ArrayList<>();
        for (String base : bases) {
            outcomes.add(builds.submit(() -> record("base " + base, buildBase(base))));
        }
        return bases.stream().map(base -> DynamicTest.dynamicTest(base, () -> {
            RunnerLikeBuild.Outcome outcome = outcomes.get(bases.indexOf(base)).get();
            assertTrue(outcome.ok(), base + " failed at " + outcome.failedStep() + ":\n" + tail(outcome.log()));
        }));
    }

    private static RunnerLikeBuild.Outcome record(String name, RunnerLikeBuild.Outcome outcome) {
        OUTCOMES.put(name, outcome);
        return outcome;
    }

    private static RunnerLikeBuild.Outcome buildBase(String base) throws IOException {
        Path dir = Files.createTempDirectory("fault-base-" + base + "-");
        try {
            Map<String, String> files = FaultCorpus.baseFiles(base);
            for (var file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            }
            RunnerLikeBuild.Outcome outcome = RunnerLikeBuild.run(dir);
            Path logs = TARGET_LOGS.resolve("bases");
            Files.createDirectories(logs);
            Files.writeString(logs.resolve(base + ".log"), outcome.log());
            return outcome;
        } finally {
            CaptureFaultLogs.deleteTree(dir);
        }
    }

    /** The end of a log, where the errors are, short enough for a failure message. */
    private static String tail(String log) {
        return log.length() <= 4000 ? log : "..." + log.substring(log.length() - 4000);
    }
}
