package com.nexusgen.agents.bedrock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tiny renderer of the agents' prompt templates. */
class PromptTemplateTest {

    @Test
    void render_shouldFillEveryPlaceholder_andNeverExpandBracesInValues() {
        // GIVEN a template with a placeholder used twice
        PromptTemplate template = new PromptTemplate("t.md", "Plan {{app}} for {{who}}. Again: {{app}}.");
        // WHEN it is rendered with a value that itself looks like a placeholder (and a $ sign)
        String text = template.render(Map.of("app", "{{who}} $1 app", "who", "cooks"));
        // THEN the values are inserted as they are, in one pass
        assertEquals("Plan {{who}} $1 app for cooks. Again: {{who}} $1 app.", text);
        assertEquals(Set.of("app", "who"), template.placeholders());
    }

    @Test
    void render_shouldThrow_whenAPlaceholderHasNoValue() {
        PromptTemplate template = new PromptTemplate("t.md", "Plan {{app}} for {{who}}.");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> template.render(Map.of("app", "x")));
        assertTrue(e.getMessage().contains("t.md") && e.getMessage().contains("who"), e.getMessage());
    }

    @Test
    void render_shouldThrow_whenAValueHasNoPlaceholder() {
        PromptTemplate template = new PromptTemplate("t.md", "Plan {{app}}.");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> template.render(Map.of("app", "x", "typo", "y")));
        assertTrue(e.getMessage().contains("typo"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"architect.system.md", "architect.user.md", "coder.system.md", "coder.user.md",
            "coder.fix.user.md", "reviewer.system.md", "reviewer.user.md"})
    void load_shouldFindEveryBundledPrompt(String name) {
        // WHEN a bundled template is loaded THEN it has text, and system prompts need no values
        PromptTemplate template = PromptTemplate.load(name);
        assertFalse(template.render(Map.copyOf(blank(template))).isBlank());
        if (name.endsWith(".system.md")) {
            assertEquals(Set.of(), template.placeholders());
        }
    }

    @Test
    void load_shouldThrow_whenThePromptIsNotBundled() {
        assertThrows(IllegalStateException.class, () -> PromptTemplate.load("nope.md"));
    }

    private static Map<String, String> blank(PromptTemplate template) {
        Map<String, String> values = new java.util.HashMap<>();
        template.placeholders().forEach(p -> values.put(p, ""));
        return values;
    }
}
