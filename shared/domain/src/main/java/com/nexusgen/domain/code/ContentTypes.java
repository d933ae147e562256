package com.nexusgen.domain.code;

import java.util.Locale;

/**
 * The Content-Type of a built app's file from its name: what the preview bucket stores with each object and what
 * the local preview site answers with. Unknown kinds are plain bytes.
 */
public final class ContentTypes {
    private ContentTypes() {
    }

    public static String of(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html")) {
            return "text/html; charset=utf-8";
        } else if (lower.endsWith(".js") || lower.endsWith(".mjs")) {
            return "text/javascript; charset=utf-8";
        } else if (lower.endsWith(".css")) {
            return "text/css; charset=utf-8";
        } else if (lower.endsWith(".svg")) {
            return "image/svg+xml";
        } else if (lower.endsWith(".json") || lower.endsWith(".webmanifest")) {
            return "application/json";
        } else if (lower.endsWith(".png")) {
            return "image/png";
        } else if (lower.endsWith(".ico")) {
            return "image/x-icon";
        } else if (lower.endsWith(".txt")) {
            return "text/plain; charset=utf-8";
        }
        return "application/octet-stream";
    }
}
