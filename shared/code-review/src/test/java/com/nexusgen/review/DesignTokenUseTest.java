package com.nexusgen.review;

import com.nexusgen.domain.code.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DesignTokenUseTest {
    private static final Map<String, String> TOKENS = Map.of("color-primary", "#1D4ED8", "color-text", "#111827",
            "color-surface", "#fff", "space-1", "4px", "space-2", "8px", "space-3", "1rem");

    @Test
    void review_shouldFlagColorsAndSpacingsOutsideTheDesignSystem_inCssAndInlineStyles() {
        // GIVEN a stylesheet and a component, each with one color and one spacing off the system
        String css = """
                :root { --color-primary: #1d4ed8; --brand-old: #ff0000; }
                /* #abcdef in a comment is not code */
                .btn { background: var(--color-primary); color: #FFFFFF; padding: 8px 16px; margin: 0; }
                .card { border: 1px solid #e11d48; gap: 13px; }
                """;
        String tsx = """
                export function Badge() {
                  return <span style={{ color: '#111827', background: '#22c55e' }}>New</span>;
                }
                """;
        // WHEN the design system's review runs
        List<Finding> findings = new StaticReview().withDesignSystem(TOKENS).review(Map.of("src/app.css", css, "src/Badge.tsx", tsx))
                .stream().filter(f -> f.ruleId().equals("design-token")).toList();
        // THEN exactly the off-system values are flagged, where they are
        assertEquals(List.of("src/Badge.tsx:2 color #22c55e", "src/app.css:4 color #e11d48", "src/app.css:4 spacing 13px"),
                findings.stream().map(f -> f.file() + ":" + f.line() + " " + f.message().replaceAll(" is not.*", "")).toList());
        assertTrue(findings.stream().allMatch(f -> f.severity() == Finding.Severity.MEDIUM));
    }

    @Test
    void review_shouldNotFlagAnything_whenTheCodeUsesTheTokens() {
        String css = ".list { padding: var(--space-2); gap: 1rem; color: var(--color-text); background: #ffffff; }";
        assertTrue(new StaticReview().withDesignSystem(TOKENS).review(Map.of("src/list.css", css)).isEmpty());
        // and without a design system, the rule does not exist
        assertTrue(new StaticReview().review(Map.of("src/x.css", ".a { color: #123456; }")).isEmpty());
    }
}
