package com.nexusgen.template;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The template's {@code AWS::Serverless::HttpApi}: what the local platform needs to check tokens and answer CORS.
 *
 * @param logicalId         the resource's logical id
 * @param defaultAuthorizer {@code Auth.DefaultAuthorizer}, if any
 * @param jwtAuthorizers    the JWT authorizers by name (authorizers of other kinds are left out)
 * @param cors              {@code CorsConfiguration}, if any
 * @param properties        all properties, for anything not typed here
 */
public record HttpApiDefinition(
        String logicalId,
        Optional<String> defaultAuthorizer,
        Map<String, JwtAuthorizer> jwtAuthorizers,
        Optional<CorsConfiguration> cors,
        JsonNode properties) {

    public HttpApiDefinition {
        jwtAuthorizers = Collections.unmodifiableMap(new LinkedHashMap<>(jwtAuthorizers));
    }

    /** The default authorizer when it is a JWT authorizer. */
    public Optional<JwtAuthorizer> defaultJwtAuthorizer() {
        return defaultAuthorizer.map(jwtAuthorizers::get);
    }
}
