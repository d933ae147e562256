package com.nexusgen.faultcorpus;

import com.nexusgen.appgen.NpmApp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs cases through {@link RunnerLikeBuild} and writes each log to {@code <id>.log} in the given folders. Usage:
 * {@code CaptureFaultLogs <out-dir>[,<out-dir>...] [case-id...]} (no ids: every case). Two builds run at a time, as
 * many as the build machines have cores.
 */
public final class CaptureFaultLogs {
    private CaptureFaultLogs() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> outs = Arrays.stream(args[0].split(",")).map(Path::of).toList();
        List<FaultCase> cases = args.length > 1
                ? Arrays.stream(args, 1, args.length).map(FaultCorpus::byId).toList()
                : FaultCorpus.cases();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<String>> results = cases.stream().map(c -> pool.submit(() -> {
                RunnerLikeBuild.Outcome outcome = capture(c, outs);
                return c.id() + " -> " + (outcome.ok() ? "PASSED" : outcome.failedStep() + " exit " + outcome.exitCode())
                        + " in " + outcome.elapsed().toMillis() + " ms";
            })).toList();
            for (Future<String> result : results) {
                System.out.println(result.get());
            }
        }
    }

    /** Materializes the case in a temporary folder, builds it, writes the log to every folder of {@code outs}. */
    public static RunnerLikeBuild.Outcome capture(FaultCase c, List<Path> outs) throws IOException {
        Path dir = Files.createTempDirectory("fault-" + c.id() + "-");
        try {
            RunnerLikeBuild.Outcome outcome = RunnerLikeBuild.run(FaultCorpus.materialize(c, dir));
            for (Path out : outs) {
                Files.createDirectories(out);
                Files.writeString(out.resolve(c.id() + ".log"), outcome.log());
            }
            return outcome;
        } finally {
            deleteTree(dir);
        }
    }

    /** Removes a build folder; node_modules in it is a link, removed as a link and never followed. */
    static void deleteTree(Path root) {
        try {
            NpmApp.deleteTree(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
