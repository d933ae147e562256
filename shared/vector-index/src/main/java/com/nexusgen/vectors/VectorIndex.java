package com.nexusgen.vectors;

import java.util.List;
import java.util.Map;

/**
 * The vector index port: k-nearest-neighbour search over fixed-size embeddings, used by the build
 * "fix memory" (embeddings of normalized build-error signatures) and by retrieval. OpenSearch k-NN in
 * AWS, Lucene HNSW on one machine; both pass the same contract suite.
 *
 * <p>Every vector is scaled to unit length on the way in, so {@link VectorHit#score()} is the cosine
 * similarity in [-1, 1] whatever the engine reports internally, and a fix-memory threshold such as
 * "cosine at least 0.92" means the same thing on every adapter.
 *
 * <p>Visibility: a write that has returned is seen by every later {@code search}, {@code count} and
 * {@code delete} through the same index object (OpenSearch Serverless is the documented exception,
 * see {@link OpenSearchVectorIndex}). All methods are safe to call from many threads.
 */
public interface VectorIndex extends AutoCloseable {

    /** How many components every vector has (384 for all-MiniLM-L6-v2). */
    int dimensions();

    /**
     * Stores the vector under {@code id}, replacing whatever the id held before (vector and metadata).
     *
     * @param metadata small exact-match string fields (kind, fixId, category); keys are letters,
     *                 digits and underscores so that they are valid field names in every engine
     * @throws IllegalArgumentException on a blank id, a vector of the wrong size, a NaN/infinite or
     *                                  all-zero component list, or malformed metadata
     */
    void upsert(String id, float[] vector, Map<String, String> metadata);

    /**
     * Stores many entries, the last one winning when an id repeats. Every entry is validated before any
     * is written, so a bad entry in a batch writes nothing. Adapters override it to batch (one Lucene
     * refresh, one OpenSearch bulk request): a bulk load one write at a time would pay a refresh per vector.
     */
    default void upsertAll(List<VectorEntry> entries) {
        for (VectorEntry entry : entries) {
            VectorInput.id(entry.id());
            VectorInput.unitCopy(entry.vector(), dimensions(), "stored");
            VectorInput.metadata(entry.metadata(), "metadata");
        }
        for (VectorEntry entry : entries) {
            upsert(entry.id(), entry.vector(), entry.metadata());
        }
    }

    /** The {@code k} stored vectors closest to {@code query}, best (highest cosine) first. */
    default List<VectorHit> search(float[] query, int k) {
        return search(query, k, Map.of());
    }

    /**
     * Like {@link #search(float[], int)} but only over entries whose metadata holds every key of
     * {@code mustMatch} with exactly that value (an empty map filters nothing). The filter is applied
     * during the graph search, not after it, so a selective filter still returns {@code k} hits when
     * that many match.
     */
    List<VectorHit> search(float[] query, int k, Map<String, String> mustMatch);

    /** Removes the entry; {@code true} when it was there. */
    boolean delete(String id);

    /** How many entries the index holds. */
    long count();

    /** Releases files, threads and connections; the index must not be used afterwards. */
    @Override
    void close();
}
