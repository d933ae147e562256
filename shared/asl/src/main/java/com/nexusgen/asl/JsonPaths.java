package com.nexusgen.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSONPath as the States Language uses it, on Jackson trees, through the Jayway implementation.
 * {@link #read} takes any Path (filters, wildcards, slices); {@link #write} takes a Reference Path
 * (only fields and indexes: {@code $.a.b}, {@code $['a b']}, {@code $.list[2]}), as ResultPath does.
 */
public final class JsonPaths {
    private static final Configuration CONFIGURATION = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider())
            .mappingProvider(new JacksonMappingProvider())
            .build();
    private static final com.fasterxml.jackson.databind.ObjectMapper VALUES = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final ConcurrentHashMap<String, JsonPath> COMPILED = new ConcurrentHashMap<>();
    private static final Pattern SEGMENT = Pattern.compile("\\.([^.\\[\\]()*?@,:\\s'\"]+)|\\['((?:[^'\\\\]|\\\\.)*)'\\]|\\[(\\d+)\\]");

    private JsonPaths() {
    }

    /** True for a syntactically valid path starting with {@code $}. */
    public static boolean isValid(String path) {
        if (path == null || !path.startsWith("$")) {
            return false;
        }
        if (referenceSegmentsOrNull(path) != null) {
            return true;
        }
        if (!balanced(path)) {
            return false; // Jayway compiles some unbalanced paths ($.a[, $.a]) leniently
        }
        try {
            compile(path);
            return true;
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * The value at {@code path}, or empty when it selects nothing. A definite path yields the node; an
     * indefinite one (wildcard, filter, slice) yields an array of the matches, as Step Functions does.
     */
    public static Optional<JsonNode> read(JsonNode document, String path) {
        if (path.equals("$")) {
            return Optional.of(document);
        }
        // Reference paths (fields and indexes only) are walked directly: it is faster, and it tells a
        // missing element from a present null, which Jayway does not for an index past the end.
        List<Object> segments = referenceSegmentsOrNull(path);
        if (segments != null) {
            return walk(document, segments);
        }
        JsonPath compiled = compile(path);
        try {
            Object result = compiled.read(document, CONFIGURATION);
            if (result == null) {
                return compiled.isDefinite() ? Optional.of(JsonNodeFactory.instance.nullNode()) : Optional.empty();
            }
            // functions such as length() answer plain Java values
            return Optional.of(result instanceof JsonNode node ? node : VALUES.valueToTree(result));
        } catch (PathNotFoundException missing) {
            return Optional.empty();
        }
    }

    /**
     * A copy of {@code document} with {@code value} placed at {@code referencePath}, creating the
     * objects on the way; {@code $} replaces the whole document.
     *
     * @throws IllegalArgumentException if the path is not a reference path or crosses a non-object
     */
    public static JsonNode write(JsonNode document, String referencePath, JsonNode value) {
        List<Object> segments = referenceSegments(referencePath);
        if (segments.isEmpty()) {
            return value;
        }
        JsonNode root = document == null || !document.isContainerNode() ? JsonNodeFactory.instance.objectNode() : document.deepCopy();
        JsonNode current = root;
        for (int i = 0; i < segments.size(); i++) {
            Object segment = segments.get(i);
            boolean last = i == segments.size() - 1;
            if (segment instanceof String field) {
                if (!(current instanceof ObjectNode object)) {
                    throw new IllegalArgumentException("cannot set field '" + field + "' of a non-object at " + referencePath);
                }
                if (last) {
                    object.set(field, value);
                } else {
                    JsonNode next = object.get(field);
                    if (next == null) {
                        next = object.putObject(field); // missing fields are created on the way
                    } else if (!next.isContainerNode()) {
                        throw new IllegalArgumentException("cannot descend into '" + field + "' (" + next.getNodeType()
                                + ") at " + referencePath);
                    }
                    current = next;
                }
            } else {
                int index = (Integer) segment;
                if (!(current instanceof ArrayNode array) || index >= array.size()) {
                    throw new IllegalArgumentException("index " + index + " does not exist at " + referencePath);
                }
                if (last) {
                    array.set(index, value);
                } else {
                    current = array.get(index);
                }
            }
        }
        return root;
    }

    private static Optional<JsonNode> walk(JsonNode document, List<Object> segments) {
        JsonNode current = document;
        for (Object segment : segments) {
            if (segment instanceof String field) {
                if (current == null || !current.isObject() || !current.has(field)) {
                    return Optional.empty();
                }
                current = current.get(field);
            } else {
                int index = (Integer) segment;
                if (current == null || !current.isArray() || index >= current.size()) {
                    return Optional.empty();
                }
                current = current.get(index);
            }
        }
        return Optional.of(current);
    }

    private static List<Object> referenceSegmentsOrNull(String path) {
        try {
            return referenceSegments(path);
        } catch (IllegalArgumentException notAReferencePath) {
            return null;
        }
    }

    /** The fields and indexes of a reference path; throws for anything else (wildcards, filters...). */
    public static List<Object> referenceSegments(String referencePath) {
        if (referencePath == null || !referencePath.startsWith("$")) {
            throw new IllegalArgumentException("not a reference path: " + referencePath);
        }
        List<Object> segments = new ArrayList<>();
        Matcher matcher = SEGMENT.matcher(referencePath);
        int position = 1;
        while (position < referencePath.length()) {
            if (!matcher.find(position) || matcher.start() != position) {
                throw new IllegalArgumentException("not a reference path: " + referencePath);
            }
            if (matcher.group(1) != null) {
                if (matcher.group(1).equals("*")) {
                    throw new IllegalArgumentException("not a reference path: " + referencePath);
                }
                segments.add(matcher.group(1));
            } else if (matcher.group(2) != null) {
                segments.add(matcher.group(2).replace("\\'", "'"));
            } else {
                segments.add(Integer.parseInt(matcher.group(3)));
            }
            position = matcher.end();
        }
        return segments;
    }

    private static boolean balanced(String path) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\'' && (i == 0 || path.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && (c == '[' || c == '(')) {
                depth++;
            } else if (!quoted && (c == ']' || c == ')')) {
                if (--depth < 0) {
                    return false;
                }
            }
        }
        return depth == 0 && !quoted;
    }

    private static JsonPath compile(String path) {
        return COMPILED.computeIfAbsent(path, JsonPath::compile);
    }
}
