package com.nexusgen.vectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recall and latency of the Lucene adapter's default HNSW tuning on clustered 384-dim vectors, measured
 * against exact brute force. The vector count defaults to {@value #DEFAULT_N} to keep {@code mvn verify}
 * quick on two shared cores; {@code -Dvectors.recall.n=100000} runs the full fix-memory size (as
 * {@link VectorIndexBench} does).
 */
class LuceneRecallTest {
    static final int DEFAULT_N = 30_000;
    static final int QUERIES = 200;
    static final int K = 10;

    @TempDir
    Path folder;

    @Test
    void defaults_shouldReachRecallAt10OfAtLeast095_withP95Under5ms() {
        // GIVEN clustered vectors (about 50 per cluster, like a fix memory full of recurring errors)
        int n = Integer.getInteger("vectors.recall.n", DEFAULT_N);
        long started = System.nanoTime();
        VectorIndexBench.Dataset data = VectorIndexBench.dataset(n, 384, Math.max(1, n / 50), QUERIES, K, 42);
        double datasetSeconds = (System.nanoTime() - started) / 1e9;
        // WHEN they are bulk-loaded, merged, and queried
        VectorIndexBench.Result result;
        try (LuceneVectorIndex index = LuceneVectorIndex.open(folder.resolve("recall"), 384)) {
            result = VectorIndexBench.measure("lucene", index, data, loaded -> ((LuceneVectorIndex) loaded).optimize());
        }
        System.out.printf("LuceneRecallTest: dataset + exact answers in %.1f s%n%s%n%s%n%s%n", datasetSeconds,
                VectorIndexBench.Result.header(K), result.row(), result.json());
        // THEN
        assertTrue(result.recall() >= 0.95, "recall@10 " + result.recall());
        assertTrue(result.p95BestOf3Ms() <= 5.0, "p95 " + result.p95BestOf3Ms() + " ms");
    }
}
