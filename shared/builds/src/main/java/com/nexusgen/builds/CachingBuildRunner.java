package com.nexusgen.builds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A build cache in front of a runner, keyed by everything a build depends on: every file (the lock file pins the
 * dependencies), the base path and the limits. The generated apps' builds are deterministic, so the same input gives
 * the same result; a second run over inputs already built (the fault corpus's second pass, which measures the fix
 * memory rather than npm) costs nothing. In memory, for one process.
 */
public final class CachingBuildRunner implements BuildRunner {
    private final BuildRunner runner;
    private final Map<String, BuildResult> results = new ConcurrentHashMap<>();

    public CachingBuildRunner(BuildRunner runner) {
        this.runner = runner;
    }

    @Override
    public BuildResult build(BuildRequest request) throws InterruptedException {
        String key = key(request);
        BuildResult cached = results.get(key);
        if (cached == null) {
            cached = runner.build(request);
            results.putIfAbsent(key, cached);
        }
        return new BuildResult(request.buildId(), cached.status(), cached.exitCode(), cached.failedStage(),
                cached.duration(), cached.log(), cached.dist(), cached.updatedFiles());
    }

    /** How many distinct inputs were built. */
    public int size() {
        return results.size();
    }

    static String key(BuildRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.basePath() + "\n" + request.limits() + "\n").getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, String> file : request.files().entrySet()) { // sorted by path
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.getValue().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
