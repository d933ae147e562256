package com.nexusgen.domain.code;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The files of one app version: path, SHA-256 of the body, size. Stored as a small text document
 * ({@code nexusgen-manifest/1}, one {@code sha256 size path} line per file, sorted by path): safe
 * paths contain no spaces, so the format needs no escaping and no JSON library.
 */
public record FileManifest(List<Entry> entries) {
    private static final String HEADER = "nexusgen-manifest/1";

    public record Entry(String path, String sha256, long size) {
        public Entry {
            AppPaths.requireSafe(path);
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    public FileManifest {
        entries = entries.stream().sorted(Comparator.comparing(Entry::path)).toList();
    }

    public long totalBytes() {
        return entries.stream().mapToLong(Entry::size).sum();
    }

    public byte[] toBytes() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (Entry e : entries) {
            text.append(e.sha256()).append(' ').append(e.size()).append(' ').append(e.path()).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static FileManifest parse(byte[] body) {
        String[] lines = new String(body, StandardCharsets.UTF_8).split("\n");
        if (lines.length == 0 || !lines[0].equals(HEADER)) {
            throw new IllegalArgumentException("not a " + HEADER + " document");
        }
        List<Entry> entries = new ArrayList<>(lines.length - 1);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            String[] parts = lines[i].split(" ", 3);
            if (parts.length != 3) {
                throw new IllegalArgumentException("manifest line " + (i + 1) + " is malformed");
            }
            entries.add(new Entry(parts[2], parts[0], Long.parseLong(parts[1])));
        }
        return new FileManifest(entries);
    }
}
