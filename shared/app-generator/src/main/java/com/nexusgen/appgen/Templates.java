package com.nexusgen.appgen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The files under src/main/resources/app-template/, read once; static parts of the app live there as real files. */
final class Templates {
    private static final String ROOT = "/app-template/";
    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    private Templates() {
    }

    static byte[] bytes(String path) {
        return CACHE.computeIfAbsent(path, p -> {
            try (InputStream in = Templates.class.getResourceAsStream(ROOT + p)) {
                if (in == null) {
                    throw new IllegalStateException("missing template resource " + ROOT + p);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).clone();
    }

    static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    /** The template with each placeholder replaced; values must already be escaped for the file's language. */
    static String fill(String path, Map<String, String> values) {
        String text = text(path);
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (!text.contains(entry.getKey())) {
                throw new IllegalStateException(path + " has no placeholder " + entry.getKey());
            }
            text = text.replace(entry.getKey(), entry.getValue());
        }
        return text;
    }
}
