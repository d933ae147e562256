package com.nexusgen.blobs;

import com.nexusgen.domain.code.AppFiles;
import com.nexusgen.domain.code.BlobStore;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every blob store adapter must do; each adapter's test class extends this. */
abstract class BlobStoreContract {
    abstract BlobStore store();

    @Test
    void put_shouldStoreBytesExactly_andOverwrite() {
        String key = "ws/" + UUID.randomUUID() + "/files/abc";
        byte[] body = "héllo\n\u0000binary".getBytes(StandardCharsets.UTF_8);
        store().put(key, body, "application/octet-stream");
        assertTrue(store().exists(key));
        assertArrayEquals(body, store().get(key).orElseThrow());
        store().put(key, new byte[0], "application/octet-stream");
        assertArrayEquals(new byte[0], store().get(key).orElseThrow());
    }

    @Test
    void get_shouldBeEmpty_whenTheKeyWasNeverWritten() {
        String key = "ws/" + UUID.randomUUID() + "/files/missing";
        assertTrue(store().get(key).isEmpty());
        assertFalse(store().exists(key));
    }

    @Test
    void appFiles_shouldStoreUnchangedBodiesOnce_andLoadAVersionBack() {
        // GIVEN two versions of an app that differ in one file
        String ws = UUID.randomUUID().toString();
        AppFiles files = new AppFiles(store());
        Map<String, String> v1 = Map.of("src/App.tsx", "export const App = 1;\n", "package.json", "{}\n");
        Map<String, String> v2 = Map.of("src/App.tsx", "export const App = 2;\n", "package.json", "{}\n");
        // WHEN both are stored
        String m1 = files.store(ws, v1);
        String m2 = files.store(ws, v2);
        // THEN each loads back exactly, and package.json's body is one blob shared by both manifests
        assertEquals(v1, files.load(ws, m1));
        assertEquals(v2, files.load(ws, m2));
        var shared = files.manifest(ws, m1).entries().stream().filter(e -> e.path().equals("package.json")).findFirst().orElseThrow();
        assertEquals(shared, files.manifest(ws, m2).entries().stream().filter(e -> e.path().equals("package.json")).findFirst().orElseThrow());
        assertEquals(m1, files.store(ws, v1));
    }
}
