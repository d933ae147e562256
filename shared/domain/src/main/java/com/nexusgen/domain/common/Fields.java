package com.nexusgen.domain.common;

import com.nexusgen.domain.errors.FieldError;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads fields out of a parsed JSON object and collects every problem at once, so a client learns
 * about all its mistakes in one round trip instead of one per request.
 */
public final class Fields {
    private Fields() {
    }

    public static String requiredString(Map<String, Object> body, String field, Pattern pattern, int maxLength,
                                        List<FieldError> errors) {
        if (!body.containsKey(field) || body.get(field) == null) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        return string(body.get(field), field, pattern, maxLength, false, errors);
    }

    public static String optionalString(Map<String, Object> body, String field, Pattern pattern, int maxLength,
                                        List<FieldError> errors) {
        Object value = body.get(field);
        return value == null ? null : string(value, field, pattern, maxLength, true, errors);
    }

    private static String string(Object value, String field, Pattern pattern, int maxLength, boolean allowEmpty,
                                 List<FieldError> errors) {
        if (!(value instanceof String s)) {
            errors.add(new FieldError(field, "must be a string"));
            return null;
        }
        String trimmed = s.strip();
        if (trimmed.isEmpty() && !allowEmpty) {
            errors.add(new FieldError(field, "must not be blank"));
            return null;
        }
        if (trimmed.length() > maxLength) {
            errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
            return null;
        }
        if (pattern != null && !trimmed.isEmpty() && !pattern.matcher(trimmed).matches()) {
            errors.add(new FieldError(field, "must match " + pattern.pattern()));
            return null;
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    public static List<String> optionalStringList(Map<String, Object> body, String field, int maxItems,
                                                  int maxLength, List<FieldError> errors) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> list)) {
            errors.add(new FieldError(field, "must be an array of strings"));
            return null;
        }
        if (list.size() > maxItems) {
            errors.add(new FieldError(field, "must have at most " + maxItems + " items"));
            return null;
        }
        List<String> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            String item = string(list.get(i), field + "/" + i, null, maxLength, false, errors);
            if (item != null) {
                out.add(item);
            }
        }
        return List.copyOf(out);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> optionalObject(Map<String, Object> body, String field, int maxJsonChars,
                                                     List<FieldError> errors) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> map)) {
            errors.add(new FieldError(field, "must be a JSON object"));
            return null;
        }
        if (approximateSize(map, 0) > maxJsonChars) {
            errors.add(new FieldError(field, "must be at most " + maxJsonChars + " characters of JSON"));
            return null;
        }
        return (Map<String, Object>) map;
    }

    /** Rough JSON length, enough to bound what we store (DynamoDB items cap at 400 KB). */
    private static int approximateSize(Object value, int depth) {
        if (depth > 32) {
            return Integer.MAX_VALUE / 2;
        }
        if (value instanceof Map<?, ?> map) {
            int size = 2;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                size += String.valueOf(e.getKey()).length() + 4 + approximateSize(e.getValue(), depth + 1);
            }
            return size;
        }
        if (value instanceof Collection<?> list) {
            int size = 2;
            for (Object item : list) {
                size += 1 + approximateSize(item, depth + 1);
            }
            return size;
        }
        return String.valueOf(value).length() + 2;
    }

    public static void rejectUnknown(Map<String, Object> body, Collection<String> known, List<FieldError> errors) {
        for (String key : body.keySet()) {
            if (!known.contains(key)) {
                errors.add(new FieldError(key, "is not a known field"));
            }
        }
    }
}
