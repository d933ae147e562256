package com.nexusgen.local;

import com.nexusgen.template.RepositoryRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With a data folder, the platform keeps tables, items and its signing key across restarts. */
class LocalPlatformRestartTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void restart_shouldKeepDataAndTokens_whenADataFolderIsGiven(@TempDir Path data) throws Exception {
        LocalPlatform.Options options = new LocalPlatform.Options(RepositoryRoot.locate(), "127.0.0.1", 0, data, Map.of(), 2);
        String token;
        String location;
        try (LocalPlatform first = LocalPlatform.start(options)) {
            HttpResponse<String> issued = send(first, HttpRequest.newBuilder(first.url().resolve("/local/tokens"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"sub\":\"rita\",\"workspace\":\"ws-restart\"}")));
            token = issued.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
            HttpResponse<String> created = send(first, HttpRequest.newBuilder(first.url().resolve("/v1/projects"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Survives restarts\"}")));
            assertEquals(201, created.statusCode(), created.body());
            location = created.headers().firstValue("location").orElseThrow();
        }
        try (LocalPlatform second = LocalPlatform.start(options)) {
            HttpResponse<String> read = send(second, HttpRequest.newBuilder(second.url().resolve(location))
                    .header("Authorization", "Bearer " + token));
            assertEquals(200, read.statusCode(), read.body());
            assertTrue(read.body().contains("Survives restarts"));
        }
    }

    private static HttpResponse<String> send(LocalPlatform platform, HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
