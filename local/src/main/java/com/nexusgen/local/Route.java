package com.nexusgen.local;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HttpApi route of template.yaml ({@code GET /v1/projects/{projectId}}) and the function behind it.
 * Matching follows API Gateway: {@code {name}} takes one segment, {@code {name+}} the rest, method
 * {@code ANY} matches every method, and literal segments beat parameters.
 */
record Route(String method, String path, LocalFunction function, boolean authorized) {

    String routeKey() {
        return method + " " + path;
    }

    /** Path parameters if this route matches, else null. */
    Map<String, String> match(String requestMethod, String requestPath) {
        if (!method.equals("ANY") && !method.equalsIgnoreCase(requestMethod)) {
            return null;
        }
        String[] template = segments(path);
        String[] actual = segments(requestPath);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < template.length; i++) {
            String part = template[i];
            if (part.startsWith("{") && part.endsWith("+}")) {
                if (i >= actual.length) {
                    return null;
                }
                parameters.put(part.substring(1, part.length() - 2), String.join("/",
                        java.util.Arrays.copyOfRange(actual, i, actual.length)));
                return parameters;
            }
            if (i >= actual.length) {
                return null;
            }
            if (part.startsWith("{") && part.endsWith("}")) {
                parameters.put(part.substring(1, part.length() - 1), decode(actual[i]));
            } else if (!part.equals(actual[i])) {
                return null;
            }
        }
        return template.length == actual.length ? parameters : null;
    }

    /** Higher is more specific: literal segments first, then fewer greedy parameters, then a concrete method. */
    int specificity() {
        int score = 0;
        for (String part : segments(path)) {
            score += part.startsWith("{") ? (part.endsWith("+}") ? 0 : 10) : 100;
        }
        return score * 2 + (method.equals("ANY") ? 0 : 1);
    }

    private static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }

    private static String decode(String segment) {
        return java.net.URLDecoder.decode(segment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }
}
