package com.nexusgen.builds;

import com.nexusgen.domain.builds.BuildStatus;

import java.time.Duration;
import java.util.Map;

/**
 * How a build ended.
 *
 * @param status      succeeded, failed, or stopped at the wall-time limit
 * @param exitCode    the failing command's exit code (0 on success, 124 on timeout)
 * @param failedStage {@code install}, {@code build}, {@code test} or {@code limits}; null on success
 * @param log         every stage's output between the runner's {@code > nexusgen-build} header and footer lines
 * @param dist        the built {@code dist/} folder by relative path, on success only
 * @param updatedFiles files the build changed in the app itself: {@code package-lock.json} when it had to be brought
 *                    in line with package.json (what {@code npm install} does on a developer's machine)
 */
public record BuildResult(String buildId, BuildStatus status, int exitCode, String failedStage, Duration duration,
                          String log, Map<String, byte[]> dist, Map<String, String> updatedFiles) {
    public BuildResult {
        dist = dist == null ? Map.of() : java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(dist));
        updatedFiles = updatedFiles == null ? Map.of() : Map.copyOf(updatedFiles);
    }

    public boolean succeeded() {
        return status == BuildStatus.SUCCEEDED;
    }

    public long distBytes() {
        return dist.values().stream().mapToLong(body -> body.length).sum();
    }
}
