package com.nexusgen.ai.offline;

import com.nexusgen.ai.Embeddings;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2 (quantized), a real sentence-embedding model shipped inside a Maven artifact and
 * run on the CPU with ONNX Runtime: 384 dimensions, no network. Loading takes about a second, so one
 * instance serves a whole process.
 */
public final class MiniLmEmbeddings implements Embeddings {
    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    @Override
    public String modelId() {
        return "all-MiniLM-L6-v2-q";
    }

    @Override
    public int dimensions() {
        return 384;
    }

    @Override
    public float[] embed(String text) {
        float[] vector = model.embed(text).content().vector();
        return normalized(vector);
    }

    private static float[] normalized(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return vector;
        }
        float[] out = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            out[i] = (float) (vector[i] / norm);
        }
        return out;
    }
}
