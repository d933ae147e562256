package com.nexusgen.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;

/**
 * Payload templates (Parameters, ResultSelector, ItemSelector): a field whose name ends in
 * {@code .$} takes the value of a path or an intrinsic function, under the name without the suffix;
 * everything else is copied as written.
 */
public final class Templates {
    private Templates() {
    }

    public static JsonNode evaluate(JsonNode template, PathResolver resolver) {
        if (template.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = template.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = field.getKey();
                if (name.endsWith(".$")) {
                    out.set(name.substring(0, name.length() - 2), dynamic(name, field.getValue(), resolver));
                } else {
                    out.set(name, evaluate(field.getValue(), resolver));
                }
            }
            return out;
        }
        if (template.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            template.forEach(item -> out.add(evaluate(item, resolver)));
            return out;
        }
        return template;
    }

    private static JsonNode dynamic(String name, JsonNode value, PathResolver resolver) {
        if (!value.isTextual()) {
            throw StatesError.runtime("the value of " + name + " must be a path or an intrinsic function");
        }
        String expression = value.asText();
        if (Intrinsics.isIntrinsic(expression)) {
            return Intrinsics.evaluate(expression, resolver);
        }
        return resolver.resolve(expression).orElseThrow(() ->
                StatesError.runtime("the JSONPath " + expression + " of " + name + " could not be found in the input"));
    }
}
