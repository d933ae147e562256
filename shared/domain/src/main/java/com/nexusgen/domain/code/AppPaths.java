package com.nexusgen.domain.code;

import java.util.regex.Pattern;

/** The one rule for a generated file's path: relative, forward slashes, no way out of the app's folder. */
public final class AppPaths {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._@\\-\\[\\]()+]+");
    private static final int MAX_LENGTH = 512;

    private AppPaths() {
    }

    /** The path itself when it is safe; otherwise IllegalArgumentException saying why. */
    public static String requireSafe(String path) {
        if (path == null || path.isEmpty() || path.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a file path must have 1 to " + MAX_LENGTH + " characters");
        }
        if (path.startsWith("/") || path.contains("\\") || path.endsWith("/")) {
            throw new IllegalArgumentException("not a relative file path: " + path);
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..") || !SEGMENT.matcher(segment).matches()) {
                throw new IllegalArgumentException("not a safe file path: " + path);
            }
        }
        return path;
    }

    public static boolean isSafe(String path) {
        try {
            requireSafe(path);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
