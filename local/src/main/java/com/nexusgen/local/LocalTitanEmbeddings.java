package com.nexusgen.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexusgen.ai.Embeddings;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Bedrock's InvokeModel for Titan Text Embeddings v2 on one machine ({@code POST /model/amazon.titan-embed-text-v2:0/invoke},
 * same request and response shape), answered by an offline model: the functions embed through the real Titan
 * adapter, and no model file has to ship in a Lambda jar. The offline model's vectors (384 dimensions) are padded
 * with zeros to the 512 or 1024 the request asks for, which keeps every cosine similarity exactly; 256 would need a
 * lossy cut and is refused, as Bedrock refuses a size it doesn't serve.
 */
final class LocalTitanEmbeddings implements HttpHandler {
    static final String MODEL_ID = "amazon.titan-embed-text-v2:0";
    private static final Set<Integer> SIZES = Set.of(512, 1024);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Embeddings model;

    LocalTitanEmbeddings(Embeddings model) {
        this.model = model;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            if (!exchange.getRequestMethod().equals("POST") || !path.equals("/model/" + MODEL_ID + "/invoke")) {
                reply(exchange, 404, error("ResourceNotFoundException", "no local stand-in for " + path));
                return;
            }
            JsonNode request;
            try {
                request = JSON.readTree(exchange.getRequestBody().readAllBytes());
            } catch (IOException e) {
                reply(exchange, 400, error("ValidationException", "the body is not JSON"));
                return;
            }
            String text = request.path("inputText").asText(null);
            int dimensions = request.path("dimensions").asInt(1024);
            if (text == null || text.isEmpty() || !SIZES.contains(dimensions) || dimensions < model.dimensions()) {
                reply(exchange, 400, error("ValidationException",
                        "inputText is required and dimensions must be 512 or 1024 on the local stand-in"));
                return;
            }
            float[] vector = model.embed(text);
            ObjectNode response = JSON.createObjectNode();
            ArrayNode embedding = response.putArray("embedding");
            for (int i = 0; i < dimensions; i++) {
                embedding.add(i < vector.length ? vector[i] : 0f);
            }
            response.put("inputTextTokenCount", text.split("\\s+").length);
            reply(exchange, 200, response);
        }
    }

    private static ObjectNode error(String type, String message) {
        return JSON.createObjectNode().put("message", message).put("__type", type);
    }

    private static void reply(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (status != 200) {
            exchange.getResponseHeaders().add("x-amzn-ErrorType", body.path("__type").asText());
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
