package com.nexusgen.ai;

import java.util.List;

/**
 * Text to vectors, for retrieval (RAG) and the fix memory's similarity search. Vectors are unit
 * length, so cosine similarity is a dot product. Adapters: Bedrock Titan Text Embeddings v2 and an
 * offline all-MiniLM-L6-v2 (shared/ai-offline).
 */
public interface Embeddings {
    String modelId();

    int dimensions();

    float[] embed(String text);

    default List<float[]> embedAll(List<String> texts) {
        return texts.stream().map(this::embed).toList();
    }

    /** Cosine similarity of two unit vectors. */
    static double similarity(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of " + a.length + " and " + b.length + " dimensions");
        }
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
