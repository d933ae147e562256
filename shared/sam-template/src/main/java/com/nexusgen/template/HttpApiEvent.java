package com.nexusgen.template;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * An {@code HttpApi} event of a function: one route of the HTTP API.
 *
 * @param name         the event's key under {@code Events}
 * @param method       HTTP method in upper case, or {@code ANY}
 * @param path         route path, e.g. {@code /v1/projects/{projectId}}, or {@code $default}
 * @param authDisabled {@code Auth: {Authorizer: NONE}}: the route is public even if the API has a default authorizer
 * @param authorizer   an authorizer named on the route itself (never {@code NONE})
 * @param apiId        the {@code ApiId} node (usually {@code {"Ref": "HttpApi"}}); empty for SAM's implicit API
 */
public record HttpApiEvent(
        String name,
        String method,
        String path,
        boolean authDisabled,
        Optional<String> authorizer,
        Optional<JsonNode> apiId) {

    /** The authorizer that guards this route: its own, else the API's default, none when disabled. */
    public Optional<String> effectiveAuthorizer(Optional<String> defaultAuthorizer) {
        if (authDisabled) {
            return Optional.empty();
        }
        return authorizer.or(() -> defaultAuthorizer);
    }
}
