package com.nexusgen.local.echo;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Lambda that reports the event it received and answers with what the request asks for, so the
 * local gateway's conversions can be checked in both directions. It is loaded from the test
 * classes folder in its own class loader, like any function.
 */
public class EchoHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        StringBuilder out = new StringBuilder();
        out.append("routeKey=").append(event.getRouteKey()).append('\n');
        out.append("rawPath=").append(event.getRawPath()).append('\n');
        out.append("rawQueryString=").append(event.getRawQueryString()).append('\n');
        out.append("query=").append(sorted(event.getQueryStringParameters())).append('\n');
        out.append("path=").append(sorted(event.getPathParameters())).append('\n');
        out.append("cookies=").append(event.getCookies()).append('\n');
        out.append("x-multi=").append(event.getHeaders().get("x-multi")).append('\n');
        out.append("base64=").append(event.getIsBase64Encoded()).append('\n');
        out.append("body=").append(event.getBody()).append('\n');
        out.append("method=").append(event.getRequestContext().getHttp().getMethod()).append('\n');
        out.append("stage=").append(event.getRequestContext().getStage()).append('\n');
        out.append("function=").append(context.getFunctionName()).append('\n');
        out.append("claims=").append(event.getRequestContext().getAuthorizer() == null ? null
                : sorted(event.getRequestContext().getAuthorizer().getJwt().getClaims())).append('\n');
        boolean binary = "binary".equals(event.getQueryStringParameters() == null ? null
                : event.getQueryStringParameters().get("reply"));
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(207)
                .withHeaders(Map.of("content-type", binary ? "application/octet-stream" : "text/plain"))
                .withMultiValueHeaders(Map.of("x-values", List.of("one", "two")))
                .withCookies(List.of("a=1; Path=/", "b=2; HttpOnly"))
                .withBody(binary ? Base64.getEncoder().encodeToString(new byte[]{0, 1, 2, (byte) 255}) : out.toString())
                .withIsBase64Encoded(binary)
                .build();
    }

    private static Object sorted(Map<String, String> map) {
        return map == null ? null : new TreeMap<>(map);
    }
}
