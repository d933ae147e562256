package com.nexusgen.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway's HTTP ⇄ payload-2.0 conversions, checked with a function that echoes its event:
 * headers, cookies, query strings, path parameters, binary bodies, status and multi-value headers.
 */
class LocalHttpApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LocalFunction echo;
    private static LocalHttpApi api;
    private static LocalTokens tokens;
    private static URI url;

    @BeforeAll
    static void start() throws Exception {
        Path testClasses = Path.of(LocalHttpApiTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        echo = new LocalFunction("EchoFunction", "echo", testClasses, "com.nexusgen.local.echo.EchoHandler", 128, 5,
                Map.of(), 2);
        tokens = LocalTokens.create(null, LocalPlatform.LOCAL_ISSUER, "spa", Clock.systemUTC());
        api = new LocalHttpApi("127.0.0.1", 0, List.of(
                new Route("ANY", "/echo/{proxy+}", echo, false),
                new Route("GET", "/echo/fixed", echo, false),
                new Route("POST", "/private/{id}", echo, true)),
                tokens, List.of("spa"), Optional.empty(), Map.of(), Map.of());
        url = URI.create("http://127.0.0.1:" + api.port());
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
        echo.close();
    }

    @Test
    void request_shouldArriveAsPayload2Event() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(url.resolve("/echo/a/b%20c?x=1&x=2&y=%C3%A9"))
                .header("Cookie", "s=abc; t=def").header("X-Multi", "one").header("X-Multi", "two")
                .header("Content-Type", "application/json")
                .method("PUT", HttpRequest.BodyPublishers.ofString("{\"k\":\"v\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        assertEquals(207, response.statusCode());
        assertTrue(body.contains("routeKey=ANY /echo/{proxy+}"), body);
        assertTrue(body.contains("rawQueryString=x=1&x=2&y=%C3%A9"), body);
        assertTrue(body.contains("query={x=1,2, y=é}"), body);
        assertTrue(body.contains("path={proxy=a/b%20c}"), body);
        assertTrue(body.contains("cookies=[s=abc, t=def]"), body);
        assertTrue(body.contains("x-multi=one,two"), body);
        assertTrue(body.contains("base64=false"), body);
        assertTrue(body.contains("body={\"k\":\"v\"}"), body);
        assertTrue(body.contains("method=PUT"), body);
        assertTrue(body.contains("stage=$default"), body);
        assertTrue(body.contains("function=echo"), body);
        assertTrue(body.contains("claims=null"), body);
        // the response's multi-value headers and cookies come back as repeated headers
        assertEquals(List.of("one", "two"), response.headers().allValues("x-values"));
        assertEquals(List.of("a=1; Path=/", "b=2; HttpOnly"), response.headers().allValues("set-cookie"));
    }

    @Test
    void literalRoute_shouldWinOverAGreedyOne() throws Exception {
        String body = HTTP.send(HttpRequest.newBuilder(url.resolve("/echo/fixed")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(body.contains("routeKey=GET /echo/fixed"), body);
    }

    @Test
    void binaryBodies_shouldTravelBase64EncodedBothWays() throws Exception {
        byte[] bytes = {0, 1, 2, (byte) 255};
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(url.resolve("/echo/bin?reply=binary"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertArrayEquals(bytes, response.body());
        String echoed = HTTP.send(HttpRequest.newBuilder(url.resolve("/echo/bin"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(echoed.contains("base64=true"), echoed);
        assertTrue(echoed.contains("body=AAEC/w=="), echoed);
    }

    @Test
    void authorizedRoute_shouldPassClaimsAsStrings_andRefuseOthers() throws Exception {
        String token = tokens.issue("alice", "ws-1", "workspace", Duration.ofMinutes(5));
        HttpResponse<String> ok = HTTP.send(HttpRequest.newBuilder(url.resolve("/private/42"))
                .header("Authorization", token) // API Gateway accepts the token without "Bearer " too
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(207, ok.statusCode());
        assertTrue(ok.body().contains("sub=alice"), ok.body());
        assertTrue(ok.body().contains("workspace=ws-1"), ok.body());
        assertTrue(ok.body().contains("aud=spa"), ok.body());
        HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(url.resolve("/private/42"))
                .header("Authorization", "Bearer " + token + "x")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, refused.statusCode());
        assertEquals("{\"message\":\"Unauthorized\"}", refused.body());
    }

    @Test
    void unknownMethodOnAKnownPath_shouldBeTheGateways404() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(url.resolve("/private/42")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
        assertEquals("{\"message\":\"Not Found\"}", response.body());
    }
}
