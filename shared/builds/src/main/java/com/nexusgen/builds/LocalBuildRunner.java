package com.nexusgen.builds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexusgen.appgen.NpmApp;
import com.nexusgen.domain.builds.BuildStatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;

/**
 * CodeBuild's stand-in on one machine. Each build gets a private folder (deleted afterwards), its dependencies come
 * from {@link NpmApp}'s shared cache keyed by the lock file (so the network and the disk see one install per lock),
 * and it runs the same three stages as the buildspec: install, {@code npm run build}, {@code npm test}. At most
 * {@code concurrency} builds run at once, because tsc and vite each keep a core busy; the others wait their turn.
 * <p>
 * The log is written as the buildspec's would be, one header and one footer line per stage
 * ({@code > nexusgen-build stage=build command=... / exit=... elapsed_ms=...}) and a {@code limit=} line when the
 * runner itself stopped the build, so the log parser reads both the same way.
 */
public final class LocalBuildRunner implements BuildRunner {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "> nexusgen-build ";

    private final Path workRoot;
    private final Path dependencyCache;
    private final Semaphore slots;

    /**
     * @param workRoot        where the private build folders are made
     * @param dependencyCache the shared node_modules cache ({@link NpmApp#defaultCacheRoot()})
     * @param concurrency     builds running at once; the machine's cores is the sensible most
     */
    public LocalBuildRunner(Path workRoot, Path dependencyCache, int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
        }
        this.workRoot = Objects.requireNonNull(workRoot, "workRoot");
        this.dependencyCache = Objects.requireNonNull(dependencyCache, "dependencyCache");
        this.slots = new Semaphore(concurrency, true);
    }

    /** Private folders under the system temp folder, the default dependency cache, one build per core. */
    public static LocalBuildRunner withDefaults() {
        return new LocalBuildRunner(Path.of(System.getProperty("java.io.tmpdir"), "nexusgen-builds"),
                NpmApp.defaultCacheRoot(), Runtime.getRuntime().availableProcessors());
    }

    @Override
    public BuildResult build(BuildRequest request) throws InterruptedException {
        slots.acquire();
        try {
            Files.createDirectories(workRoot);
            Path folder = Files.createTempDirectory(workRoot, "build-" + request.buildId() + "-");
            try {
                return new Run(request, folder.resolve("app")).execute();
            } finally {
                NpmApp.deleteTree(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("build " + request.buildId() + " could not use its folder", e);
        } finally {
            slots.release();
        }
    }

    /** One build's stages; a new instance per build. */
    private final class Run {
        private final BuildRequest request;
        private final Path app;
        private final long start = System.nanoTime();
        private final StringBuilder log = new StringBuilder();
        private final Map<String, String> updatedFiles = new LinkedHashMap<>();
        private String lastStage;

        Run(BuildRequest request, Path app) {
            this.request = request;
            this.app = app;
        }

        BuildResult execute() throws IOException {
            writeFiles();
            NpmApp.Result failed = install();
            if (failed == null) {
                List<String> base = request.basePath().equals("/") ? List.of() : List.of("--base=" + request.basePath());
                failed = stage("build", "npm run build" + (base.isEmpty() ? "" : " -- " + base.getFirst()),
                        remaining -> NpmApp.run(app, "build", base, remaining));
            }
            if (failed == null) {
                failed = stage("test", "npm test", remaining -> NpmApp.run(app, "test", List.of(), remaining));
            }
            if (failed != null) {
                return result(failed.exitCode() == 124 ? BuildStatus.TIMED_OUT : BuildStatus.FAILED,
                        failed.exitCode(), lastStage, Map.of());
            }
            Map<String, byte[]> dist = readDist();
            long size = dist.values().stream().mapToLong(body -> body.length).sum();
            if (size > request.limits().distCapBytes()) {
                limit("dist", "dist is " + size + " bytes, over the limit of " + request.limits().distCapBytes() + " bytes");
                return result(BuildStatus.FAILED, 1, "limits", Map.of());
            }
            return result(BuildStatus.SUCCEEDED, 0, null, dist);
        }

        /** Brings the lock in line with package.json when they differ, then links the cached dependencies. */
        private NpmApp.Result install() throws IOException {
            if (!lockMatchesManifest()) {
                byte[] before = readOrEmpty(app.resolve("package-lock.json"));
                NpmApp.Result sync = stage("install", "npm install --package-lock-only",
                        remaining -> NpmApp.npm(app, List.of("install", "--package-lock-only", "--no-audit", "--no-fund",
                                "--prefer-offline"), remaining));
                if (sync != null) {
                    return sync;
                }
                byte[] after = readOrEmpty(app.resolve("package-lock.json"));
                if (!java.util.Arrays.equals(before, after)) {
                    updatedFiles.put("package-lock.json", new String(after, StandardCharsets.UTF_8));
                }
            }
            return stage("install", "npm ci (shared cache)", remaining -> NpmApp.install(app, dependencyCache));
        }

        /**
         * Runs one stage with what is left of the wall time; returns its result when it failed, null when it passed.
         */
        private NpmApp.Result stage(String name, String command, java.util.function.Function<Duration, NpmApp.Result> body) {
            lastStage = name;
            Duration remaining = request.limits().wallTime().minusNanos(System.nanoTime() - start);
            log.append(PREFIX).append("stage=").append(name).append(" command=").append(command).append('\n');
            if (remaining.isNegative() || remaining.isZero()) {
                limit("timeout", "the build used its " + request.limits().wallTime().toSeconds() + " s before " + name);
                return new NpmApp.Result(124, "", Duration.ZERO);
            }
            NpmApp.Result result = body.apply(remaining);
            log.append(result.output());
            if (!result.output().isEmpty() && !result.output().endsWith("\n")) {
                log.append('\n');
            }
            log.append(PREFIX).append("stage=").append(name).append(" exit=").append(result.exitCode())
                    .append(" elapsed_ms=").append(result.elapsed().toMillis()).append('\n');
            if (result.exitCode() == 124) {
                limit("timeout", "the build was stopped after " + request.limits().wallTime().toSeconds()
                        + " s (its wall-time limit) during " + name);
            }
            return result.ok() ? null : result;
        }

        private void limit(String which, String message) {
            log.append(PREFIX).append("limit=").append(which).append(" message=").append(message).append('\n');
        }

        private BuildResult result(BuildStatus status, int exitCode, String failedStage, Map<String, byte[]> dist) {
            return new BuildResult(request.buildId(), status, exitCode, failedStage,
                    Duration.ofNanos(System.nanoTime() - start), capped(log.toString(), request.limits().outputCapBytes()),
                    dist, updatedFiles);
        }

        private void writeFiles() throws IOException {
            for (Map.Entry<String, String> file : request.files().entrySet()) {
                Path target = app.resolve(file.getKey()).normalize();
                if (!target.startsWith(app)) {
                    throw new IllegalArgumentException("file outside the app: " + file.getKey());
                }
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            }
        }

        /**
         * Whether package.json asks for exactly what the lock's root package records: {@code npm ci} refuses
         * anything else, and this is cheaper to check than to let it fail.
         */
        private boolean lockMatchesManifest() throws IOException {
            Path lockFile = app.resolve("package-lock.json");
            Path manifestFile = app.resolve("package.json");
            if (!Files.isRegularFile(lockFile) || !Files.isRegularFile(manifestFile)) {
                return !Files.isRegularFile(manifestFile); // no manifest: nothing to sync, install reports it
            }
            JsonNode manifest;
            JsonNode root;
            try {
                manifest = JSON.readTree(manifestFile.toFile());
                root = JSON.readTree(lockFile.toFile()).path("packages").path("");
            } catch (IOException unreadable) {
                return false; // let npm say what is wrong with it, in its own words
            }
            for (String section : List.of("dependencies", "devDependencies", "optionalDependencies")) {
                if (!manifest.path(section).equals(root.path(section))) {
                    return false;
                }
            }
            return true;
        }

        private Map<String, byte[]> readDist() throws IOException {
            Path dist = app.resolve("dist");
            Map<String, byte[]> files = new TreeMap<>();
            if (!Files.isDirectory(dist)) {
                return files;
            }
            try (Stream<Path> paths = Files.walk(dist)) {
                for (Path path : paths.filter(Files::isRegularFile).toList()) {
                    files.put(dist.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
                }
            }
            return files;
        }
    }

    /** The beginning and the end of a log longer than the cap, with how much was left out between them. */
    static String capped(String log, int capBytes) {
        byte[] bytes = log.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= capBytes) {
            return log;
        }
        int half = capBytes / 2;
        String head = new String(bytes, 0, half, StandardCharsets.UTF_8);
        String tail = new String(bytes, bytes.length - half, half, StandardCharsets.UTF_8);
        return head + "\n... " + (bytes.length - 2L * half) + " bytes of output omitted ...\n" + tail;
    }

    private static byte[] readOrEmpty(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
    }
}
