package com.nexusgen.mockups.render;

import com.nexusgen.mockups.render.view.CssToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DesignTokensTest {

    @Test
    void resolve_shouldGiveTheDefaultsInOrder_whenNoTokensAreGiven() {
        // GIVEN no tokens
        // WHEN they are resolved
        List<CssToken> tokens = DesignTokens.resolve(null);

        // THEN the defaults come out, in their fixed order
        assertEquals(List.copyOf(DesignTokens.defaultTokens().keySet()), tokens.stream().map(CssToken::name).toList());
        assertEquals("color-primary", tokens.getFirst().name());
    }

    @Test
    void resolve_shouldOverrideDefaultsAndAppendNewTokensSorted_whenValuesAreSafe() {
        // GIVEN a project's tokens, some known, some new, in no particular order
        Map<String, String> given = new LinkedHashMap<>();
        given.put("zeta-glow", "hsl(200 50% 40%)");
        given.put("--color-primary", "#DC2626");
        given.put("Alpha-Line", "calc(var(--space-2) + 1px)");

        // WHEN they are resolved
        List<CssToken> tokens = DesignTokens.resolve(given);

        // THEN known tokens take the new values in place, new ones follow by name
        assertEquals(new CssToken("color-primary", "#DC2626"), tokens.getFirst());
        assertEquals(List.of(new CssToken("alpha-line", "calc(var(--space-2) + 1px)"),
                new CssToken("zeta-glow", "hsl(200 50% 40%)")), tokens.subList(tokens.size() - 2, tokens.size()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "red; } body { display: none", "red;", "{", "}", "</style><script>alert(1)</script>", "a > b",
            "url(https://evil.example/x.png)", "URL(x)", "image-set(x 1x)", "expression(alert(1))", "attr(title)",
            "4px /* hidden */", "red\\3b", "@import x", "red !important", "", "   ", "red\nblue", "\u00a0red"})
    void value_shouldBeRefused_whenItCouldLeaveTheDeclarationOrLoadSomething(String value) {
        // GIVEN a hostile or broken token value
        // WHEN it is checked
        // THEN it is refused
        assertNull(DesignTokens.value(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"#1d4ed8", "rgb(29 78 216 / 80%)", "rgba(0, 0, 0, 0.5)", "oklch(62% 0.2 250)",
            "color-mix(in srgb, #fff 20%, #000)", "clamp(1rem, 2vw, 2rem)", "0 1px 3px rgba(0, 0, 0, 0.1)",
            "system-ui, -apple-system, sans-serif", "var(--space-2)", "1.5rem", "transparent"})
    void value_shouldBeKept_whenItIsAPlainCssValue(String value) {
        // GIVEN a usual token value
        // WHEN it is checked
        // THEN it is kept as it is
        assertEquals(value, DesignTokens.value(value));
    }

    @Test
    void value_shouldDropQuotes_whenFontNamesAreQuoted() {
        // GIVEN an extracted font stack with quoted family names
        // WHEN it is checked
        String value = DesignTokens.value("\"Inter\", 'Helvetica Neue', sans-serif");

        // THEN the same stack comes out unquoted, which jte's escaping cannot garble
        assertEquals("Inter, Helvetica Neue, sans-serif", value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"color primary", "1color", "color;x", "--", "colör",
            "a123456789a123456789a123456789a123456789a123456789a123456789abcde"})
    void name_shouldBeRefused_whenItIsNoCustomPropertyName(String name) {
        // GIVEN a name that would not make a valid, safe custom property
        // WHEN it is checked THEN it is refused
        assertNull(DesignTokens.name(name));
    }

    @Test
    void defaultTokens_shouldPassWcagAa_whenTextSitsOnItsBackground() {
        // GIVEN the default colors
        Map<String, String> tokens = DesignTokens.defaultTokens();

        // WHEN the pairs the stylesheet draws are measured
        // THEN each reaches 4.5:1, the WCAG AA minimum for body text
        assertContrast(tokens, "color-text", "color-surface");
        assertContrast(tokens, "color-muted", "color-surface");
        assertContrast(tokens, "color-primary", "color-surface");
        assertContrast(tokens, "color-primary-contrast", "color-primary");
        assertContrast(tokens, "color-accent", "color-surface");
    }

    private static void assertContrast(Map<String, String> tokens, String foreground, String background) {
        double ratio = contrast(tokens.get(foreground), tokens.get(background));
        assertTrue(ratio >= 4.5, foreground + " on " + background + " is " + ratio + ":1");
    }

    /** WCAG 2 contrast ratio of two #rrggbb colors. */
    private static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channels[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }
}
