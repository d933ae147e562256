package com.nexusgen.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of the template's {@code Parameters} section.
 *
 * @param name           the parameter's name
 * @param type           CloudFormation type ({@code String}, {@code Number}, {@code CommaDelimitedList}, ...)
 * @param defaultValue   the default, already in the shape {@code Ref} yields: text, or an array of text for list types
 * @param allowedValues  the {@code AllowedValues}, empty when any value is allowed
 * @param allowedPattern the {@code AllowedPattern}, if any
 */
public record TemplateParameter(
        String name,
        String type,
        Optional<JsonNode> defaultValue,
        List<String> allowedValues,
        Optional<String> allowedPattern) {

    public TemplateParameter {
        allowedValues = List.copyOf(allowedValues);
    }

    /** {@code CommaDelimitedList} and {@code List<...>} parameters: {@code Ref} yields a list of strings. */
    public boolean isList() {
        return "CommaDelimitedList".equals(type) || type.startsWith("List<");
    }

    /**
     * Turns a value as CloudFormation receives it (always a string; lists comma-separated, each member
     * space-trimmed) into what {@code Ref} yields.
     */
    public JsonNode valueOf(String value) {
        if (!isList()) {
            return TextNode.valueOf(value);
        }
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        Arrays.stream(value.split(",", -1)).map(String::trim).forEach(list::add);
        return list;
    }

    /**
     * Checks a value against {@code AllowedValues} and {@code AllowedPattern}, as CloudFormation does
     * before it creates a stack.
     *
     * @throws TemplateException naming the parameter and the rule it breaks
     */
    public void check(JsonNode value) {
        List<String> members = value.isArray()
                ? java.util.stream.StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText).toList()
                : List.of(value.asText());
        for (String member : members) {
            if (!allowedValues.isEmpty() && !allowedValues.contains(member)) {
                throw new TemplateException("Parameter " + name + " = '" + member + "' is not one of " + allowedValues);
            }
            if (allowedPattern.isPresent() && !Pattern.matches(allowedPattern.get(), member)) {
                throw new TemplateException(
                        "Parameter " + name + " = '" + member + "' does not match " + allowedPattern.get());
            }
        }
    }
}
