package com.nexusgen.asl;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * Resolves a path against the current state's data: {@code $...} reads the effective input,
 * {@code $$...} the context object. Empty when the path selects nothing.
 */
@FunctionalInterface
public interface PathResolver {
    Optional<JsonNode> resolve(String path);

    /** A resolver over one input document and one context object. */
    static PathResolver of(JsonNode input, JsonNode context) {
        return path -> path.startsWith("$$") ? JsonPaths.read(context, path.substring(1)) : JsonPaths.read(input, path);
    }
}
