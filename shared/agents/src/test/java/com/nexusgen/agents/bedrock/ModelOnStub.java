package com.nexusgen.agents.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexusgen.ai.BedrockClients;
import com.nexusgen.ai.BedrockLanguageModel;
import com.nexusgen.ai.BedrockStub;
import com.nexusgen.ai.LanguageModel;
import com.nexusgen.ai.PriceTable;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * The production model stack (SDK client → {@link BedrockLanguageModel}, two repairs) pointed at the
 * in-process Converse stub: the agents are tested on the real adapter, without a network.
 */
final class ModelOnStub implements AutoCloseable {
    static final String MODEL = "anthropic.claude-3-5-sonnet-20240620-v1:0";
    static final int MAX_REPAIRS = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    final BedrockStub stub;
    final LanguageModel model;
    private final BedrockRuntimeClient client;

    ModelOnStub() throws IOException {
        stub = new BedrockStub();
        client = BedrockClients.create("us-east-1", stub.endpoint(), 1, Duration.ofSeconds(5), Duration.ofSeconds(20));
        model = new BedrockLanguageModel(client, MODEL, PriceTable.bedrockDefaults(), MAX_REPAIRS);
    }

    /** The JSON body of the {@code index}th Converse request. */
    JsonNode request(int index) {
        try {
            return JSON.readTree(stub.calls().get(index).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the first user message of a request. */
    static String userText(JsonNode request) {
        return request.path("messages").get(0).path("content").get(0).path("text").asText();
    }

    /** The feedback of the failed tool result a repair request ends with. */
    static String repairFeedback(JsonNode request) {
        JsonNode messages = request.path("messages");
        return messages.get(messages.size() - 1).path("content").get(0).path("toolResult").path("content").get(0)
                .path("text").asText();
    }

    /** The tree as parsed from its text: the SDK hands numbers back as decimals, Jackson parses them as doubles. */
    static JsonNode normalized(JsonNode node) {
        try {
            return JSON.readTree(node.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        client.close();
        stub.close();
    }
}
