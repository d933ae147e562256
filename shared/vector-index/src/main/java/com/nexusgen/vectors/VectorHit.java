package com.nexusgen.vectors;

import java.util.Map;
import java.util.Objects;

/**
 * One search result.
 *
 * @param id       the id the vector was stored under
 * @param score    cosine similarity between the query and the stored vector, in [-1, 1]
 * @param metadata the metadata stored with the vector
 */
public record VectorHit(String id, double score, Map<String, String> metadata) {
    public VectorHit {
        Objects.requireNonNull(id, "id");
        if (Double.isNaN(score) || score < -1.0001 || score > 1.0001) {
            throw new IllegalArgumentException("a cosine score lies in [-1, 1], got " + score + " for " + id);
        }
        // engines round: clamp so that callers can compare against thresholds without surprises
        score = Math.max(-1.0, Math.min(1.0, score));
        metadata = Map.copyOf(metadata);
    }
}
