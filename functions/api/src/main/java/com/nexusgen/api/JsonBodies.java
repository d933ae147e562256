package com.nexusgen.api;

import com.nexusgen.domain.errors.ProblemException;
import com.nexusgen.domain.errors.ProblemKind;
import io.micronaut.json.tree.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request bodies arrive as JSON trees and become plain maps for the shared services. A tree, unlike
 * binding straight to a Map, keeps explicit {@code null}s, which a merge patch needs ("clear this").
 */
final class JsonBodies {
    private JsonBodies() {
    }

    static Map<String, Object> object(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ProblemException(ProblemKind.MALFORMED_REQUEST, "The body must be a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value(body);
        return map;
    }

    private static Object value(JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : node.entries()) {
                out.put(entry.getKey(), value(entry.getValue()));
            }
            return out;
        }
        if (node.isArray()) {
            List<Object> out = new ArrayList<>(node.size());
            for (JsonNode item : node.values()) {
                out.add(value(item));
            }
            return out;
        }
        if (node.isBoolean()) {
            return node.getBooleanValue();
        }
        if (node.isNumber()) {
            return node.getNumberValue();
        }
        return node.getStringValue();
    }
}
