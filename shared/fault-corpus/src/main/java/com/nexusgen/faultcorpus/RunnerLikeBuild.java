package com.nexusgen.faultcorpus;

import com.nexusgen.builds.BuildLimits;
import com.nexusgen.builds.BuildRequest;
import com.nexusgen.builds.BuildResult;
import com.nexusgen.builds.LocalBuildRunner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A case's real build: the app folder's files through the local build runner, CodeBuild's stand-in, so a captured
 * log is exactly what the self-healing loop reads (install with the lock synced when needed, build, dist size,
 * test; the first failing stage ends the build).
 */
public final class RunnerLikeBuild {
    /** The runner's defaults: wall time for the whole build and the largest dist it accepts. */
    public static final Duration WALL_TIME = BuildLimits.DEFAULT.wallTime();
    public static final long DIST_LIMIT_BYTES = BuildLimits.DEFAULT.distCapBytes();
    private static final LocalBuildRunner RUNNER = LocalBuildRunner.withDefaults();

    /**
     * How a build ended: {@code failedStep} is the runner's failed stage (install, build, test, or limits for the
     * dist size), null when everything passed.
     */
    public record Outcome(String failedStep, int exitCode, String log, Duration elapsed) {
        public boolean ok() {
            return failedStep == null;
        }
    }

    private RunnerLikeBuild() {
    }

    public static Outcome run(Path app) {
        try {
            BuildResult result = RUNNER.build(new BuildRequest("corpus-" + UUID.randomUUID(), read(app)));
            return new Outcome(result.failedStage(), result.exitCode(), result.log(), result.duration());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building " + app, e);
        }
    }

    /** The app's files as text, without what installs and builds write. */
    private static Map<String, String> read(Path app) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(app)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String relative = app.relativize(path).toString().replace('\\', '/');
                if (!relative.startsWith("node_modules/") && !relative.startsWith("dist/") && !relative.startsWith(".vite-cache/")) {
                    files.put(relative, Files.readString(path, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + app, e);
        }
        return files;
    }
}
