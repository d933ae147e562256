package com.nexusgen.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.List;
import java.util.Optional;

/**
 * The HTTP API's {@code CorsConfiguration}. Each field is the template's node (absent fields are
 * {@link MissingNode}) because origins in particular usually come from a parameter;
 * {@link #resolve(LocalResolver)} gives plain values.
 */
public record CorsConfiguration(
        JsonNode allowOrigins,
        JsonNode allowMethods,
        JsonNode allowHeaders,
        JsonNode exposeHeaders,
        JsonNode maxAge,
        JsonNode allowCredentials) {

    /** CORS rules with every intrinsic evaluated. */
    public record Resolved(
            List<String> allowOrigins,
            List<String> allowMethods,
            List<String> allowHeaders,
            List<String> exposeHeaders,
            Optional<Integer> maxAge,
            boolean allowCredentials) {

        public Resolved {
            allowOrigins = List.copyOf(allowOrigins);
            allowMethods = List.copyOf(allowMethods);
            allowHeaders = List.copyOf(allowHeaders);
            exposeHeaders = List.copyOf(exposeHeaders);
        }
    }

    /** {@code CorsConfiguration: true} in SAM: any origin, method and header. */
    static CorsConfiguration allowAll() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonNode any = nodes.arrayNode().add("*");
        return new CorsConfiguration(any, any, any, MissingNode.getInstance(), MissingNode.getInstance(),
                MissingNode.getInstance());
    }

    static CorsConfiguration of(JsonNode node) {
        return new CorsConfiguration(node.path("AllowOrigins"), node.path("AllowMethods"), node.path("AllowHeaders"),
                node.path("ExposeHeaders"), node.path("MaxAge"), node.path("AllowCredentials"));
    }

    public Resolved resolve(LocalResolver resolver) {
        JsonNode age = resolver.resolve(maxAge, "CorsConfiguration.MaxAge");
        JsonNode credentials = resolver.resolve(allowCredentials, "CorsConfiguration.AllowCredentials");
        return new Resolved(
                list(resolver, allowOrigins, "AllowOrigins"),
                list(resolver, allowMethods, "AllowMethods"),
                list(resolver, allowHeaders, "AllowHeaders"),
                list(resolver, exposeHeaders, "ExposeHeaders"),
                age.isMissingNode() ? Optional.empty() : Optional.of(Integer.parseInt(age.asText())),
                !credentials.isMissingNode() && Boolean.parseBoolean(credentials.asText()));
    }

    private static List<String> list(LocalResolver resolver, JsonNode node, String field) {
        return node.isMissingNode() ? List.of() : resolver.resolveTextList(node, "CorsConfiguration." + field);
    }
}
