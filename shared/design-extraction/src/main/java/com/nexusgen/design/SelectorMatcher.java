package com.nexusgen.design;

import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the elements a CSS selector styles in a mockup, so a rule's colours can be attributed to buttons, cards or the
 * page by what they actually style rather than by guessing from class names.
 * Dynamic pseudo-classes (:hover) and pseudo-elements (::before) are dropped: they style the same elements.
 */
final class SelectorMatcher {

    private static final Pattern PSEUDO = Pattern.compile("::?([a-zA-Z-]+)(\\((?:[^()]|\\([^()]*\\))*\\))?");

    /** Structural pseudo-classes jsoup understands; everything else is a state or a pseudo-element. */
    private static final Set<String> STRUCTURAL = Set.of("not", "has", "is", "where", "nth-child", "nth-last-child",
            "nth-of-type", "nth-last-of-type", "first-child", "last-child", "first-of-type", "last-of-type",
            "only-child", "only-of-type", "empty");

    private static final Set<String> STATES = Set.of("hover", "focus", "active", "visited", "focus-visible",
            "focus-within", "disabled", "checked", "target", "invalid", "placeholder-shown");

    private static final int MAX_SELECTOR_LENGTH = 500;

    private final Document dom;
    private final Map<String, Elements> cache = new HashMap<>();

    SelectorMatcher(Document dom) {
        this.dom = dom;
    }

    /** The elements the selector styles; empty when it styles none or jsoup cannot read it. */
    Elements select(String selector) {
        return cache.computeIfAbsent(selector, this::evaluate);
    }

    private Elements evaluate(String selector) {
        String query = toQuery(selector);
        if (query.isEmpty()) {
            return new Elements();
        }
        try {
            return dom.select(query);
        } catch (RuntimeException e) {
            // jsoup reads most selectors; the rest (:is() in old dialects, vendor pseudo-classes) style nothing here
            return new Elements();
        } catch (StackOverflowError e) {
            return new Elements();
        }
    }

    /** The selector in jsoup's dialect: states and pseudo-elements dropped, {@code :root} as {@code html}. */
    static String toQuery(String selector) {
        if (selector == null || selector.length() > MAX_SELECTOR_LENGTH) {
            return "";
        }
        Matcher m = PSEUDO.matcher(selector);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            String replacement;
            if (name.equals("root")) {
                replacement = "html";
            } else if (STRUCTURAL.contains(name) && !m.group(0).startsWith("::")) {
                replacement = m.group(0);
            } else {
                replacement = "";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        String query = out.toString().trim();
        // "a:hover > span" loses its pseudo-class and stays valid; "> :hover" would not
        query = query.replaceAll("([>+~])\\s*$", "").trim();
        // a bare ":hover" or "::selection" styles no element at rest
        return query.endsWith(",") ? "" : query;
    }

    /** Whether the selector styles a state (hover, focus, ...) rather than the element at rest. */
    static boolean isState(String selector) {
        if (selector == null) {
            return false;
        }
        Matcher m = PSEUDO.matcher(selector);
        while (m.find()) {
            if (STATES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The last compound of a selector, the part that names what is styled: {@code .card .btn-primary} gives {@code .btn-primary}. */
    static String subject(String selector) {
        if (selector == null) {
            return "";
        }
        String trimmed = selector.trim();
        int depth = 0;
        for (int i = trimmed.length() - 1; i >= 0; i--) {
            char c = trimmed.charAt(i);
            if (c == ')' || c == ']') {
                depth++;
            } else if (c == '(' || c == '[') {
                depth--;
            } else if (depth == 0 && (c == ' ' || c == '>' || c == '+' || c == '~')) {
                return trimmed.substring(i + 1);
            }
        }
        return trimmed;
    }
}
