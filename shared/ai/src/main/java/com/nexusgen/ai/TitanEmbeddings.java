package com.nexusgen.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ThrottlingException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/** Amazon Titan Text Embeddings v2 through Bedrock's InvokeModel, normalized, 256/512/1024 dimensions. */
public final class TitanEmbeddings implements Embeddings {
    public static final String MODEL_ID = "amazon.titan-embed-text-v2:0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Integer> SIZES = Set.of(256, 512, 1024);

    private final BedrockRuntimeClient client;
    private final int dimensions;

    public TitanEmbeddings(BedrockRuntimeClient client, int dimensions) {
        if (!SIZES.contains(dimensions)) {
            throw new IllegalArgumentException("Titan v2 embeds in 256, 512 or 1024 dimensions, not " + dimensions);
        }
        this.client = client;
        this.dimensions = dimensions;
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public float[] embed(String text) {
        ObjectNode body = JSON.createObjectNode().put("inputText", text).put("dimensions", dimensions).put("normalize", true);
        try {
            var response = client.invokeModel(r -> r.modelId(MODEL_ID).contentType("application/json")
                    .accept("application/json").body(SdkBytes.fromUtf8String(body.toString())));
            JsonNode vector = JSON.readTree(response.body().asUtf8String()).path("embedding");
            if (!vector.isArray() || vector.size() != dimensions) {
                throw new ModelException("Titan returned " + vector.size() + " dimensions, expected " + dimensions, null);
            }
            float[] out = new float[dimensions];
            for (int i = 0; i < dimensions; i++) {
                out[i] = (float) vector.get(i).asDouble();
            }
            return out;
        } catch (ThrottlingException e) {
            throw new ModelException.Throttled(MODEL_ID + " is throttled", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
