package com.nexusgen.ai;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * An in-process Bedrock runtime that speaks the Converse wire format: {@code POST /model/{modelId}/converse}
 * with a JSON body (and InvokeModel's {@code /invoke}), answering scripted responses in order (the last one repeats), including
 * throttling as Bedrock sends it (429 with {@code x-amzn-ErrorType: ThrottlingException}).
 * Published in shared/ai's test-jar ({@code com.nexusgen:ai:test-jar}) for other modules' tests.
 */
public final class BedrockStub implements AutoCloseable {
    /** One scripted HTTP answer: status, Bedrock's error type header (null on success), JSON body. */
    public record Reply(int status, String errorType, String body) {
    }

    /** One request the stub received: the model id from the path and the JSON body as sent. */
    public record Call(String modelId, String body) {
    }

    private final HttpServer server;
    private final Deque<Reply> replies = new ArrayDeque<>();
    private final List<Call> calls = new ArrayList<>();
    private java.util.function.Function<Call, Reply> responder;
    private final java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newCachedThreadPool();

    public BedrockStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext("/model/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getRawPath();
                // /model/{modelId}/converse, and /model/{modelId}/invoke for InvokeModel (embeddings)
                String modelId = URLDecoder.decode(path.substring("/model/".length(), path.lastIndexOf('/')),
                        StandardCharsets.UTF_8);
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Reply reply;
                java.util.function.Function<Call, Reply> answering;
                synchronized (this) {
                    calls.add(new Call(modelId, body));
                    answering = responder;
                    reply = answering != null ? null : replies.size() > 1 ? replies.poll() : replies.peek();
                }
                if (answering != null) {
                    // outside the lock: a responder may take its time, and parallel callers answer in parallel
                    reply = answering.apply(new Call(modelId, body));
                }
                byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.getResponseHeaders().set("x-amzn-RequestId", "stub-" + calls.size());
                if (reply.errorType() != null) {
                    exchange.getResponseHeaders().set("x-amzn-ErrorType", reply.errorType());
                }
                exchange.sendResponseHeaders(reply.status(), bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public synchronized void reply(Reply... scripted) {
        replies.clear();
        replies.addAll(List.of(scripted));
    }

    /**
     * Answers each request from what it asks (e.g. by the tool it forces) instead of a script: for
     * callers that run in parallel, where the order of requests is not fixed.
     */
    public synchronized void answer(java.util.function.Function<Call, Reply> responder) {
        this.responder = responder;
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public static Reply text(String text, int in, int out, String stopReason) {
        return new Reply(200, null, """
                {"output":{"message":{"role":"assistant","content":[{"text":%s}]}},"stopReason":"%s",
                 "usage":{"inputTokens":%d,"outputTokens":%d,"totalTokens":%d},"metrics":{"latencyMs":120}}"""
                .formatted(quote(text), stopReason, in, out, in + out));
    }

    public static Reply tool(String name, String inputJson, int in, int out) {
        return new Reply(200, null, """
                {"output":{"message":{"role":"assistant","content":[{"toolUse":{"toolUseId":"tooluse_%d","name":"%s","input":%s}}]}},
                 "stopReason":"tool_use","usage":{"inputTokens":%d,"outputTokens":%d,"totalTokens":%d},"metrics":{"latencyMs":340}}"""
                .formatted(in, name, inputJson, in, out, in + out));
    }

    public static Reply embedding(int dimensions) {
        StringBuilder vector = new StringBuilder();
        for (int i = 0; i < dimensions; i++) {
            vector.append(i == 0 ? "" : ",").append(i == 0 ? "1.0" : "0.0");
        }
        return new Reply(200, null, "{\"embedding\":[" + vector + "],\"inputTextTokenCount\":7}");
    }

    public static Reply throttled() {
        return new Reply(429, "ThrottlingException", "{\"message\":\"Too many requests, please wait before trying again.\"}");
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
