package com.nexusgen.vectors;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recall of the OpenSearch adapter on the embedded node with the same clustered vectors as
 * {@link LuceneRecallTest}, loaded through bulk requests. The size defaults to {@value #DEFAULT_N}
 * (JSON over HTTP makes a load slower than Lucene's in-process one); {@code -Dvectors.opensearch.recall.n}
 * changes it. Latency is printed, not asserted: it mostly measures the HTTP round trip in this JVM.
 */
class OpenSearchRecallTest {
    static final int DEFAULT_N = 5_000;

    @Test
    void defaults_shouldReachRecallAt10OfAtLeast095() {
        int n = Integer.getInteger("vectors.opensearch.recall.n", DEFAULT_N);
        VectorIndexBench.Dataset full = VectorIndexBench.dataset(n, 384, Math.max(1, n / 50), 200, 10, 43);
        // each query is an HTTP round trip: 100 warm-up queries are enough for the JIT on both sides
        VectorIndexBench.Dataset data = new VectorIndexBench.Dataset(full.dimensions(), full.vectors(), full.queries(),
                full.warmUp().subList(0, 100), full.exactTopK(), full.k());
        VectorIndexBench.Result result;
        try (OpenSearchVectorIndex index = OpenSearchVectorIndex.http(EmbeddedOpenSearch.shared().endpoint(),
                "recall-" + UUID.randomUUID(), 384)) {
            result = VectorIndexBench.measure("opensearch", index, data, loaded -> { });
            assertEquals(n, index.count());
            index.dropIndex();
        }
        System.out.printf("OpenSearchRecallTest:%n%s%n%s%n%s%n", VectorIndexBench.Result.header(10), result.row(),
                result.json());
        assertTrue(result.recall() >= 0.95, "recall@10 " + result.recall());
    }
}
