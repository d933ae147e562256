package com.nexusgen.appgen;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app's design tokens (CSS custom properties): derived from the PRD's designIntent (palette, typography),
 * then overridden by the tokens the Designer chose, if any. Colors derived from the palette are nudged until text
 * on them meets WCAG AA contrast, so the generated app passes accessibility audits whatever hues the PRD picked;
 * explicit overrides are taken as given (after a safety check: a token value can never break out of its
 * declaration).
 */
final class DesignTokens {
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern TOKEN_NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final Pattern SAFE_VALUE = Pattern.compile("[A-Za-z0-9#%.,()\\-+/ '\"]{1,200}");
    private static final Pattern FONT_FAMILY = Pattern.compile("[A-Za-z0-9 ,\\-'\"]{1,200}");
    private static final Pattern BASE_SIZE = Pattern.compile("(\\d{1,2})px\\s*base");
    private static final Pattern SCALE = Pattern.compile("(1\\.\\d{1,3})\\s*scale");

    private static final String WHITE = "#ffffff";
    private static final String INK = "#1a1a1a";
    private static final String BLACK = "#000000";

    private DesignTokens() {
    }

    /** Token name → CSS value, in a stable order: derived tokens first, then extra overrides sorted by name. */
    static Map<String, String> resolve(JsonNode designIntent, Map<String, String> overrides) {
        Map<String, String> tokens = derive(designIntent == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : designIntent);
        if (overrides != null) {
            Map<String, String> extra = new TreeMap<>();
            for (Map.Entry<String, String> entry : new TreeMap<>(overrides).entrySet()) {
                String name = entry.getKey() == null ? "" : entry.getKey().strip().replaceFirst("^--", "");
                String value = entry.getValue() == null ? "" : entry.getValue().strip();
                if (!TOKEN_NAME.matcher(name).matches() || !safe(value)) {
                    continue;
                }
                if (tokens.containsKey(name)) {
                    tokens.put(name, value);
                } else {
                    extra.put(name, value);
                }
            }
            tokens.putAll(extra);
        }
        return tokens;
    }

    /** A value that cannot end its declaration or rule, open a comment or load anything. */
    static boolean safe(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return SAFE_VALUE.matcher(value).matches() && !lower.contains("url(") && !lower.contains("expression(")
                && !lower.contains("/*") && !lower.contains("*/") && balancedQuotes(value);
    }

    private static boolean balancedQuotes(String value) {
        return value.chars().filter(c -> c == '"').count() % 2 == 0 && value.chars().filter(c -> c == '\'').count() % 2 == 0;
    }

    private static Map<String, String> derive(JsonNode intent) {
        // Positional: a bad entry falls back for its own role instead of shifting the others into the wrong roles.
        List<String> palette = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode color : intent.path("palette")) {
            String value = color.asText("").strip().toLowerCase(Locale.ROOT);
            palette.add(HEX.matcher(value).matches() ? value : null);
        }
        String primary = pick(palette, 0, "#1d4ed8");
        String surface = pick(palette, 1, "#f1f5f9");
        String accent = pick(palette, 2, "#b45309");
        String ink = pick(palette, 3, INK);
        String background = pick(palette, 4, WHITE);

        // Text and links must stay readable: darken toward AA (4.5:1) instead of trusting the palette blindly.
        if (contrast(ink, background) < 7) {
            ink = contrast(INK, background) >= 7 ? INK : best(background, WHITE, BLACK);
        }
        if (contrast(ink, surface) < 4.5) {
            surface = mix(background, ink, 0.04);
        }
        primary = readableOn(primary, background);
        // The background always works on the primary (that is what readableOn ensured); white is preferred when it does too.
        String onPrimary = contrast(WHITE, primary) >= 4.5 ? WHITE : best(primary, background, ink, BLACK);
        if (contrast(onPrimary, primary) < 4.5) {
            primary = readableOn(primary, onPrimary);
        }
        String muted = mix(ink, background, 0.3);
        if (contrast(muted, background) < 4.5 || contrast(muted, surface) < 4.5) {
            muted = ink;
        }
        String danger = readableOn("#b91c1c", background);

        String typography = intent.path("typography").asText("");
        String family = typography.split(";")[0].strip();
        if (family.isEmpty() || !FONT_FAMILY.matcher(family).matches() || !balancedQuotes(family)) {
            family = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
        }
        int base = 16;
        Matcher baseMatch = BASE_SIZE.matcher(typography);
        if (baseMatch.find()) {
            base = Math.max(14, Math.min(20, Integer.parseInt(baseMatch.group(1))));
        }
        double ratio = 1.25;
        Matcher scaleMatch = SCALE.matcher(typography);
        if (scaleMatch.find()) {
            ratio = Math.max(1.067, Math.min(1.5, Double.parseDouble(scaleMatch.group(1))));
        }

        Map<String, String> t = new LinkedHashMap<>();
        t.put("color-primary", primary);
        t.put("color-on-primary", onPrimary);
        t.put("color-accent", accent);
        t.put("color-surface", surface);
        t.put("color-background", background);
        t.put("color-text", ink);
        t.put("color-muted", muted);
        t.put("color-border", mix(ink, background, 0.78));
        t.put("color-danger", danger);
        t.put("color-focus", primary);
        t.put("font-body", family);
        t.put("font-heading", family);
        t.put("font-mono", "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace");
        t.put("font-size-sm", px(base * 0.875));
        t.put("font-size-base", base + "px");
        t.put("font-size-lg", px(base * ratio));
        t.put("font-size-xl", px(base * ratio * ratio));
        t.put("font-size-2xl", px(base * ratio * ratio * ratio));
        t.put("line-height", "1.5");
        t.put("line-height-tight", "1.2");
        int[] spaces = {4, 8, 12, 16, 24, 32, 48, 64};
        for (int i = 0; i < spaces.length; i++) {
            t.put("space-" + (i + 1), spaces[i] + "px");
        }
        t.put("radius-sm", "4px");
        t.put("radius-md", "8px");
        t.put("radius-lg", "16px");
        t.put("shadow-sm", "0 1px 3px rgba(0, 0, 0, 0.12)");
        t.put("content-width", "72rem");
        return t;
    }

    /** tokens.css: the tokens as custom properties on :root. */
    static String css(Map<String, String> tokens) {
        StringBuilder out = new StringBuilder();
        out.append("/* Design tokens: every color, size and font of the app. app.css only uses these variables, */\n");
        out.append("/* so restyling the app means changing this file. */\n");
        out.append(":root {\n");
        tokens.forEach((name, value) -> out.append("  --").append(name).append(": ").append(value).append(";\n"));
        out.append("}\n");
        return out.toString();
    }

    private static String px(double value) {
        return new java.math.BigDecimal(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "px";
    }

    private static String pick(List<String> palette, int index, String fallback) {
        return index < palette.size() && palette.get(index) != null ? palette.get(index) : fallback;
    }

    /** The candidate with the most contrast against {@code against}; earlier candidates win ties. */
    private static String best(String against, String... candidates) {
        String best = candidates[0];
        for (String candidate : candidates) {
            if (contrast(candidate, against) > contrast(best, against) + 1e-9) {
                best = candidate;
            }
        }
        return best;
    }

    /** {@code color}, darkened or lightened step by step until it reaches 4.5:1 against {@code against}. */
    static String readableOn(String color, String against) {
        String current = color;
        boolean darken = luminance(against) > 0.18;
        for (int i = 0; i < 40 && contrast(current, against) < 4.5; i++) {
            current = mix(current, darken ? BLACK : WHITE, 0.1);
        }
        return current;
    }

    /** {@code a} moved {@code amount} (0..1) of the way toward {@code b}. */
    static String mix(String a, String b, double amount) {
        int[] x = rgb(a);
        int[] y = rgb(b);
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) {
            out[i] = (int) Math.round(x[i] + (y[i] - x[i]) * amount);
        }
        return String.format(Locale.ROOT, "#%02x%02x%02x", out[0], out[1], out[2]);
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int[] c = rgb(hex);
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = c[i] / 255.0;
            linear[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    private static int[] rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new int[]{(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff};
    }
}
