package com.nexusgen.builderrors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the paths tools print app-relative with forward slashes ({@code /tmp/nexusgen-build-123/app/src/x.ts} becomes
 * {@code src/x.ts}), so that errors name files the way the project's file list does and no build folder leaks into
 * the fix memory. The app root comes from the caller when it knows it, else from lines that state it (vitest's RUN
 * line, vite's "failed to load config from", npm's package.json path, tsc's config path); failing both, a path is cut
 * at its last {@code /src/} or {@code /public/} or reduced to a known top-level file.
 */
final class AppPaths {

    static final Set<String> TOP_LEVEL_FILES = Set.of(
            "package.json", "package-lock.json", "npm-shrinkwrap.json", "tsconfig.json", "tsconfig.app.json", "tsconfig.node.json",
            "vite.config.ts", "vite.config.js", "vite.config.mjs", "vite.config.mts", "vitest.config.ts",
            "vitest.config.js", "index.html", ".env", ".npmrc", "postcss.config.js", "postcss.config.cjs",
            "tailwind.config.js", "tailwind.config.ts", "eslint.config.js");
    private static final List<String> CUT_AT = List.of("/src/", "/public/", "/scripts/", "/tests/", "/test/");

    private static final List<Pattern> ROOT_STATEMENTS = List.of(
            Pattern.compile("^\\s*RUN\\s+v\\d\\S*\\s+(\\S.*?)\\s*$"),
            Pattern.compile("failed to load config from (\\S.*?)/vite\\.config\\.[cm]?[jt]s\\s*$"),
            Pattern.compile("in config file '(\\S.*?)/tsconfig(?:\\.\\w+)?\\.json'"),
            Pattern.compile("^npm (?:error|ERR!) path (\\S.*?)/package\\.json\\s*$"));

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:/.*");
    private static final Pattern FILE_URL_DRIVE = Pattern.compile("^/[A-Za-z]:/.*");

    private final List<String> roots;

    private AppPaths(List<String> roots) {
        this.roots = roots;
    }

    static AppPaths of(String appRoot, List<String> lines) {
        List<String> roots = new ArrayList<>();
        if (appRoot != null && !appRoot.isBlank()) {
            roots.add(trimRoot(appRoot));
        }
        int scanned = 0;
        for (String line : lines) {
            // Roots are stated near the top of each stage; scanning every line of a 1 MB log for them is wasted work.
            if (++scanned > 20_000) {
                break;
            }
            if (line.length() > 2000 || !(line.contains("RUN") || line.contains("config") || line.contains(" path "))) {
                continue;
            }
            for (Pattern pattern : ROOT_STATEMENTS) {
                Matcher m = pattern.matcher(line);
                if (m.find()) {
                    String root = trimRoot(m.group(1));
                    if (root.startsWith("/") || DRIVE.matcher(root).matches()) {
                        if (!roots.contains(root)) {
                            roots.add(root);
                        }
                    }
                }
            }
        }
        // The most specific root wins when one is inside another.
        roots.sort(Comparator.comparingInt(String::length).reversed());
        return new AppPaths(List.copyOf(roots));
    }

    private static String trimRoot(String root) {
        String r = slashes(root.trim());
        while (r.endsWith("/") && r.length() > 1) {
            r = r.substring(0, r.length() - 1);
        }
        return r;
    }

    private static String slashes(String path) {
        String p = path.replace('\\', '/');
        if (p.startsWith("file:///")) {
            p = p.substring("file://".length());
            if (FILE_URL_DRIVE.matcher(p).matches()) {
                p = p.substring(1);
            }
        } else if (p.startsWith("file://")) {
            p = p.substring("file:/".length());
        }
        return p;
    }

    /** The app-relative form of a path a tool printed, or null for nothing. Never throws. */
    String relativize(String printed) {
        if (printed == null) {
            return null;
        }
        String path = slashes(printed.trim());
        int query = path.indexOf('?');
        if (query > 0) {
            path = path.substring(0, query);
        }
        while (path.endsWith(":")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.isEmpty()) {
            return null;
        }
        for (String root : roots) {
            if (path.length() > root.length() && path.startsWith(root) && path.charAt(root.length()) == '/') {
                return clean(path.substring(root.length() + 1));
            }
        }
        if (path.endsWith("/node_modules")) {
            return "node_modules";
        }
        int modules = path.indexOf("node_modules/");
        if (modules >= 0) {
            return path.substring(modules);
        }
        if (isAbsolute(path)) {
            for (String marker : CUT_AT) {
                int at = path.lastIndexOf(marker);
                if (at >= 0) {
                    return path.substring(at + 1);
                }
            }
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (TOP_LEVEL_FILES.contains(name.toLowerCase(Locale.ROOT)) || name.startsWith("vite.config.")) {
                return name;
            }
            return path;
        }
        return clean(path);
    }

    private static String clean(String relative) {
        String p = relative;
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return p;
    }

    static boolean isAbsolute(String path) {
        return path.startsWith("/") || (path.length() > 2 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':'
                && path.charAt(2) == '/');
    }

    /** True for a path that belongs to the app rather than to node, node_modules or a tool's own cache. */
    static boolean isAppFile(String relativePath) {
        return relativePath != null && !relativePath.startsWith("node:") && !relativePath.startsWith("node_modules/")
                && !relativePath.contains("/node_modules/") && !relativePath.startsWith("../") && !relativePath.startsWith("internal/")
                && !relativePath.startsWith("<") && !isAbsolute(relativePath);
    }
}
