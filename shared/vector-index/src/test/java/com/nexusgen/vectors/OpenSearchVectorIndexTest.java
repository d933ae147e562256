package com.nexusgen.vectors;

import org.apache.hc.core5.http.HttpHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenSearch adapter against a real OpenSearch 2.19.1 node with the k-NN plugin, running in this
 * JVM ({@link EmbeddedOpenSearch}); each test gets its own index.
 */
class OpenSearchVectorIndexTest extends VectorIndexContract {
    private final List<OpenSearchVectorIndex> created = new ArrayList<>();

    @Override
    VectorIndex newIndex(int dimensions) {
        return track(OpenSearchVectorIndex.http(EmbeddedOpenSearch.shared().endpoint(), uniqueName(), dimensions));
    }

    private OpenSearchVectorIndex track(OpenSearchVectorIndex index) {
        created.add(index);
        return index;
    }

    private static String uniqueName() {
        return "vectors-" + UUID.randomUUID();
    }

    /** Runs before the contract's close: drops what the test created so the shared node stays small. */
    @AfterEach
    void dropIndices() {
        for (OpenSearchVectorIndex index : created) {
            try (OpenSearchVectorIndex dropper = OpenSearchVectorIndex.http(EmbeddedOpenSearch.shared().endpoint(),
                    index.indexName(), index.dimensions())) {
                dropper.dropIndex();
            } catch (RuntimeException alreadyGone) {
                // a test may have dropped it itself, or never sent anything
            }
        }
    }

    @Test
    void anotherIndexObject_shouldFindWhatTheFirstStored_inTheSameIndex() {
        // GIVEN vectors written through one adapter object, which is then closed
        String name = uniqueName();
        Random random = new Random(4);
        float[] query = randomUnit(random);
        List<VectorHit> before;
        try (OpenSearchVectorIndex first = track(OpenSearchVectorIndex.http(EmbeddedOpenSearch.shared().endpoint(),
                name, DIMS))) {
            List<VectorEntry> entries = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                entries.add(new VectorEntry("r" + i, randomUnit(random), Map.of("n", Integer.toString(i))));
            }
            first.upsertAll(entries);
            before = first.search(query, 5);
        }
        // WHEN a new object opens the same index (as the next Lambda invocation would)
        try (OpenSearchVectorIndex second = OpenSearchVectorIndex.http(EmbeddedOpenSearch.shared().endpoint(), name,
                DIMS)) {
            // THEN it sees the same entries
            assertEquals(100, second.count());
            assertEquals(before, second.search(query, 5));
        }
    }

    @Test
    void open_shouldRefuseAnExistingIndexOfAnotherVectorSize() {
        String name = uniqueName();
        try (OpenSearchVectorIndex index = track(OpenSearchVectorIndex.http(EmbeddedOpenSearch.shared().endpoint(),
                name, DIMS))) {
            index.upsert("a", atAngle(0), Map.of());
        }
        try (OpenSearchVectorIndex wrong = OpenSearchVectorIndex.http(EmbeddedOpenSearch.shared().endpoint(), name, 768)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, wrong::count);
            assertTrue(e.getMessage().contains("holds 384-dimension vectors, not 768"), e.getMessage());
        }
    }

    @Test
    void http_shouldRefuseBadEndpointsAndIndexNames() {
        assertThrows(IllegalArgumentException.class, () -> OpenSearchVectorIndex.http(
                java.net.URI.create("ftp://localhost:9200"), "ok", DIMS));
        assertThrows(IllegalArgumentException.class, () -> OpenSearchVectorIndex.http(
                EmbeddedOpenSearch.shared().endpoint(), "Upper-Case", DIMS));
        assertThrows(IllegalArgumentException.class, () -> OpenSearchVectorIndex.http(
                EmbeddedOpenSearch.shared().endpoint(), "_private", DIMS));
    }

    /**
     * The Serverless code path (server-assigned ids, no refresh) run against the real node: writes show
     * up only after the node's periodic refresh, so the test waits for them as a caller of OpenSearch
     * Serverless would have to.
     */
    @Test
    void serverlessFlavor_shouldReplaceAndDeleteById_withoutCustomIdsOrRefresh() {
        // GIVEN an adapter that treats the node as OpenSearch Serverless
        OpenSearchClient client = new OpenSearchClient(ApacheHttpClient5TransportBuilder
                .builder(HttpHost.create(EmbeddedOpenSearch.shared().endpoint()))
                .setMapper(new JacksonJsonpMapper())
                .build());
        try (OpenSearchVectorIndex serverless = track(new OpenSearchVectorIndex(client,
                OpenSearchVectorIndex.Flavor.SERVERLESS, uniqueName(), DIMS, OpenSearchVectorIndex.Tuning.defaults()))) {
            // WHEN an id is written, then written again with another vector
            serverless.upsert("fix-9", atAngle(0), Map.of("kind", "old"));
            eventually(() -> serverless.count() == 1);
            serverless.upsert("fix-9", atAngle(90), Map.of("kind", "new"));
            // THEN eventually one copy remains: the new one
            eventually(() -> serverless.count() == 1 && serverless.search(atAngle(90), 5).size() == 1
                    && serverless.search(atAngle(90), 5).get(0).metadata().equals(Map.of("kind", "new")));
            VectorHit hit = serverless.search(atAngle(90), 1).get(0);
            assertEquals("fix-9", hit.id());
            assertEquals(1.0, hit.score(), SCORE_TOLERANCE);
            // AND a delete by the caller's id removes it
            assertTrue(serverless.delete("fix-9"));
            eventually(() -> serverless.count() == 0);
        }
    }

    private static void eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
