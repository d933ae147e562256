package com.nexusgen.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.nexusgen.template.CorsConfiguration;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * API Gateway (HTTP API) on one machine: the template's routes in front of the functions, its JWT
 * authorizer, its CORS rules, its payload limit and its own error bodies ({@code {"message": ...}}),
 * so a client sees what it would see in AWS. Paths under {@code /local/} belong to the platform.
 */
public final class LocalHttpApi implements AutoCloseable {
    /** API Gateway's payload limit. */
    static final int MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

    private final List<Route> routes;
    private final LocalTokens tokens;
    private final List<String> audiences;
    private final Optional<CorsConfiguration.Resolved> cors;
    private final Map<String, PlatformEndpoint> platformEndpoints;
    private final Map<String, TargetEndpoint> targetEndpoints;
    private final HttpServer server;
    private final ExecutorService executor;

    /** A handler for a path under /local/ (tokens, keys, ...). */
    public interface PlatformEndpoint {
        Response handle(String method, byte[] body) throws Exception;
    }

    /**
     * An AWS service API in the JSON protocol ({@code POST /} with {@code X-Amz-Target}), served on the
     * same port so SDK clients in the functions can use it as their endpoint (Step Functions).
     */
    public interface TargetEndpoint {
        Response handle(String target, byte[] body) throws Exception;
    }

    /** A plain HTTP response from a platform endpoint. */
    public record Response(int status, String contentType, byte[] body) {
        public static Response json(int status, String json) {
            return new Response(status, "application/json", json.getBytes(StandardCharsets.UTF_8));
        }
    }

    public LocalHttpApi(String host, int port, List<Route> routes, LocalTokens tokens, List<String> audiences,
                        Optional<CorsConfiguration.Resolved> cors, Map<String, PlatformEndpoint> platformEndpoints,
                        Map<String, TargetEndpoint> targetEndpoints) throws IOException {
        this.routes = routes.stream().sorted(Comparator.comparingInt(Route::specificity).reversed()).toList();
        this.tokens = tokens;
        this.audiences = List.copyOf(audiences);
        this.cors = cors;
        this.platformEndpoints = Map.copyOf(platformEndpoints);
        this.targetEndpoints = Map.copyOf(targetEndpoints);
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        this.server = HttpServer.create(new InetSocketAddress(host, port), 1024);
        this.server.setExecutor(executor);
        this.server.createContext("/", this::serve);
        this.server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Serves {@code pathPrefix} with its own handler (the previews: a static site, not an API route). */
    public void serve(String pathPrefix, com.sun.net.httpserver.HttpHandler handler) {
        server.createContext(pathPrefix, handler);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                route(exchange);
            } catch (RuntimeException | Error e) {
                // The JDK server would drop the connection silently: say what happened, answer like API Gateway.
                System.err.println("[local] " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + " failed: " + e);
                e.printStackTrace();
                if (exchange.getResponseCode() == -1) {
                    gatewayError(exchange, null, 500, "Internal Server Error");
                }
            }
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getRawPath();
        String origin = exchange.getRequestHeaders().getFirst("Origin");

        if (method.equals("OPTIONS") && origin != null && cors.isPresent()
                && exchange.getRequestHeaders().containsKey("Access-Control-Request-Method")) {
            preflight(exchange, origin);
            return;
        }
        byte[] body = readBody(exchange);
        if (body == null) {
            gatewayError(exchange, origin, 413, "Request Entity Too Large");
            return;
        }
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        if (target != null && method.equals("POST") && path.equals("/")) {
            TargetEndpoint service = targetEndpoints.entrySet().stream()
                    .filter(e -> target.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
            if (service != null) {
                Response response;
                try {
                    response = service.handle(target, body);
                } catch (Exception e) {
                    e.printStackTrace();
                    response = Response.json(500, "{\"__type\":\"InternalFailure\",\"message\":\"" + e.getClass().getSimpleName() + "\"}");
                }
                send(exchange, response.status(), response.contentType(), response.body());
                return;
            }
        }
        PlatformEndpoint endpoint = platformEndpoints.get(path);
        if (endpoint != null) {
            Response response;
            try {
                response = endpoint.handle(method, body);
            } catch (Exception e) {
                e.printStackTrace();
                response = Response.json(500, "{\"message\":\"Internal Server Error\"}");
            }
            addCors(exchange.getResponseHeaders(), origin);
            send(exchange, response.status(), response.contentType(), response.body());
            return;
        }
        Route route = null;
        Map<String, String> pathParameters = null;
        for (Route candidate : routes) {
            pathParameters = candidate.match(method, path);
            if (pathParameters != null) {
                route = candidate;
                break;
            }
        }
        if (route == null) {
            gatewayError(exchange, origin, 404, "Not Found");
            return;
        }
        Map<String, String> claims = null;
        List<String> scopes = null;
        if (route.authorized()) {
            Optional<JWTClaimsSet> verified = bearer(exchange).flatMap(token -> tokens.verify(token, audiences));
            if (verified.isEmpty()) {
                exchange.getResponseHeaders().add("www-authenticate", "Bearer");
                gatewayError(exchange, origin, 401, "Unauthorized");
                return;
            }
            claims = claimsAsGatewayPassesThem(verified.get());
            String scope = claims.get("scope");
            scopes = scope == null ? null : List.of(scope.split(" "));
        }
        APIGatewayV2HTTPEvent event = ApiGatewayEvents.toEvent(exchange, route, pathParameters, body, claims, scopes);
        APIGatewayV2HTTPResponse response;
        try {
            response = route.function().invoke(event);
        } catch (Exception e) {
            System.err.println("[local] " + route.function().logicalId() + " failed: " + e);
            e.printStackTrace();
            gatewayError(exchange, origin, 500, "Internal Server Error");
            return;
        }
        writeLambdaResponse(exchange, origin, response);
    }

    /** API Gateway hands claims over as strings; arrays become "[a b]". */
    private static Map<String, String> claimsAsGatewayPassesThem(JWTClaimsSet set) {
        Map<String, String> claims = new LinkedHashMap<>();
        set.getClaims().forEach((name, value) -> {
            if (value instanceof java.util.Date date) {
                claims.put(name, Long.toString(date.toInstant().getEpochSecond()));
            } else if (value instanceof List<?> list) {
                claims.put(name, list.size() == 1 ? String.valueOf(list.getFirst())
                        : "[" + String.join(" ", list.stream().map(String::valueOf).toList()) + "]");
            } else if (value != null) {
                claims.put(name, value.toString());
            }
        });
        return claims;
    }

    private static Optional<String> bearer(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        // API Gateway accepts the token with or without the "Bearer " prefix.
        if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            value = value.substring(7).strip();
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private void writeLambdaResponse(HttpExchange exchange, String origin, APIGatewayV2HTTPResponse response)
            throws IOException {
        Headers out = exchange.getResponseHeaders();
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, value) -> {
                if (!name.equalsIgnoreCase("content-length")) {
                    out.set(name, value);
                }
            });
        }
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("content-length")) {
                    out.put(name, values);
                }
            });
        }
        if (response.getCookies() != null) {
            response.getCookies().forEach(cookie -> out.add("Set-Cookie", cookie));
        }
        addCors(out, origin);
        byte[] body = response.getBody() == null ? new byte[0]
                : response.getIsBase64Encoded() ? Base64.getDecoder().decode(response.getBody())
                : response.getBody().getBytes(StandardCharsets.UTF_8);
        int status = response.getStatusCode() == 0 ? 200 : response.getStatusCode();
        send(exchange, status, null, body);
    }

    private void preflight(HttpExchange exchange, String origin) throws IOException {
        CorsConfiguration.Resolved rules = cors.orElseThrow();
        Headers out = exchange.getResponseHeaders();
        if (originAllowed(rules, origin)) {
            out.set("Access-Control-Allow-Origin", origin);
            out.set("Access-Control-Allow-Methods", String.join(",", rules.allowMethods()));
            if (!rules.allowHeaders().isEmpty()) {
                out.set("Access-Control-Allow-Headers", String.join(",", rules.allowHeaders()));
            }
            rules.maxAge().ifPresent(age -> out.set("Access-Control-Max-Age", Integer.toString(age)));
            if (rules.allowCredentials()) {
                out.set("Access-Control-Allow-Credentials", "true");
            }
        }
        send(exchange, 204, null, new byte[0]);
    }

    private void addCors(Headers out, String origin) {
        if (origin == null || cors.isEmpty() || !originAllowed(cors.get(), origin)) {
            return;
        }
        // API Gateway's CORS headers replace the function's.
        out.set("Access-Control-Allow-Origin", cors.get().allowOrigins().contains("*") ? "*" : origin);
        if (!cors.get().exposeHeaders().isEmpty()) {
            out.set("Access-Control-Expose-Headers", String.join(",", cors.get().exposeHeaders()));
        }
        if (cors.get().allowCredentials()) {
            out.set("Access-Control-Allow-Credentials", "true");
        }
        out.add("Vary", "Origin");
    }

    private static boolean originAllowed(CorsConfiguration.Resolved rules, String origin) {
        return rules.allowOrigins().contains("*") || rules.allowOrigins().contains(origin);
    }

    private void gatewayError(HttpExchange exchange, String origin, int status, String message) throws IOException {
        addCors(exchange.getResponseHeaders(), origin);
        send(exchange, status, "application/json",
                ("{\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.getResponseHeaders().set("apigw-requestid", Long.toHexString(System.nanoTime()));
        boolean noBody = status == 204 || status == 304 || exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length == 0 ? -1 : body.length);
        if (!noBody && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The body, or null when it is over API Gateway's limit. */
    private static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_PAYLOAD_BYTES + 1);
            if (body.length > MAX_PAYLOAD_BYTES) {
                in.transferTo(OutputStream.nullOutputStream());
                return null;
            }
            return body;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
