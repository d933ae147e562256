package com.nexusgen.asl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.Executors;

/** {@link StepFunctionsProtocol} on a port of its own (tests of the AWS adapter, tools). */
public final class StepFunctionsApiServer implements AutoCloseable {
    private final StepFunctionsProtocol protocol;
    private final HttpServer server;

    public StepFunctionsApiServer(LocalWorkflows workflows, int port) throws IOException {
        this.protocol = new StepFunctionsProtocol(workflows);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        this.server.createContext("/", this::handle);
        this.server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            StepFunctionsProtocol.Reply reply = protocol.handle(exchange.getRequestHeaders().getFirst("X-Amz-Target"),
                    exchange.getRequestBody().readAllBytes());
            exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
            exchange.getResponseHeaders().set("x-amzn-RequestId", java.util.UUID.randomUUID().toString());
            exchange.sendResponseHeaders(reply.status(), reply.body().length);
            exchange.getResponseBody().write(reply.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
