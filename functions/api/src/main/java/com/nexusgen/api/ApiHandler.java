package com.nexusgen.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.slf4j.MDC;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

import java.util.Map;

/**
 * The Lambda entry point of the HTTP API (template.yaml: {@code ApiFunction}). Lambda uses the no-arg
 * constructor; tests and the local platform pass their own application context.
 *
 * <p>With SnapStart, {@link #beforeCheckpoint} runs once before the snapshot: it sends requests that
 * touch no data (health, the OpenAPI document, a validation failure) through the whole stack, so
 * routing, serialization and error mapping are loaded and JIT-warm in every restored instance.
 */
public class ApiHandler extends APIGatewayV2HTTPEventFunction implements Resource {
    /** The MDC key Powertools' JSON layout prints as {@code correlation_id}. */
    private static final String CORRELATION_ID = "correlation_id";

    public ApiHandler() {
        super();
        Core.getGlobalContext().register(this);
    }

    public ApiHandler(ApplicationContext context) {
        super(context);
    }

    /**
     * Every invocation logs as JSON with the Lambda context (request id, cold start, function) and the
     * API Gateway request id as correlation id, through Powertools' functional API.
     */
    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, com.amazonaws.services.lambda.runtime.Context context) {
        if (context == null) {
            return super.handleRequest(event, null); // priming: no invocation to describe
        }
        return PowertoolsLogging.withLogging(context, () -> {
            // The correlation id is API Gateway's request id; set directly rather than through a
            // JMESPath over the whole event, which would serialize every event with jackson-databind.
            if (event.getRequestContext() != null && event.getRequestContext().getRequestId() != null) {
                MDC.put(CORRELATION_ID, event.getRequestContext().getRequestId());
            }
            return super.handleRequest(event, context);
        });
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to refresh: SDK clients resolve credentials lazily and reconnect on their own
    }

    /** Sends data-free requests through routing, serialization and error mapping. */
    public void prime() {
        for (int i = 0; i < 3; i++) {
            handleRequest(primingEvent("GET", "/v1/health"), null);
            handleRequest(primingEvent("GET", "/v1/openapi.yaml"), null);
            handleRequest(primingEvent("GET", "/v1/no-such-route"), null);
        }
    }

    private static APIGatewayV2HTTPEvent primingEvent(String method, String path) {
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(method + " " + path)
                .withRawPath(path)
                .withHeaders(Map.of("accept", "application/json", "host", "localhost"))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method).withPath(path).withProtocol("HTTP/1.1")
                                .withSourceIp("127.0.0.1").build())
                        .withStage("$default")
                        .build())
                .withIsBase64Encoded(false)
                .build();
    }
}
