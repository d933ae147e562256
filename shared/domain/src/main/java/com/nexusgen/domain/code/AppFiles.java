package com.nexusgen.domain.code;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An app's files in the blob store, addressed by content: a body is stored once per workspace under
 * its SHA-256 and a version's manifest names the hashes, so a file that did not change between
 * versions costs nothing to keep again.
 */
public final class AppFiles {
    private final BlobStore blobs;

    public AppFiles(BlobStore blobs) {
        this.blobs = blobs;
    }

    /** Stores the bodies that are new and the manifest; returns the manifest's key. */
    public String store(String workspaceId, Map<String, String> files) {
        List<FileManifest.Entry> entries = new ArrayList<>(files.size());
        for (var file : new TreeMap<>(files).entrySet()) {
            byte[] body = file.getValue().getBytes(StandardCharsets.UTF_8);
            String hash = sha256(body);
            String key = fileKey(workspaceId, hash);
            if (!blobs.exists(key)) {
                blobs.put(key, body, "application/octet-stream");
            }
            entries.add(new FileManifest.Entry(file.getKey(), hash, body.length));
        }
        byte[] manifest = new FileManifest(entries).toBytes();
        String key = manifestKey(workspaceId, sha256(manifest));
        if (!blobs.exists(key)) {
            blobs.put(key, manifest, "text/plain; charset=utf-8");
        }
        return key;
    }

    public FileManifest manifest(String workspaceId, String manifestKey) {
        requireOwn(workspaceId, manifestKey);
        return FileManifest.parse(blobs.get(manifestKey).orElseThrow(() ->
                new IllegalStateException("manifest " + manifestKey + " is missing from the blob store")));
    }

    public String read(String workspaceId, FileManifest.Entry entry) {
        return new String(blobs.get(fileKey(workspaceId, entry.sha256())).orElseThrow(() ->
                new IllegalStateException("file body " + entry.sha256() + " is missing from the blob store")),
                StandardCharsets.UTF_8);
    }

    /** Any blob of the workspace (e.g. a generation's plan), by key. */
    public String readText(String workspaceId, String key) {
        requireOwn(workspaceId, key);
        return new String(blobs.get(key).orElseThrow(() -> new IllegalStateException("blob " + key + " is missing")),
                StandardCharsets.UTF_8);
    }

    /** Every file of a manifest, path → content, in path order. */
    public Map<String, String> load(String workspaceId, String manifestKey) {
        Map<String, String> files = new LinkedHashMap<>();
        for (FileManifest.Entry entry : manifest(workspaceId, manifestKey).entries()) {
            files.put(entry.path(), read(workspaceId, entry));
        }
        return files;
    }

    public static String fileKey(String workspaceId, String sha256) {
        return "ws/" + workspaceId + "/files/" + sha256;
    }

    public static String manifestKey(String workspaceId, String sha256) {
        return "ws/" + workspaceId + "/manifests/" + sha256;
    }

    /** A key handed back by a workflow step must belong to the workspace the step runs for. */
    private static void requireOwn(String workspaceId, String key) {
        if (!key.startsWith("ws/" + workspaceId + "/")) {
            throw new IllegalArgumentException("blob key " + key + " is not in workspace " + workspaceId);
        }
    }

    public static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
