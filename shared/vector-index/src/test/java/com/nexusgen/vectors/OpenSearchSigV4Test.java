package com.nexusgen.vectors;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The AWS path without AWS: the real {@code AwsSdk2Transport} signs requests, and a fake SDK HTTP
 * client (the layer under the signer) records them and answers like OpenSearch would. Nothing touches
 * the network.
 */
class OpenSearchSigV4Test {
    private static final URI COLLECTION = URI.create("https://abc123example.eu-west-1.aoss.amazonaws.com");
    private static final StaticCredentialsProvider FAKE_CREDENTIALS = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));

    /** A recorded request: what the signer produced, and the body that went with it. */
    private record Sent(SdkHttpRequest request, String body) {
    }

    /** Answers by method and path; records everything it is asked. */
    private static final class RecordingHttpClient implements SdkHttpClient {
        final List<Sent> sent = new CopyOnWriteArrayList<>();
        private final Map<String, String> answers;

        RecordingHttpClient(Map<String, String> answers) {
            this.answers = answers;
        }

        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            return new ExecutableHttpRequest() {
                @Override
                public HttpExecuteResponse call() {
                    String body = request.contentStreamProvider().map(provider -> {
                        try {
                            return new String(provider.newStream().readAllBytes(), StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).orElse("");
                    sent.add(new Sent(request.httpRequest(), body));
                    String key = request.httpRequest().method() + " " + request.httpRequest().encodedPath();
                    String answer = answers.get(key);
                    if (answer == null) {
                        throw new AssertionError("unexpected request " + key);
                    }
                    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
                    return HttpExecuteResponse.builder()
                            .response(SdkHttpResponse.builder().statusCode(200)
                                    .putHeader("Content-Type", "application/json")
                                    .putHeader("Content-Length", Integer.toString(bytes.length)).build())
                            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(bytes)))
                            .build();
                }

                @Override
                public void abort() {
                }
            };
        }

        @Override
        public void close() {
        }
    }

    private static final String MAPPING = "{\"fix-memory\":{\"mappings\":{\"properties\":{\"vector\":"
            + "{\"type\":\"knn_vector\",\"dimension\":384}}}}}";
    private static final String SHARDS = "\"_shards\":{\"total\":1,\"successful\":1,\"skipped\":0,\"failed\":0}";

    @Test
    void aws_shouldSignEveryRequestForTheServerlessService() {
        // GIVEN an OpenSearch Serverless index over a recording HTTP client
        RecordingHttpClient http = new RecordingHttpClient(Map.of(
                "HEAD /fix-memory", "",
                "GET /fix-memory/_mapping", MAPPING,
                "POST /fix-memory/_count", "{\"count\":7," + SHARDS + "}"));
        try (OpenSearchVectorIndex index = OpenSearchVectorIndex.aws(http, COLLECTION,
                OpenSearchVectorIndex.Flavor.SERVERLESS, Region.EU_WEST_1, FAKE_CREDENTIALS, "fix-memory", 384,
                OpenSearchVectorIndex.Tuning.defaults())) {
            // WHEN counting
            assertEquals(7, index.count());
        }
        // THEN every request went over HTTPS to the collection, SigV4-signed for service "aoss" in eu-west-1
        assertEquals(3, http.sent.size());
        for (Sent sent : http.sent) {
            SdkHttpRequest request = sent.request();
            assertEquals("https", request.protocol());
            assertEquals(COLLECTION.getHost(), request.host());
            String authorization = request.firstMatchingHeader("Authorization").orElseThrow();
            assertTrue(authorization.startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"), authorization);
            assertTrue(authorization.contains("/eu-west-1/aoss/aws4_request"), authorization);
            assertTrue(request.firstMatchingHeader("X-Amz-Date").isPresent());
            // OpenSearch Serverless requires the payload hash header
            assertTrue(request.firstMatchingHeader("x-amz-content-sha256").isPresent(), request.headers().toString());
        }
    }

    @Test
    void serverlessUpsert_shouldLetTheCollectionChooseIds_andNeverAskForARefresh() {
        // GIVEN no earlier copy of the id
        RecordingHttpClient http = new RecordingHttpClient(Map.of(
                "HEAD /fix-memory", "",
                "GET /fix-memory/_mapping", MAPPING,
                "POST /fix-memory/_search", "{\"took\":1,\"timed_out\":false," + SHARDS
                        + ",\"hits\":{\"total\":{\"value\":0,\"relation\":\"eq\"},\"hits\":[]}}",
                "POST /_bulk", "{\"took\":1,\"errors\":false,\"items\":[{\"index\":{\"_index\":\"fix-memory\","
                        + "\"_id\":\"1%3A0%3AxYz\",\"status\":201,\"result\":\"created\"}}]}"));
        try (OpenSearchVectorIndex index = OpenSearchVectorIndex.aws(http, COLLECTION,
                OpenSearchVectorIndex.Flavor.SERVERLESS, Region.EU_WEST_1, FAKE_CREDENTIALS, "fix-memory", 384,
                OpenSearchVectorIndex.Tuning.defaults())) {
            // WHEN a vector is stored
            float[] vector = new float[384];
            vector[0] = 1;
            index.upsert("fix-1", vector, Map.of("kind", "fix"));
        }
        // THEN the bulk request names no _id and carries the caller's id in the document, without refresh
        Sent bulk = http.sent.stream().filter(s -> s.request().encodedPath().equals("/_bulk")).findFirst().orElseThrow();
        assertFalse(bulk.body().contains("\"_id\""), bulk.body());
        assertTrue(bulk.body().contains("\"vid\":\"fix-1\""), bulk.body());
        assertTrue(bulk.body().contains("\"meta_terms\":[\"kind=fix\"]"), bulk.body());
        http.sent.forEach(s -> assertFalse(s.request().rawQueryParameters().containsKey("refresh"),
                s.request().getUri().toString()));
    }

    @Test
    void aws_shouldConstructWithoutTouchingTheNetwork_forAmazonOpenSearchService() {
        // a real SDK HTTP client, a fake region and credentials: construction sends nothing
        try (OpenSearchVectorIndex index = OpenSearchVectorIndex.aws(
                URI.create("https://search-fix-memory-abc.us-east-1.es.amazonaws.com"),
                OpenSearchVectorIndex.Flavor.CLUSTER, Region.US_EAST_1, FAKE_CREDENTIALS, "fix-memory", 384)) {
            assertEquals(384, index.dimensions());
            assertEquals("es", index.flavor().signingService());
            assertEquals("fix-memory", index.indexName());
        }
        assertEquals("aoss", OpenSearchVectorIndex.Flavor.SERVERLESS.signingService());
    }

    @Test
    void aws_shouldRefuseAnEndpointWithoutHost() {
        assertThrows(IllegalArgumentException.class, () -> OpenSearchVectorIndex.aws(URI.create("fix-memory"),
                OpenSearchVectorIndex.Flavor.SERVERLESS, Region.EU_WEST_1, FAKE_CREDENTIALS, "fix-memory", 384));
    }
}
