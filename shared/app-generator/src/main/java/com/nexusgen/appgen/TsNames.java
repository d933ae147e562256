package com.nexusgen.appgen;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every text that comes from a PRD reaches the generated TypeScript, JSX, HTML or CSS through here:
 * names become valid identifiers and file names, free text becomes a correctly escaped literal. One
 * place for it means one place to get it right (quotes, braces, angle brackets, backslashes, line and
 * bidi control characters).
 */
public final class TsNames {
    /** Words that are not valid as a binding name in strict-mode ES modules or TypeScript. */
    static final Set<String> RESERVED = Set.of("break", "case", "catch", "class", "const", "continue", "debugger", "default",
            "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in",
            "instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void",
            "while", "with", "yield", "let", "static", "implements", "interface", "package", "private", "protected", "public",
            "await", "arguments", "eval", "undefined", "NaN", "Infinity",
            // Object.prototype's members: as record keys they would read inherited values ("constructor" is always set).
            "constructor", "prototype", "__proto__", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf",
            "propertyIsEnumerable", "toLocaleString", "__defineGetter__", "__defineSetter__", "__lookupGetter__",
            "__lookupSetter__");

    /** Global types a module-level type of the same name would hide from the code we generate next to it. */
    static final Set<String> GLOBAL_TYPES = Set.of("String", "Number", "Boolean", "Object", "Symbol", "BigInt", "Array",
            "ReadonlyArray", "Date", "Map", "Set", "WeakMap", "WeakSet", "Promise", "Record", "Partial", "Required", "Readonly",
            "Pick", "Omit", "Exclude", "Extract", "NonNullable", "ReturnType", "Parameters", "InstanceType", "Awaited", "Error",
            "TypeError", "RangeError", "Function", "RegExp", "JSON", "Math", "Intl", "Iterable", "Iterator", "PropertyKey",
            "ArrayLike", "PromiseLike", "Event", "Element", "Node", "Document", "Window", "Storage", "Response", "Request",
            "Headers", "URL", "File", "Blob", "Text", "Comment", "Image", "Option", "Audio", "Location", "History", "Navigator",
            "Screen", "Selection", "Range", "Notification", "Performance", "Worker", "Crypto", "Console", "FormData",
            "ReactElement", "FormEvent", "ChangeEvent", "React", "JSX", "Uppercase", "Lowercase", "Capitalize", "Uncapitalize");

    private static final Pattern CAMEL_BOUNDARY = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
    private static final Pattern PLAIN_JSX_TEXT = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9,.!?():;\\-]| (?=[A-Za-z0-9,.!?():;\\-]))*");
    private static final Pattern PLAIN_ATTRIBUTE = Pattern.compile("[A-Za-z0-9 ,.!?'():;/_\\-]*");
    private static final int MAX_NAME = 48;

    private TsNames() {
    }

    /** The words of a name: split on anything not a letter or digit and on camelCase humps, lower case, ASCII. */
    public static List<String> words(String raw) {
        List<String> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        String ascii = Normalizer.normalize(raw, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        for (String chunk : ascii.split("[^A-Za-z0-9]+")) {
            for (String word : CAMEL_BOUNDARY.split(chunk)) {
                if (!word.isEmpty()) {
                    out.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** "prep minutes" → "PrepMinutes"; a name starting with a digit gets a letter first (JSX needs one). */
    public static String pascal(String raw, String fallback) {
        StringBuilder out = new StringBuilder();
        for (String word : words(raw)) {
            out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
        }
        String name = clip(out.toString());
        if (name.isEmpty()) {
            return fallback;
        }
        return Character.isDigit(name.charAt(0)) ? "N" + name : name;
    }

    /** "e-mail" → "eMail", "2fa code" → "n2faCode", "class" → "classValue": always a usable binding name. */
    public static String camel(String raw, String fallback) {
        String pascal = pascal(raw, "");
        if (pascal.isEmpty()) {
            return fallback;
        }
        String name = Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
        return RESERVED.contains(name) ? name + "Value" : name;
    }

    /** "FitnessClass" → "fitness-class": for file names, URLs and ids. */
    public static String kebab(String raw, String fallback) {
        String joined = String.join("-", words(raw));
        if (joined.length() > MAX_NAME) {
            joined = joined.substring(0, MAX_NAME).replaceAll("-+$", "");
        }
        return joined.isEmpty() ? fallback : joined;
    }

    /** "prepMinutes" → "prep minutes". */
    public static String human(String raw) {
        return String.join(" ", words(raw));
    }

    /** "prepMinutes" → "Prep minutes". */
    public static String label(String raw) {
        return capitalize(human(raw));
    }

    /** "event" → "an event", "recipe" → "a recipe" (by the first letter, which is right for the usual nouns). */
    public static String withArticle(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        boolean vowel = lower.matches("[aeio].*|u(?!ni|se|sa|su|ro).*|hour.*|honest.*");
        return (vowel ? "an " : "a ") + phrase;
    }

    public static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** English plural of the last word of a phrase: "fitness class" → "fitness classes", "category" → "categories". */
    public static String plural(String phrase) {
        if (phrase.isEmpty()) {
            return phrase;
        }
        String lower = phrase.toLowerCase(Locale.ROOT);
        if (lower.endsWith("y") && !lower.matches(".*[aeiou]y")) {
            return phrase.substring(0, phrase.length() - 1) + "ies";
        }
        if (lower.matches(".*(s|x|z|ch|sh)")) {
            return phrase + "es";
        }
        return phrase + "s";
    }

    private static String clip(String name) {
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    // --- literals --------------------------------------------------------------------------------------------

    /**
     * A single-quoted TS/JS string literal for any text: quotes, backslashes and line terminators are escaped, and
     * so is anything invisible or unpaired (control, format and bidi characters, lone surrogates), so the output
     * file is valid and reads the same in every editor.
     */
    public static String str(String text) {
        String value = text == null ? "" : text;
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (cp >= 0x20 && cp < 0x7f) {
                        out.append((char) cp);
                    } else if (visible(cp)) {
                        out.appendCodePoint(cp);
                    } else {
                        out.append("\\u{").append(Integer.toHexString(cp)).append('}');
                    }
                }
            }
        }
        return out.append('\'').toString();
    }

    private static boolean visible(int cp) {
        if (cp < 0xa0) {
            return false;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** JSX child text: plain words stay readable, anything else becomes an expression holding a string literal. */
    public static String jsx(String text) {
        String value = text == null ? "" : text;
        return PLAIN_JSX_TEXT.matcher(value).matches() ? value : "{" + str(value) + "}";
    }

    /** A JSX attribute value (with the quotes or braces): JSX attribute strings have no escapes, so only plain text stays quoted. */
    public static String attr(String text) {
        String value = text == null ? "" : text;
        return PLAIN_ATTRIBUTE.matcher(value).matches() ? "\"" + value + "\"" : "{" + str(value) + "}";
    }

    /** Text for HTML (index.html, SVG): the five markup characters escaped, line breaks and controls turned into spaces. */
    public static String html(String text) {
        String value = text == null ? "" : text;
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (cp >= 0x20 && cp < 0x7f || visible(cp)) {
                        out.appendCodePoint(cp);
                    } else {
                        out.append(' ');
                    }
                }
            }
        }
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /** Text for a line or block comment: one line, nothing that could end or confuse it. */
    public static String comment(String text) {
        String value = text == null ? "" : text;
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> out.appendCodePoint(cp >= 0x20 && cp != 0x7f && (cp < 0x80 || visible(cp)) ? cp : ' '));
        // "*/" would end a /** */ comment early; "* /" reads the same.
        return out.toString().replace("*/", "* /").replaceAll(" {2,}", " ").strip();
    }

    /** Hands out unique names within one scope (a module, a component, the app's file names). */
    static final class Scope {
        private final Set<String> taken = new HashSet<>();
        private final boolean ignoreCase;

        Scope(boolean ignoreCase, String... reserved) {
            this.ignoreCase = ignoreCase;
            for (String name : reserved) {
                taken.add(key(name));
            }
        }

        /** {@code base} when free, otherwise base2, base3, ... */
        String claim(String base) {
            String candidate = base;
            for (int n = 2; !taken.add(key(candidate)); n++) {
                candidate = base + n;
            }
            return candidate;
        }

        boolean isTaken(String name) {
            return taken.contains(key(name));
        }

        private String key(String name) {
            return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
        }
    }
}
