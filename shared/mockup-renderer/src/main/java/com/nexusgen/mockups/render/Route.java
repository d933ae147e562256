package com.nexusgen.mockups.render;

import java.util.ArrayList;
import java.util.List;

/** Reads app routes such as {@code /lessons/:id/edit}: their segments and their parameters. */
final class Route {

    private Route() {
    }

    /** The non-empty segments of a route; {@code /} and null have none. */
    static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        if (path == null) {
            return segments;
        }
        for (String segment : path.split("/")) {
            if (!segment.isBlank()) {
                segments.add(segment.strip());
            }
        }
        return segments;
    }

    /**
     * Whether a route has a parameter ({@code :id}, or {@code [id]} and {@code {id}} as other routers write it),
     * which makes it one record's page.
     */
    static boolean isDetail(String path) {
        return path != null && (path.indexOf(':') >= 0 || path.indexOf('[') >= 0 || path.indexOf('{') >= 0);
    }

    static boolean isParameter(String segment) {
        return segment.startsWith(":") || segment.startsWith("[") || segment.startsWith("{");
    }

    /** The route without trailing slashes, {@code /} for the root; null stays null. */
    static String normalized(String path) {
        if (path == null) {
            return null;
        }
        List<String> segments = segments(path);
        return "/" + String.join("/", segments);
    }
}
