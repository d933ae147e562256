package com.nexusgen.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.nexusgen.domain.errors.ProblemKind;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventServletRequest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Refuses bodies over the API's limit (413) before anything parses them. API Gateway's own cap is
 * 10 MB; ours is far lower because no JSON resource here is legitimately that big.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class BodySizeLimit {
    private final long maxBytes;

    BodySizeLimit(@Value("${nexusgen.api.max-body-bytes:65536}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @RequestFilter
    @Nullable
    HttpResponse<Problem> limit(HttpRequest<?> request) {
        long size = bodySize(request);
        if (size <= maxBytes) {
            return null;
        }
        return HttpResponse.<Problem>status(HttpStatus.REQUEST_ENTITY_TOO_LARGE)
                .contentType(Problem.MEDIA_TYPE)
                .body(Problem.of(ProblemKind.PAYLOAD_TOO_LARGE, "The body is " + size + " bytes; the limit is "
                        + maxBytes, request.getPath(), List.of()));
    }

    private static long bodySize(HttpRequest<?> request) {
        if (request instanceof APIGatewayV2HTTPEventServletRequest lambda) {
            APIGatewayV2HTTPEvent event = (APIGatewayV2HTTPEvent) lambda.getNativeRequest();
            String body = event.getBody();
            if (body == null) {
                return 0;
            }
            // base64 inflates by 4/3: decode arithmetically instead of allocating the bytes
            return event.getIsBase64Encoded() ? (body.length() * 3L) / 4
                    : body.getBytes(StandardCharsets.UTF_8).length;
        }
        return request.getContentLength();
    }
}
