package com.nexusgen.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a document's own custom property names mean in our token vocabulary:
 * {@code --clr-brand} is the primary colour, {@code --space-3} a spacing step, {@code --ff-heading} the heading font.
 */
final class TokenVocabulary {

    /** Words that only say "this is a colour". */
    private static final Set<String> COLOR_WORDS = Set.of("color", "colour", "clr", "c", "col", "theme");

    private static final Map<String, String> COLOR_ROLES = Map.ofEntries(
            Map.entry("primary", "primary"), Map.entry("brand", "primary"), Map.entry("brand-primary", "primary"),
            Map.entry("text", "text"), Map.entry("fg", "text"), Map.entry("foreground", "text"), Map.entry("ink", "text"),
            Map.entry("body", "text"), Map.entry("text-primary", "text"), Map.entry("text-main", "text"),
            Map.entry("text-body", "text"), Map.entry("body-text", "text"), Map.entry("text-default", "text"),
            Map.entry("text-base", "text"), Map.entry("on-background", "text"), Map.entry("on-surface", "text"),
            Map.entry("muted", "muted"), Map.entry("text-muted", "muted"), Map.entry("muted-text", "muted"),
            Map.entry("text-secondary", "muted"), Map.entry("secondary-text", "muted"),
            Map.entry("text-light", "muted"), Map.entry("text-subtle", "muted"), Map.entry("subtle", "muted"),
            Map.entry("text-soft", "muted"), Map.entry("muted-foreground", "muted"),
            Map.entry("text-tertiary", "muted"),
            Map.entry("surface", "surface"), Map.entry("card", "surface"), Map.entry("panel", "surface"),
            Map.entry("bg-card", "surface"), Map.entry("card-bg", "surface"), Map.entry("card-background", "surface"),
            Map.entry("bg-surface", "surface"), Map.entry("surface-bg", "surface"), Map.entry("paper", "surface"),
            Map.entry("elevated", "surface"), Map.entry("bg-elevated", "surface"), Map.entry("raised", "surface"),
            Map.entry("bg", "background"), Map.entry("background", "background"), Map.entry("page", "background"),
            Map.entry("bg-page", "background"), Map.entry("page-bg", "background"), Map.entry("canvas", "background"),
            Map.entry("body-bg", "background"), Map.entry("bg-body", "background"), Map.entry("app-bg", "background"),
            Map.entry("bg-app", "background"), Map.entry("page-background", "background"),
            Map.entry("border", "border"), Map.entry("line", "border"), Map.entry("divider", "border"),
            Map.entry("separator", "border"), Map.entry("hairline", "border"), Map.entry("rule", "border"),
            Map.entry("border-default", "border"),
            Map.entry("secondary", "secondary"),
            Map.entry("danger", "danger"), Map.entry("error", "danger"), Map.entry("destructive", "danger"),
            Map.entry("success", "success"), Map.entry("warning", "warning"), Map.entry("warn", "warning"),
            Map.entry("accent", "accent"));

    private static final Map<String, String> FAMILY_ROLES = Map.ofEntries(
            Map.entry("font-body", "font-body"), Map.entry("font-sans", "font-body"), Map.entry("font-family", "font-body"),
            Map.entry("font-base", "font-body"), Map.entry("font-text", "font-body"), Map.entry("ff-body", "font-body"),
            Map.entry("ff-base", "font-body"), Map.entry("ff-sans", "font-body"), Map.entry("font", "font-body"),
            Map.entry("body-font", "font-body"), Map.entry("font-family-base", "font-body"),
            Map.entry("font-family-body", "font-body"), Map.entry("font-family-sans", "font-body"),
            Map.entry("font-primary", "font-body"), Map.entry("font-main", "font-body"),
            Map.entry("font-heading", "font-heading"), Map.entry("font-headings", "font-heading"),
            Map.entry("font-display", "font-heading"), Map.entry("font-title", "font-heading"),
            Map.entry("ff-heading", "font-heading"), Map.entry("ff-display", "font-heading"),
            Map.entry("heading-font", "font-heading"), Map.entry("font-family-heading", "font-heading"),
            Map.entry("font-family-display", "font-heading"), Map.entry("font-secondary", "font-heading"),
            Map.entry("font-mono", "font-mono"), Map.entry("font-code", "font-mono"), Map.entry("ff-mono", "font-mono"),
            Map.entry("font-family-mono", "font-mono"));

    private static final Pattern SPACING = Pattern.compile("--(?:space|spacing|gap|gutter|sp)[-_]+(.+)");
    private static final Pattern FONT_SIZE = Pattern.compile("--(?:font-size|fs|text|font|size|type)[-_]+(.+)");
    private static final Pattern RADIUS = Pattern.compile("--(?:radius|rounded|border-radius|corner)(?:[-_]+(.*))?");
    private static final Pattern SHADOW = Pattern.compile("--(?:shadow|elevation|box-shadow)(?:[-_]+(.*))?");

    /** State and scale suffixes: {@code --primary-hover}, {@code --brand-600} are not the role itself. */
    private static final Pattern MODIFIER = Pattern.compile("hover|active|focus|pressed|visited|disabled|light|lighter"
            + "|dark|darker|contrast|rgb|rgba|hsl|alpha|soft|strong|weak|emphasis|inverse|\\d+");

    private TokenVocabulary() {
    }

    /** The colour role a property's name states ({@code primary}, {@code text}, ...), or null. */
    static String colorRole(String propertyName) {
        List<String> words = new ArrayList<>();
        for (String word : strip(propertyName).split("[-_]+")) {
            if (!word.isEmpty() && !COLOR_WORDS.contains(word)) {
                words.add(word);
            }
        }
        if (words.isEmpty() || words.stream().anyMatch(w -> MODIFIER.matcher(w).matches())) {
            return null;
        }
        return COLOR_ROLES.get(String.join("-", words));
    }

    /** The token name for a used colour property that states no role: {@code --color-primary-hover} gives color-primary-hover. */
    static String colorTokenName(String propertyName) {
        String name = strip(propertyName);
        for (String prefix : List.of("color-", "colour-", "clr-", "c-", "col-")) {
            if (name.startsWith(prefix)) {
                name = name.substring(prefix.length());
                break;
            }
        }
        return "color-" + name;
    }

    static String spacingName(String propertyName) {
        Matcher m = SPACING.matcher(lower(propertyName));
        return m.matches() ? "space-" + m.group(1) : null;
    }

    static String familyRole(String propertyName) {
        return FAMILY_ROLES.get(strip(propertyName));
    }

    static String fontSizeName(String propertyName) {
        Matcher m = FONT_SIZE.matcher(lower(propertyName));
        return m.matches() ? "font-size-" + m.group(1) : null;
    }

    static String radiusName(String propertyName) {
        Matcher m = RADIUS.matcher(lower(propertyName));
        if (!m.matches()) {
            return null;
        }
        return m.group(1) == null || m.group(1).isEmpty() ? "radius-base" : "radius-" + m.group(1);
    }

    static String shadowName(String propertyName) {
        Matcher m = SHADOW.matcher(lower(propertyName));
        if (!m.matches()) {
            return null;
        }
        return m.group(1) == null || m.group(1).isEmpty() ? "shadow-base" : "shadow-" + m.group(1);
    }

    private static String strip(String propertyName) {
        String name = lower(propertyName);
        return name.startsWith("--") ? name.substring(2) : name;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
