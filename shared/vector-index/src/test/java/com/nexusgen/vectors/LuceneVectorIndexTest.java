package com.nexusgen.vectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LuceneVectorIndexTest extends VectorIndexContract {
    @TempDir
    Path folder;
    private int opened;

    @Override
    VectorIndex newIndex(int dimensions) {
        return LuceneVectorIndex.open(folder.resolve("index-" + opened++), dimensions);
    }

    @Test
    void reopen_shouldFindTheSameVectors_afterClose() {
        // GIVEN an index with 1000 vectors, some deleted and replaced, closed
        Path reopened = folder.resolve("persisted");
        Random random = new Random(21);
        List<float[]> queries = new ArrayList<>();
        List<List<VectorHit>> before = new ArrayList<>();
        try (LuceneVectorIndex index = LuceneVectorIndex.open(reopened, DIMS)) {
            List<VectorEntry> entries = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                entries.add(new VectorEntry("p" + i, randomUnit(random), Map.of("n", Integer.toString(i))));
            }
            index.upsertAll(entries);
            index.delete("p3");
            index.upsert("p4", randomUnit(random), Map.of("n", "replaced"));
            for (int q = 0; q < 20; q++) {
                queries.add(randomUnit(random));
                before.add(index.search(queries.get(q), 10));
            }
        }
        // WHEN a new index object opens the folder
        try (LuceneVectorIndex index = LuceneVectorIndex.open(reopened, DIMS)) {
            // THEN it holds the same entries and answers the same
            assertEquals(999, index.count());
            for (int q = 0; q < queries.size(); q++) {
                assertEquals(before.get(q), index.search(queries.get(q), 10));
            }
            assertTrue(index.search(queries.get(0), 1000).stream().noneMatch(hit -> hit.id().equals("p3")));
        }
    }

    @Test
    void optimize_shouldLeaveOneSegment_andTheSameAnswers() {
        // GIVEN several batches, each flushed by a search in between
        Path path = folder.resolve("optimized");
        Random random = new Random(8);
        try (LuceneVectorIndex index = LuceneVectorIndex.open(path, DIMS)) {
            for (int batch = 0; batch < 4; batch++) {
                List<VectorEntry> entries = new ArrayList<>();
                for (int i = 0; i < 300; i++) {
                    entries.add(new VectorEntry("b" + batch + "-" + i, randomUnit(random)));
                }
                index.upsertAll(entries);
                index.count();
            }
            float[] query = randomUnit(random);
            List<VectorHit> before = index.search(query, 10);
            // WHEN merged
            index.optimize();
            // THEN one graph, same entries, same top ten
            assertEquals(1, index.segmentCount());
            assertEquals(1200, index.count());
            assertEquals(ids(before), ids(index.search(query, 10)));
        }
    }

    @Test
    void open_shouldRefuseAFolderHoldingVectorsOfAnotherSize() {
        Path path = folder.resolve("sized");
        try (LuceneVectorIndex index = LuceneVectorIndex.open(path, DIMS)) {
            index.upsert("a", atAngle(0), Map.of());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LuceneVectorIndex.open(path, 768));
        assertTrue(e.getMessage().contains("holds 384-dimension vectors, not 768"), e.getMessage());
        // and the failed open released the folder
        try (LuceneVectorIndex index = LuceneVectorIndex.open(path, DIMS)) {
            assertEquals(1, index.count());
        }
    }

    @Test
    void open_shouldRefuseAFolderThatIsAlreadyOpen() {
        Path path = folder.resolve("busy");
        try (LuceneVectorIndex ignored = LuceneVectorIndex.open(path, DIMS)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> LuceneVectorIndex.open(path, DIMS));
            assertTrue(e.getMessage().contains("already open"), e.getMessage());
        }
    }

    @Test
    void open_shouldRefuseSizesLuceneCannotIndex() {
        assertThrows(IllegalArgumentException.class, () -> LuceneVectorIndex.open(folder.resolve("big"), 1536));
        assertThrows(IllegalArgumentException.class, () -> LuceneVectorIndex.open(folder.resolve("none"), 0));
        assertThrows(IllegalArgumentException.class, () -> new LuceneVectorIndex.Tuning(1, 100, 100, 1, 64));
    }

    @Test
    void close_shouldBeIdempotent_andLaterCallsShouldFailClearly() {
        LuceneVectorIndex index = LuceneVectorIndex.open(folder.resolve("closed"), DIMS);
        index.close();
        index.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> index.search(atAngle(0), 1));
        assertTrue(e.getMessage().contains("is closed"), e.getMessage());
    }
}
