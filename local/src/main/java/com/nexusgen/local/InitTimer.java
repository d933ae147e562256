package com.nexusgen.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.nexusgen.template.FunctionDefinition;
import com.nexusgen.template.SamTemplate;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * Measures a function's cold start the way Lambda bills it without SnapStart: from a new handler
 * instance in a fresh sandbox (class loader) to its first response, here to {@code GET /v1/health},
 * which touches no data.
 */
final class InitTimer {
    private InitTimer() {
    }

    /** Milliseconds from "new handler" to the first response of {@code functionId}. */
    static long measure(Path root, String functionId, String path) throws Exception {
        SamTemplate template = SamTemplate.load(root.resolve("template.yaml"));
        FunctionDefinition definition = template.function(functionId)
                .orElseThrow(() -> new IllegalArgumentException("no function " + functionId + " in template.yaml"));
        LocalPlatform.Options options = LocalPlatform.Options.inMemory(root);
        var resolver = LocalPlatform.resolver(template, Map.of("Stage", LocalPlatform.STAGE));
        // No table behind it: the measured request must not need one.
        try (LocalFunction function = LocalPlatform.function(options, resolver, definition, URI.create("http://127.0.0.1:9"), null)) {
            APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                    .withVersion("2.0").withRouteKey("GET " + path).withRawPath(path)
                    .withHeaders(Map.of("accept", "application/json", "host", "localhost"))
                    .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                            .withStage("$default")
                            .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                    .withMethod("GET").withPath(path).withProtocol("HTTP/1.1").withSourceIp("127.0.0.1").build())
                            .build())
                    .build();
            long start = System.nanoTime();
            APIGatewayV2HTTPResponse response = function.invoke(event);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (response.getStatusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.getStatusCode() + ": " + response.getBody());
            }
            return millis;
        }
    }
}
