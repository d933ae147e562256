package com.nexusgen.vectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link VectorIndex} adapter must do; each adapter's test class extends this and says how
 * to make a fresh, empty index. Vectors are 384-dimensional, as the fix memory's are.
 */
abstract class VectorIndexContract {
    static final int DIMS = 384;
    /** float32 storage and engine rounding; far below any threshold the fix memory uses. */
    static final double SCORE_TOLERANCE = 1e-4;

    private VectorIndex index;

    /** A new, empty index of {@code dimensions} that the test may write to. */
    abstract VectorIndex newIndex(int dimensions);

    @BeforeEach
    void open() {
        index = newIndex(DIMS);
    }

    @AfterEach
    void closeIndex() {
        index.close();
    }

    VectorIndex index() {
        return index;
    }

    static float[] randomUnit(Random random) {
        float[] v = new float[DIMS];
        double squares = 0;
        for (int i = 0; i < DIMS; i++) {
            v[i] = (float) random.nextGaussian();
            squares += v[i] * v[i];
        }
        float norm = (float) Math.sqrt(squares);
        for (int i = 0; i < DIMS; i++) {
            v[i] /= norm;
        }
        return v;
    }

    /** A unit vector in the plane of the first two axes, {@code degrees} away from the first axis. */
    static float[] atAngle(double degrees) {
        float[] v = new float[DIMS];
        v[0] = (float) Math.cos(Math.toRadians(degrees));
        v[1] = (float) Math.sin(Math.toRadians(degrees));
        return v;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    static List<String> ids(List<VectorHit> hits) {
        return hits.stream().map(VectorHit::id).toList();
    }

    @Test
    void search_shouldReportCosineSimilarity_acrossTheWholeRange() {
        // GIVEN vectors at known angles from the first axis
        index.upsert("same", atAngle(0), Map.of());
        index.upsert("sixty", atAngle(60), Map.of());
        index.upsert("right", atAngle(90), Map.of());
        index.upsert("opposite", atAngle(180), Map.of());
        // WHEN searching along the first axis
        List<VectorHit> hits = index.search(atAngle(0), 4);
        // THEN the scores are the cosines, negative ones included, best first
        assertEquals(List.of("same", "sixty", "right", "opposite"), ids(hits));
        assertEquals(1.0, hits.get(0).score(), SCORE_TOLERANCE);
        assertEquals(0.5, hits.get(1).score(), SCORE_TOLERANCE);
        assertEquals(0.0, hits.get(2).score(), SCORE_TOLERANCE);
        assertEquals(-1.0, hits.get(3).score(), SCORE_TOLERANCE);
    }

    @Test
    void search_shouldScaleVectorsToUnitLength_soScoresStayCosines() {
        // GIVEN a stored vector 5 times longer than unit, and a query 0.1 times unit
        float[] stored = atAngle(60);
        for (int i = 0; i < stored.length; i++) {
            stored[i] *= 5;
        }
        index.upsert("long", stored, Map.of());
        float[] query = atAngle(0);
        query[0] = 0.1f;
        // WHEN / THEN the score is still cos 60°
        assertEquals(0.5, index.search(query, 1).get(0).score(), SCORE_TOLERANCE);
    }

    @Test
    void search_shouldReturnTheExactNearest_bestFirst_withCosineScores() {
        // GIVEN 300 random vectors, also in the exact reference index
        Random random = new Random(7);
        List<float[]> stored = new ArrayList<>();
        try (ExactVectorIndex exact = new ExactVectorIndex(DIMS)) {
            List<VectorEntry> entries = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                float[] v = randomUnit(random);
                stored.add(v);
                entries.add(new VectorEntry("id-" + i, v, Map.of("n", Integer.toString(i))));
            }
            index.upsertAll(entries);
            exact.upsertAll(entries);
            // WHEN querying with a slightly moved copy of vector 42
            float[] query = stored.get(42).clone();
            query[0] += 0.05f;
            List<VectorHit> hits = index.search(query, 10);
            // THEN vector 42 comes first, the ten are the exact ten, in order, each scored with its cosine
            assertEquals(ids(exact.search(query, 10)), ids(hits));
            assertEquals("id-42", hits.get(0).id());
            assertEquals(Map.of("n", "42"), hits.get(0).metadata());
            for (int i = 0; i < hits.size(); i++) {
                int n = Integer.parseInt(hits.get(i).metadata().get("n"));
                assertEquals(cosine(query, stored.get(n)), hits.get(i).score(), SCORE_TOLERANCE);
                if (i > 0) {
                    assertTrue(hits.get(i - 1).score() >= hits.get(i).score(), "best first");
                }
            }
        }
    }

    @Test
    void search_shouldReturnFewerThanK_whenTheIndexHoldsFewer_andNothingWhenEmpty() {
        assertEquals(List.of(), index.search(atAngle(0), 5));
        index.upsert("only", atAngle(10), Map.of());
        assertEquals(List.of("only"), ids(index.search(atAngle(0), 5)));
    }

    @Test
    void upsert_shouldBeVisibleToTheNextSearch_withoutAnExplicitRefresh() {
        Random random = new Random(11);
        for (int i = 0; i < 20; i++) {
            float[] v = randomUnit(random);
            index.upsert("w-" + i, v, Map.of());
            assertEquals("w-" + i, index.search(v, 1).get(0).id(), "write " + i + " must be searchable at once");
            assertEquals(i + 1, index.count());
        }
    }

    @Test
    void upsert_shouldReplaceVectorAndMetadata_whenTheIdExists() {
        // GIVEN an entry
        index.upsert("fix-1", atAngle(0), Map.of("kind", "dependency", "fixId", "F1"));
        index.upsert("other", atAngle(90), Map.of("kind", "dependency"));
        // WHEN the same id is written with another vector and other metadata
        index.upsert("fix-1", atAngle(180), Map.of("kind", "syntax"));
        // THEN one entry remains for the id, with the new vector and only the new metadata
        assertEquals(2, index.count());
        VectorHit replaced = index.search(atAngle(180), 1).get(0);
        assertEquals("fix-1", replaced.id());
        assertEquals(1.0, replaced.score(), SCORE_TOLERANCE);
        assertEquals(Map.of("kind", "syntax"), replaced.metadata());
        List<VectorHit> all = index.search(atAngle(0), 10);
        assertEquals(List.of("other", "fix-1"), ids(all));
        assertEquals(List.of("other"), ids(index.search(atAngle(0), 10, Map.of("kind", "dependency"))));
    }

    @Test
    void upsertAll_shouldStoreEveryEntry_lastOneWinningForARepeatedId() {
        index.upsertAll(List.of(
                new VectorEntry("a", atAngle(0), Map.of("v", "1")),
                new VectorEntry("b", atAngle(90)),
                new VectorEntry("a", atAngle(45), Map.of("v", "2"))));
        assertEquals(2, index.count());
        VectorHit a = index.search(atAngle(45), 1).get(0);
        assertEquals("a", a.id());
        assertEquals(Map.of("v", "2"), a.metadata());
        index.upsertAll(List.of());
        assertEquals(2, index.count());
    }

    @Test
    void delete_shouldRemoveTheEntry_andSayWhetherItWasThere() {
        index.upsert("keep", atAngle(30), Map.of());
        index.upsert("drop", atAngle(0), Map.of());
        assertTrue(index.delete("drop"));
        assertEquals(1, index.count());
        assertEquals(List.of("keep"), ids(index.search(atAngle(0), 5)));
        assertFalse(index.delete("drop"), "already deleted");
        assertFalse(index.delete("never-stored"));
        // a deleted id can be stored again
        index.upsert("drop", atAngle(0), Map.of());
        assertEquals(List.of("drop", "keep"), ids(index.search(atAngle(0), 5)));
    }

    @Test
    void search_shouldOnlyReturnEntriesMatchingEveryFilterValue() {
        // GIVEN 200 random vectors in four groups
        Random random = new Random(3);
        Map<String, Map<String, String>> metadataById = new HashMap<>();
        List<VectorEntry> entries = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Map<String, String> metadata = Map.of("kind", i % 2 == 0 ? "fix" : "doc",
                    "category", i % 4 < 2 ? "dependency" : "type-error");
            metadataById.put("e" + i, metadata);
            entries.add(new VectorEntry("e" + i, randomUnit(random), metadata));
        }
        index.upsertAll(entries);
        float[] query = randomUnit(random);
        try (ExactVectorIndex exact = new ExactVectorIndex(DIMS)) {
            exact.upsertAll(entries);
            // WHEN filtering on one and on two keys
            Map<String, String> one = Map.of("kind", "fix");
            Map<String, String> two = Map.of("kind", "fix", "category", "type-error");
            List<VectorHit> byKind = index.search(query, 10, one);
            List<VectorHit> byBoth = index.search(query, 10, two);
            // THEN every hit matches, and the hits are the exact best of the matching entries
            assertEquals(ids(exact.search(query, 10, one)), ids(byKind));
            assertEquals(ids(exact.search(query, 10, two)), ids(byBoth));
            byBoth.forEach(hit -> assertEquals(two, metadataById.get(hit.id())));
            assertEquals(10, byBoth.size());
        }
        // AND a filter nothing matches finds nothing; an empty filter filters nothing
        assertEquals(List.of(), index.search(query, 10, Map.of("kind", "fixx")));
        assertEquals(List.of(), index.search(query, 10, Map.of("tenant", "none")));
        assertEquals(10, index.search(query, 10, Map.of()).size());
    }

    @Test
    void metadata_shouldRoundTripExactly() {
        Map<String, String> metadata = Map.of("kind", "fix", "fixId", "fx-01HZY", "note", "héllo wörld = 1; \"quoted\"",
                "empty", "");
        index.upsert("m", atAngle(0), metadata);
        assertEquals(metadata, index.search(atAngle(0), 1).get(0).metadata());
        assertEquals(List.of("m"), ids(index.search(atAngle(0), 1, Map.of("note", "héllo wörld = 1; \"quoted\""))));
    }

    @Test
    void badInput_shouldBeRejected_withAMessageThatSaysWhatIsWrong() {
        float[] ok = atAngle(0);
        float[] withNaN = atAngle(0);
        withNaN[7] = Float.NaN;
        float[] withInfinity = atAngle(0);
        withInfinity[3] = Float.POSITIVE_INFINITY;

        assertMessage("has 3 dimensions, this index holds 384", () -> index.upsert("x", new float[3], Map.of()));
        assertMessage("component 7 is NaN", () -> index.upsert("x", withNaN, Map.of()));
        assertMessage("component 3 is Infinity", () -> index.upsert("x", withInfinity, Map.of()));
        assertMessage("all zeros", () -> index.upsert("x", new float[DIMS], Map.of()));
        assertMessage("vector is missing", () -> index.upsert("x", null, Map.of()));
        assertMessage("id must not be blank", () -> index.upsert(" ", ok, Map.of()));
        assertMessage("at most 512 bytes", () -> index.upsert("x".repeat(513), ok, Map.of()));
        assertMessage("key 'bad.key' must start with a letter", () -> index.upsert("x", ok, Map.of("bad.key", "v")));
        assertMessage("value of 'k' must not be null", () -> index.upsert("x", ok, nullValue()));
        assertMessage("query vector has 385 dimensions", () -> index.search(new float[DIMS + 1], 1));
        assertMessage("k must be between 1 and 1000, got 0", () -> index.search(ok, 0));
        assertMessage("filter key '' must start", () -> index.search(ok, 1, Map.of("", "v")));
        assertMessage("id must not be blank", () -> index.delete(""));
        // AND a batch with one bad entry writes nothing
        assertMessage("has 2 dimensions", () -> index.upsertAll(List.of(new VectorEntry("good", ok),
                new VectorEntry("bad", new float[2]))));
        assertEquals(0, index.count());
    }

    private static Map<String, String> nullValue() {
        Map<String, String> metadata = new HashMap<>();
        metadata.put("k", null);
        return metadata;
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), () -> "expected '" + expected + "' in: " + e.getMessage());
    }

    @Test
    void concurrentUpsertsAndSearches_shouldLoseNoWrite_andEveryWriterShouldReadItsOwnWrite() throws Exception {
        // GIVEN 4 writers of 25 vectors each and 2 readers searching all the while
        int writers = 4;
        int perWriter = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
        CountDownLatch go = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        Map<String, float[]> written = new java.util.concurrent.ConcurrentHashMap<>();
        try {
            List<Future<?>> writing = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                writing.add(pool.submit((Callable<Void>) () -> {
                    Random random = new Random(100 + writer);
                    go.await();
                    for (int i = 0; i < perWriter; i++) {
                        String id = "w" + writer + "-" + i;
                        float[] v = randomUnit(random);
                        index.upsert(id, v, Map.of("writer", Integer.toString(writer)));
                        written.put(id, v);
                        List<VectorHit> own = index.search(v, 1, Map.of("writer", Integer.toString(writer)));
                        if (own.isEmpty() || !own.get(0).id().equals(id)) {
                            problems.add(id + " not found right after its write: " + own);
                        }
                    }
                    return null;
                }));
            }
            java.util.concurrent.atomic.AtomicBoolean writing_done = new java.util.concurrent.atomic.AtomicBoolean();
            List<Future<?>> reading = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                reading.add(pool.submit((Callable<Void>) () -> {
                    Random random = new Random(7);
                    go.await();
                    while (!writing_done.get()) {
                        List<VectorHit> hits = index.search(randomUnit(random), 5);
                        for (int i = 1; i < hits.size(); i++) {
                            if (hits.get(i - 1).score() < hits.get(i).score()) {
                                problems.add("unordered hits " + hits);
                            }
                        }
                        index.count();
                    }
                    return null;
                }));
            }
            // WHEN they all run at once
            go.countDown();
            for (Future<?> f : writing) {
                f.get(120, TimeUnit.SECONDS);
            }
            writing_done.set(true);
            for (Future<?> f : reading) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        // THEN no write is lost and each is found by its own vector
        assertEquals(List.of(), List.copyOf(problems));
        assertEquals(writers * perWriter, index.count());
        Set<String> missing = written.entrySet().stream()
                .filter(e -> !index.search(e.getValue(), 1).get(0).id().equals(e.getKey()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertEquals(Set.of(), missing);
    }

    @Test
    void dimensions_shouldBeWhatTheIndexWasOpenedWith() {
        assertEquals(DIMS, index.dimensions());
    }
}
