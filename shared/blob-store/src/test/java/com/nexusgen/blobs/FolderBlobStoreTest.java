package com.nexusgen.blobs;

import com.nexusgen.domain.code.BlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertThrows;

class FolderBlobStoreTest extends BlobStoreContract {
    @TempDir
    static Path folder;

    @Override
    BlobStore store() {
        return new FolderBlobStore(folder);
    }

    @Test
    void put_shouldRefuseKeysThatLeaveTheFolder() {
        for (String key : new String[]{"../x", "a/../../x", "/etc/passwd", "a//b", ""}) {
            assertThrows(IllegalArgumentException.class, () -> store().put(key, new byte[1], "x"), key);
        }
    }
}
