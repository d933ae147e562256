package com.nexusgen.template;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code AWS::Serverless::Function} with {@code Globals.Function} applied, as the local platform needs it.
 *
 * @param logicalId      the resource's logical id
 * @param handler        the handler, if the function has one (image functions do not)
 * @param codeUri        {@code CodeUri} when it is a path (not an S3 location object)
 * @param runtime        e.g. {@code java21}
 * @param memorySize     MB
 * @param timeout        seconds
 * @param environment    environment variables, Globals first then the function's own (the function wins);
 *                       values are unresolved nodes: use {@link #environment(LocalResolver)} for strings
 * @param httpApiEvents  the function's {@code HttpApi} events, in template order
 * @param properties     all properties after merging Globals, for anything not typed here
 */
public record FunctionDefinition(
        String logicalId,
        Optional<Handler> handler,
        Optional<String> codeUri,
        Optional<String> runtime,
        Optional<Integer> memorySize,
        Optional<Integer> timeout,
        Map<String, JsonNode> environment,
        List<HttpApiEvent> httpApiEvents,
        JsonNode properties) {

    public FunctionDefinition {
        environment = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        httpApiEvents = List.copyOf(httpApiEvents);
    }

    /** The environment variables as the function would see them, with every intrinsic evaluated. */
    public Map<String, String> environment(LocalResolver resolver) {
        Map<String, String> resolved = new LinkedHashMap<>();
        environment.forEach((name, value) -> {
            String location = "Resources." + logicalId + ".Properties.Environment.Variables." + name;
            JsonNode result = resolver.resolve(value, location);
            if (!result.isMissingNode()) { // !Ref AWS::NoValue removes the variable
                resolved.put(name, resolver.resolveText(result, location));
            }
        });
        return resolved;
    }
}
