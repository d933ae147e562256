package com.nexusgen.healing;

import com.nexusgen.ai.Embeddings;
import com.nexusgen.domain.builds.FixStore;
import com.nexusgen.vectors.LuceneVectorIndex;
import com.nexusgen.vectors.VectorIndex;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

/**
 * Fix memories on one machine, kept in a folder: the Lucene index of signatures ({@code index/}) and, unless a
 * store is given, the fixes with their counts ({@code fixes/}).
 */
public final class FixMemories {
    /** How long {@link #withFolder} waits for another process or function instance to close the index. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(60);

    private FixMemories() {
    }

    /** The memory and the index it owns; close the index when done. */
    public record Local(FixMemory memory, VectorIndex index) implements AutoCloseable {
        @Override
        public void close() {
            index.close();
        }
    }

    /** A memory held open for as long as the caller needs it (the {@code build} command, the corpus, the bench). */
    public static Local inFolder(Path folder, Embeddings embeddings) {
        VectorIndex index = LuceneVectorIndex.open(folder.resolve("index"), embeddings.dimensions());
        return new Local(new FixMemory(index, embeddings, new FolderFixStore(folder.resolve("fixes")),
                FixMemory.DEFAULT_THRESHOLD, Clock.systemUTC()), index);
    }

    /**
     * Runs {@code body} with a memory whose index is open only meanwhile. Lucene allows one writer per folder, and on
     * the local platform several instances of the build-steps function heal at once: each opens the index for its
     * step, and waits its turn when another has it open.
     */
    public static <T> T withFolder(Path folder, Embeddings embeddings, FixStore store, Function<FixMemory, T> body)
            throws InterruptedException {
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        while (true) {
            VectorIndex index;
            try {
                index = LuceneVectorIndex.open(folder.resolve("index"), embeddings.dimensions());
            } catch (IllegalStateException held) {
                if (System.nanoTime() > deadline) {
                    throw held;
                }
                Thread.sleep(20);
                continue;
            }
            try (index) {
                return body.apply(new FixMemory(index, embeddings, store, FixMemory.DEFAULT_THRESHOLD, Clock.systemUTC()));
            }
        }
    }
}
