package com.nexusgen.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Titan Text Embeddings v2 through InvokeModel, against the in-process Bedrock stub. */
class TitanEmbeddingsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void embed_shouldSendTheTitanRequest_andReadTheVector() throws Exception {
        try (BedrockStub stub = new BedrockStub();
             var client = BedrockClients.create("us-east-1", stub.endpoint(), 2, Duration.ofSeconds(5), Duration.ofSeconds(10))) {
            stub.reply(BedrockStub.embedding(256));
            Embeddings titan = new TitanEmbeddings(client, 256);
            float[] vector = titan.embed("Cannot find module 'react-router-dom'");
            assertEquals(256, vector.length);
            assertEquals(1.0f, vector[0]);
            assertEquals(TitanEmbeddings.MODEL_ID, stub.calls().getFirst().modelId());
            JsonNode request = JSON.readTree(stub.calls().getFirst().body());
            assertEquals("Cannot find module 'react-router-dom'", request.path("inputText").asText());
            assertEquals(256, request.path("dimensions").asInt());
            assertEquals(true, request.path("normalize").asBoolean());

            stub.reply(BedrockStub.embedding(512));
            assertThrows(ModelException.class, () -> titan.embed("wrong size back"));
            stub.reply(BedrockStub.throttled());
            assertThrows(ModelException.Throttled.class, () -> titan.embed("slow down"));
        }
        assertThrows(IllegalArgumentException.class, () -> new TitanEmbeddings(null, 300));
    }
}
