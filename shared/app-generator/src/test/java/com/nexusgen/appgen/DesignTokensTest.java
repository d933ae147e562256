package com.nexusgen.appgen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

class DesignTokensTest {

    @ParameterizedTest
    @CsvSource({
            "#93c5fd, #f8fafc, #334155, #ffffff",
            "#fde047, #fefce8, #713f12, #ffffff",
            "#296b38, #e6faeb, #212622, #ffffff",
            "#1d4ed8, #0a0a0a, #000000, #000000",
            "#808080, #808080, #808080, #808080"})
    void resolve_shouldKeepTextReadable_whenThePaletteHasPoorContrast(String primary, String surface, String ink, String background) {
        // GIVEN a palette in the PRD's order (primary, surface, accent, ink, background)
        ObjectNode intent = new ObjectMapper().createObjectNode();
        intent.putArray("palette").add(primary).add(surface).add("#f59e0b").add(ink).add(background);

        // WHEN tokens are derived
        Map<String, String> t = DesignTokens.resolve(intent, null);

        // THEN text, links and button labels meet WCAG AA (4.5:1)
        assertTrue(DesignTokens.contrast(t.get("color-text"), t.get("color-background")) >= 4.5, t.toString());
        assertTrue(DesignTokens.contrast(t.get("color-text"), t.get("color-surface")) >= 4.5, t.toString());
        assertTrue(DesignTokens.contrast(t.get("color-muted"), t.get("color-background")) >= 4.5, t.toString());
        assertTrue(DesignTokens.contrast(t.get("color-primary"), t.get("color-background")) >= 4.5, t.toString());
        assertTrue(DesignTokens.contrast(t.get("color-on-primary"), t.get("color-primary")) >= 4.5, t.toString());
        assertTrue(DesignTokens.contrast(t.get("color-danger"), t.get("color-background")) >= 4.5, t.toString());
    }
}
