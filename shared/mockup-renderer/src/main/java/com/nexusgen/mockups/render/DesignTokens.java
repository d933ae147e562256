package com.nexusgen.mockups.render;

import com.nexusgen.mockups.render.view.CssToken;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The design tokens a mockup's stylesheet reads as CSS variables: the defaults, and the checks a project's own
 * token values pass before they are written into a {@code <style>} element.
 *
 * <p>Token values come from design-system extraction and from users, so they are untrusted text going into CSS.
 * A value is kept only if it is made of characters that cannot end the declaration, the rule or the style element
 * ({@code ; { } < >}, quotes, backslash escapes and {@code *} for comments are not among them) and if every CSS
 * function in it computes a value rather than loading something ({@code url(}, {@code image-set(},
 * {@code expression(} are refused). A refused value falls back to the default, so every {@code var(--…)} the
 * stylesheet uses stays defined.
 */
final class DesignTokens {

    private static final SequencedMap<String, String> DEFAULTS = defaults();

    /** Names as CSS custom properties take them, minus the {@code --}. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    /** Colors, lengths, font stacks, shadows: letters, digits, spaces and {@code # % . , ( ) - + / _}. */
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9#%.,()\\-+/_ ]{1,200}");
    private static final Pattern FUNCTION = Pattern.compile("([A-Za-z-]*)\\(");
    /** The empty name is a bare parenthesis, as in {@code calc((1rem + 2px) / 2)}. */
    private static final Set<String> COMPUTING_FUNCTIONS = Set.of("",
            "rgb", "rgba", "hsl", "hsla", "hwb", "lab", "lch", "oklab", "oklch", "color", "color-mix",
            "calc", "min", "max", "clamp", "var");

    private DesignTokens() {
    }

    /** The defaults, in the order they are written; readable on white, 4 px spacing base. */
    static SequencedMap<String, String> defaultTokens() {
        return Collections.unmodifiableSequencedMap(DEFAULTS);
    }

    private static SequencedMap<String, String> defaults() {
        SequencedMap<String, String> tokens = new LinkedHashMap<>();
        // blue-700 on white is 6.7:1, white on blue-700 the same: AA for text of any size
        tokens.put("color-primary", "#1d4ed8");
        tokens.put("color-primary-contrast", "#ffffff");
        tokens.put("color-surface", "#ffffff");
        tokens.put("color-text", "#111827");
        // gray-600 on white is 7.6:1: muted, still AA for small text
        tokens.put("color-muted", "#4b5563");
        tokens.put("color-border", "#d1d5db");
        // amber-800 on white is 7.1:1: the accent marks required fields and focus rings
        tokens.put("color-accent", "#92400e");
        tokens.put("space-1", "4px");
        tokens.put("space-2", "8px");
        tokens.put("space-3", "12px");
        tokens.put("space-4", "16px");
        tokens.put("space-5", "24px");
        tokens.put("space-6", "32px");
        tokens.put("font-body", "system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif");
        tokens.put("font-heading", "system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif");
        tokens.put("font-size-base", "1rem");
        tokens.put("font-size-sm", "0.875rem");
        tokens.put("font-size-lg", "1.25rem");
        tokens.put("font-size-xl", "2rem");
        tokens.put("radius-sm", "4px");
        tokens.put("radius-md", "8px");
        tokens.put("shadow-card", "0 1px 3px rgba(17, 24, 39, 0.12), 0 1px 2px rgba(17, 24, 39, 0.08)");
        return tokens;
    }

    /**
     * The tokens to write: every default, overridden by each given value that passes the checks, then the given
     * tokens the defaults do not know, sorted by name so the output never depends on the map's order.
     */
    static List<CssToken> resolve(Map<String, String> given) {
        Map<String, String> accepted = new TreeMap<>();
        if (given != null) {
            for (Map.Entry<String, String> token : given.entrySet()) {
                String name = name(token.getKey());
                String value = value(token.getValue());
                if (name != null && value != null) {
                    accepted.put(name, value);
                }
            }
        }
        List<CssToken> tokens = new ArrayList<>(DEFAULTS.size() + accepted.size());
        for (Map.Entry<String, String> token : DEFAULTS.entrySet()) {
            String value = accepted.remove(token.getKey());
            tokens.add(new CssToken(token.getKey(), value != null ? value : token.getValue()));
        }
        accepted.forEach((name, value) -> tokens.add(new CssToken(name, value)));
        return tokens;
    }

    /** The token's name without a leading {@code --}, or null when it is no valid custom property name. */
    static String name(String name) {
        if (name == null) {
            return null;
        }
        String bare = name.strip();
        if (bare.startsWith("--")) {
            bare = bare.substring(2);
        }
        bare = bare.toLowerCase(Locale.ROOT);
        return NAME.matcher(bare).matches() ? bare : null;
    }

    /**
     * The value to write, or null when it is refused. Quotes around font names are the one thing repaired:
     * they are common in extracted font stacks and jte would escape them into entities the CSS parser never
     * decodes; unquoted family names mean the same.
     */
    static String value(String value) {
        if (value == null) {
            return null;
        }
        String unquoted = value.replace("\"", "").replace("'", "").strip();
        if (!VALUE.matcher(unquoted).matches()) {
            return null;
        }
        Matcher function = FUNCTION.matcher(unquoted);
        while (function.find()) {
            if (!COMPUTING_FUNCTIONS.contains(function.group(1).toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        return unquoted;
    }
}
