package com.nexusgen.builds;

import com.nexusgen.domain.code.AppPaths;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One build of one version of an app.
 *
 * @param buildId  names the build in logs and blob keys; letters, digits, '-', '_' and '.'
 * @param files    the app's files by relative path (what a version's manifest holds)
 * @param basePath the public path the built app is served under ({@code /preview/{project}/{version}/}); passed to
 *                 {@code vite build --base} so that asset URLs and the router's basename resolve there
 * @param limits   what the build may use
 */
public record BuildRequest(String buildId, Map<String, String> files, String basePath, BuildLimits limits) {
    private static final Pattern BUILD_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Pattern BASE_PATH = Pattern.compile("/([A-Za-z0-9._-]+/)*");

    public BuildRequest {
        if (buildId == null || !BUILD_ID.matcher(buildId).matches()) {
            throw new IllegalArgumentException("buildId must be 1-128 letters, digits, '.', '_' or '-': " + buildId);
        }
        Objects.requireNonNull(files, "files");
        TreeMap<String, String> safe = new TreeMap<>();
        files.forEach((path, content) -> safe.put(AppPaths.requireSafe(path), Objects.requireNonNull(content, path)));
        files = java.util.Collections.unmodifiableSortedMap(safe);
        basePath = basePath == null ? "/" : basePath;
        if (!BASE_PATH.matcher(basePath).matches()) {
            throw new IllegalArgumentException("basePath must start and end with '/' and hold plain segments: " + basePath);
        }
        limits = limits == null ? BuildLimits.DEFAULT : limits;
    }

    public BuildRequest(String buildId, Map<String, String> files) {
        this(buildId, files, "/", BuildLimits.DEFAULT);
    }
}
