package com.nexusgen.agents.bedrock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Text shipped inside the jar (prompt templates, tool schemas); a missing one is a packaging bug. */
final class BundledText {
    private BundledText() {
    }

    static String read(String resource) {
        try (InputStream in = BundledText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
