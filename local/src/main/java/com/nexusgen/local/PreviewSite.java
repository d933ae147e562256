package com.nexusgen.local;

import com.nexusgen.domain.code.ContentTypes;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The preview bucket as a website on one machine: {@code GET /preview/{projectId}/{version}/...} serves the built
 * app the build steps published into the preview folder. Like the bucket's website (index and error document
 * both {@code index.html}), a path without a file is answered with the version's {@code index.html}, so the app's
 * client-side routes work on reload.
 */
final class PreviewSite implements HttpHandler {
    private static final Pattern VERSION = Pattern.compile("^/preview/([A-Za-z0-9_-]+)/(\\d+)/(.*)$");

    private final Path root;

    /** @param root the folder the preview blob store writes to (keys {@code preview/{project}/{version}/...}) */
    PreviewSite(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "Method Not Allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Matcher matcher = VERSION.matcher(exchange.getRequestURI().getPath());
            if (!matcher.matches()) {
                send(exchange, 404, "text/plain; charset=utf-8", "Not Found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path version = root.resolve("preview").resolve(matcher.group(1)).resolve(matcher.group(2)).normalize();
            Path file = version.resolve(matcher.group(3)).normalize();
            if (!file.startsWith(version) || !Files.isRegularFile(file)) {
                file = version.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                send(exchange, 404, "text/plain; charset=utf-8", "No preview here".getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().add("Cache-Control", file.getFileName().toString().equals("index.html")
                    ? "no-cache" : "public, max-age=31536000, immutable");
            send(exchange, 200, ContentTypes.of(file.getFileName().toString()), method.equals("HEAD") ? null : body);
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, body == null ? -1 : body.length);
        if (body != null) {
            exchange.getResponseBody().write(body);
        }
    }
}
