package com.nexusgen.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** camelCase field names from control names ({@code recipe[cook_time]}) and labels ("Cook time (minutes) *"). */
final class FieldNames {

    private static final int MAX_WORDS = 4;

    private FieldNames() {
    }

    /** From a control's {@code name}: the innermost bracket part, without a trailing {@code _id}. */
    static String fromControlName(String name) {
        String n = name == null ? "" : name.trim();
        int bracket = n.lastIndexOf('[');
        if (bracket >= 0) {
            String inner = n.substring(bracket + 1).replace("]", "");
            n = inner.isEmpty() ? n.substring(0, bracket) : inner;
        }
        int dot = n.lastIndexOf('.');
        if (dot >= 0 && dot < n.length() - 1) {
            n = n.substring(dot + 1);
        }
        String camel = camel(n);
        if (camel.length() > 2 && camel.endsWith("Id")) {
            camel = camel.substring(0, camel.length() - 2);
        } else if (camel.length() > 3 && camel.endsWith("Ids")) {
            camel = camel.substring(0, camel.length() - 3) + "s";
        }
        return camel;
    }

    /** From a label or a column header: without "(minutes)", "*", ":" or "(optional)". */
    static String fromLabel(String label) {
        String l = label == null ? "" : label.replaceAll("\\([^)]*\\)", " ").replaceAll("[*:]", " ").trim();
        return camel(l);
    }

    /** camelCase of any words: "cook_time", "Cook time", "cookTime" all give cookTime. */
    static String camel(String text) {
        List<String> words = new ArrayList<>();
        String split = text.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
        for (String word : split.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && words.size() < MAX_WORDS) {
                words.add(word);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String word : words) {
            sb.append(sb.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return sb.toString();
    }

    /** The key fields merge on: "cookTime", "cook_time" and "Cook time" are one field. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
