package com.nexusgen.blobs;

import com.nexusgen.domain.code.BlobStore;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The S3 adapter through the real SDK against an in-process stub of S3's REST protocol (path-style
 * PUT, GET and HEAD object, NoSuchKey errors as S3 writes them).
 */
class S3BlobStoreTest extends BlobStoreContract {
    private static HttpServer server;
    private static final Map<String, byte[]> OBJECTS = new ConcurrentHashMap<>();
    private static BlobStore store;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath(); // /bucket/key...
            byte[] body = exchange.getRequestBody().readAllBytes();
            switch (exchange.getRequestMethod()) {
                case "PUT" -> {
                    OBJECTS.put(path, body);
                    exchange.getResponseHeaders().add("ETag", "\"stub\"");
                    exchange.sendResponseHeaders(200, -1);
                }
                case "GET", "HEAD" -> {
                    byte[] object = OBJECTS.get(path);
                    boolean head = exchange.getRequestMethod().equals("HEAD");
                    if (object == null) {
                        byte[] error = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchKey</Code>"
                                + "<Message>The specified key does not exist.</Message></Error>").getBytes(StandardCharsets.UTF_8);
                        exchange.getResponseHeaders().add("Content-Type", "application/xml");
                        exchange.sendResponseHeaders(404, head ? -1 : error.length);
                        if (!head) {
                            exchange.getResponseBody().write(error);
                        }
                    } else {
                        exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
                        exchange.getResponseHeaders().add("ETag", "\"stub\"");
                        if (head) {
                            exchange.getResponseHeaders().add("Content-Length", Integer.toString(object.length));
                            exchange.sendResponseHeaders(200, -1);
                        } else {
                            exchange.sendResponseHeaders(200, object.length == 0 ? -1 : object.length);
                            exchange.getResponseBody().write(object);
                        }
                    }
                }
                default -> exchange.sendResponseHeaders(405, -1);
            }
            exchange.close();
        });
        server.start();
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        store = new S3BlobStore(BlobStores.s3("us-east-1", endpoint), "nexusgen-artifacts");
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Override
    BlobStore store() {
        return store;
    }
}
