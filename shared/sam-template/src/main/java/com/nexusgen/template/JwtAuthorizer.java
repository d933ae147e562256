package com.nexusgen.template;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;

/**
 * A JWT authorizer of the HTTP API ({@code Auth.Authorizers.<name>.JwtConfiguration}).
 *
 * @param name           the authorizer's name, as routes and {@code DefaultAuthorizer} refer to it
 * @param identitySource e.g. {@code $request.header.Authorization}
 * @param issuer         the {@code issuer} node, possibly an intrinsic ({@code !Ref JwtIssuer})
 * @param audience       the {@code audience} node: a list, or an intrinsic yielding one
 */
public record JwtAuthorizer(String name, Optional<String> identitySource, JsonNode issuer, JsonNode audience) {

    public String issuer(LocalResolver resolver) {
        return resolver.resolveText(issuer, "JwtAuthorizer " + name + ".issuer");
    }

    public List<String> audience(LocalResolver resolver) {
        return resolver.resolveTextList(audience, "JwtAuthorizer " + name + ".audience");
    }
}
