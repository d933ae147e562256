package com.nexusgen.vectors;

import java.util.Map;

/**
 * One vector to store with {@link VectorIndex#upsertAll}. The array is not copied here (bulk loads
 * hold many of them); the index copies it when it stores it. Because the component is an array,
 * {@code equals} compares it by identity.
 */
public record VectorEntry(String id, float[] vector, Map<String, String> metadata) {
    public VectorEntry {
        // a null id or vector is reported by the index, as IllegalArgumentException, like any bad input
        metadata = metadata == null ? Map.of() : metadata;
    }

    public VectorEntry(String id, float[] vector) {
        this(id, vector, Map.of());
    }
}
