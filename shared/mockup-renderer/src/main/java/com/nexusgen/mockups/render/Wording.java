package com.nexusgen.mockups.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns spec names into words people read ("dueDate" into "Due date") and into names the markup needs (ids).
 * English only: the wizard writes specs in English.
 */
final class Wording {

    /** Words people write in capitals; "resourceUrl" reads "Resource URL". */
    private static final Set<String> ACRONYMS = Set.of("id", "url", "uri", "api", "sku", "faq", "pdf", "html", "ui",
            "seo", "vat", "iban", "ip", "sms", "qr");

    private Wording() {
    }

    /** The lower-case words of a name, split at camelCase humps, spaces, dashes, underscores and slashes. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        if (name == null) {
            return words;
        }
        StringBuilder word = new StringBuilder();
        char previous = ' ';
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(word, words);
            } else {
                // "dueDate" splits before the D; "userID" keeps ID together
                if (Character.isUpperCase(c) && Character.isLowerCase(previous)) {
                    flush(word, words);
                }
                word.append(Character.toLowerCase(c));
            }
            previous = c;
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /** "dueDate", "due_date" and "due-date" all read "Due date"; text that already has spaces keeps its case. */
    static String humanize(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String trimmed = name.strip();
        if (trimmed.indexOf(' ') >= 0) {
            // already prose ("Lesson grid", "Sign in with Google"): only make sure it starts with a capital
            return capitalize(trimmed);
        }
        List<String> words = words(trimmed);
        words.replaceAll(word -> ACRONYMS.contains(word) ? word.toUpperCase(Locale.ROOT) : word);
        return capitalize(String.join(" ", words));
    }

    /** A field's label: its humanised name, where a reference reads as what it points to ("courseId": "Course"). */
    static String fieldLabel(FieldSpec field) {
        List<String> words = words(field.name());
        boolean reference = field.type() != null && field.type().toLowerCase(Locale.ROOT).startsWith("ref");
        if (reference && words.size() > 1 && (words.getLast().equals("id") || words.getLast().equals("ids"))) {
            return humanize(String.join(" ", words.subList(0, words.size() - 1)));
        }
        return humanize(field.name());
    }

    static String capitalize(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** Lower-case letters and digits only: "Lesson-Plans" and "lessonPlans" compare equal. */
    static String compact(String name) {
        StringBuilder compact = new StringBuilder();
        if (name != null) {
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c < 128 && Character.isLetterOrDigit(c)) {
                    compact.append(Character.toLowerCase(c));
                }
            }
        }
        return compact.toString();
    }

    /** English plural of a lower-case or capitalised noun; good enough for entity names. */
    static String plural(String noun) {
        if (noun.isEmpty()) {
            return noun;
        }
        String lower = noun.toLowerCase(Locale.ROOT);
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("ch") || lower.endsWith("sh")) {
            return noun + "es";
        }
        if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }

    /** English singular of a plural noun ("Lessons" into "Lesson"); leaves singular nouns alone. */
    static String singular(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ies") && noun.length() > 3) {
            return noun.substring(0, noun.length() - 3) + "y";
        }
        if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")) {
            return noun.substring(0, noun.length() - 2);
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && noun.length() > 1) {
            return noun.substring(0, noun.length() - 1);
        }
        return noun;
    }

    /** A valid, readable HTML id from any name: "Due date!" into "due-date"; never empty, never starts with a digit. */
    static String htmlId(String prefix, String name) {
        String joined = String.join("-", words(name));
        StringBuilder id = new StringBuilder(prefix);
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            // ids end up in CSS selectors and fragment links: keep them to ASCII
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '-')) {
                id.append(c);
            }
        }
        if (id.length() == prefix.length()) {
            // a name of only symbols or non-Latin letters; the caller numbers duplicates
            id.append("item");
        }
        return id.toString();
    }
}
