package com.nexusgen.healing;

import com.nexusgen.domain.builds.FixStore;
import com.nexusgen.domain.builds.FixStoreContract;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The fix store of one machine passes the same contract as the DynamoDB one. */
class FolderFixStoreTest extends FixStoreContract {
    @TempDir
    static Path folder;
    private static FolderFixStore store;

    @Override
    protected FixStore store() {
        if (store == null) {
            store = new FolderFixStore(folder);
        }
        return store;
    }
}
