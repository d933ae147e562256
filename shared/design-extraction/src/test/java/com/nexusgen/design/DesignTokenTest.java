package com.nexusgen.design;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DesignTokenTest {

    private final DesignExtractor extractor = new DesignExtractor();

    /** A small app with raw colours only: roles must come from use. */
    private static final String RAW_CSS = """
            body { color: #1f2937; background: #f9fafb; font-family: "Inter", sans-serif; font-size: 16px; }
            h1, h2 { font-family: Georgia, serif; color: #111827; }
            a { color: #0d9488; }
            .btn { padding: 8px 16px; }
            .btn-primary { background: #0d9488; color: #fff; }
            .btn-primary:hover { background: #0f766e; }
            .btn-secondary { background: #ffffff; color: #1f2937; border: 1px solid #e5e7eb; }
            .card { background: #ffffff; border: 1px solid #e5e7eb; border-radius: 8px; }
            .muted { color: #6b7280; } .hint { color: #6b7280; }
            """;
    private static final String RAW_BODY = """
            <h1>Title</h1><div class=card><p class=muted>x</p><p class=hint>y</p>
            <a class="btn btn-primary" href=/a>Go</a><a class="btn btn-secondary" href=/b>Back</a><a href=/c>link</a></div>
            """;

    @Test
    void extract_shouldNameColourRolesByUse_whenTheDocumentHasNoCustomProperties() {
        // GIVEN raw colours on buttons, links, body and cards
        ExtractedDesign design = extractor.extract(List.of(Mockups.page("p", RAW_CSS, RAW_BODY)));
        // WHEN THEN primary is what primary buttons and links wear, text what the body says, surface what cards show
        assertEquals("#0d9488", Mockups.token(design, "color-primary").orElseThrow().value());
        assertEquals("#1f2937", Mockups.token(design, "color-text").orElseThrow().value());
        assertEquals("#ffffff", Mockups.token(design, "color-surface").orElseThrow().value());
        assertEquals("#f9fafb", Mockups.token(design, "color-background").orElseThrow().value());
        assertEquals("#e5e7eb", Mockups.token(design, "color-border").orElseThrow().value());
        assertEquals("#6b7280", Mockups.token(design, "color-muted").orElseThrow().value());
        assertTrue(design.tokens().stream().allMatch(t -> t.source().equals("extracted")));
    }

    @Test
    void extract_shouldNameFontsByWhatTheyStyle_whenBodyAndHeadingsDiffer() {
        // GIVEN a body font and a heading font
        ExtractedDesign design = extractor.extract(List.of(Mockups.page("p", RAW_CSS, RAW_BODY)));
        // WHEN THEN font-body and font-heading are the stacks as written
        assertEquals("\"Inter\", sans-serif", Mockups.token(design, "font-body").orElseThrow().value());
        assertEquals("Georgia, serif", Mockups.token(design, "font-heading").orElseThrow().value());
        assertEquals("radius-md", design.tokens().stream().filter(t -> t.category().equals("radius")).findFirst().orElseThrow().name());
    }

    @Test
    void extract_shouldBeMoreConfident_whenACustomPropertyNameAgreesWithItsUse() {
        // GIVEN one app that names its primary colour and uses it on primary buttons, and one that only uses it
        String named = ":root { --color-primary: #0d9488; } .btn-primary { background: var(--color-primary); }";
        String raw = ".btn-primary { background: #0d9488; }";
        String body = "<button class='btn btn-primary'>Go</button>";
        // WHEN both are extracted
        DesignToken fromName = Mockups.token(extractor.extract(List.of(Mockups.page("a", named, body))), "color-primary").orElseThrow();
        DesignToken fromUse = Mockups.token(extractor.extract(List.of(Mockups.page("b", raw, body))), "color-primary").orElseThrow();
        // THEN both find the colour; name plus use is surer than use alone
        assertEquals("#0d9488", fromName.value());
        assertEquals("#0d9488", fromUse.value());
        assertTrue(fromName.confidence() > fromUse.confidence(), fromName + " vs " + fromUse);
        assertTrue(fromName.confidence() >= 0.9);
    }

    @Test
    void extract_shouldKeepTheDocumentsName_whenItsPrimaryIsUsedElsewhereThanButtons() {
        // GIVEN --brand names the primary colour, but buttons wear another colour
        String css = ":root { --brand: #db2777; } h1 { color: var(--brand); } .btn-primary { background: #2563eb; }";
        // WHEN the design is extracted
        DesignToken primary = Mockups.token(extractor.extract(List.of(Mockups.page("p", css, "<h1>x</h1><button class='btn btn-primary'>b</button>"))),
                "color-primary").orElseThrow();
        // THEN the document's own name wins, with doubt
        assertEquals("#db2777", primary.value());
        assertTrue(primary.confidence() < 0.8);
    }

    @Test
    void extract_shouldKeepTheDocumentsOwnNames_whenItsCustomPropertiesStateNoRole() {
        // GIVEN used custom properties without a role: a hover shade and a brand scale step
        String css = ":root { --color-primary: #2563eb; --color-primary-hover: #1d4ed8; --brand-50: #eff6ff; }"
                + ".btn-primary { background: var(--color-primary); } .btn-primary:hover { background: var(--color-primary-hover); }"
                + ".tag { background: var(--brand-50); }";
        // WHEN the design is extracted
        ExtractedDesign design = extractor.extract(List.of(Mockups.page("p", css, "<button class='btn btn-primary'>b</button>")));
        // THEN they are tokens under their own names
        assertEquals("#1d4ed8", Mockups.token(design, "color-primary-hover").orElseThrow().value());
        assertEquals("#eff6ff", Mockups.token(design, "color-brand-50").orElseThrow().value());
    }

    @Test
    void extract_shouldReadTheRenderersTokens_whenAMockupUsesItsConvention() {
        // GIVEN a mockup as the project's renderer writes it
        String css = """
                :root { --color-primary: #4338ca; --color-text: #18181b; --color-surface: #ffffff; --color-background: #fafafa;
                        --space-1: 4px; --space-2: 8px; --space-3: 12px; --space-4: 16px; --space-5: 24px; --space-6: 32px;
                        --font-body: "Inter", sans-serif; --font-size-sm: 14px; --font-size-base: 16px; --font-size-lg: 20px;
                        --radius-sm: 4px; --radius-md: 8px; }
                body { font-family: var(--font-body); font-size: var(--font-size-base); color: var(--color-text); background: var(--color-background); }
                .nav { padding: var(--space-3) var(--space-5); }
                .card { background: var(--color-surface); padding: var(--space-4); border-radius: var(--radius-md); gap: var(--space-2); }
                .btn { padding: var(--space-2) var(--space-4); border-radius: var(--radius-sm); font-size: var(--font-size-sm); }
                .btn-primary { background: var(--color-primary); color: var(--color-surface); }
                .hero { padding: var(--space-6) 0; } .hero p { font-size: var(--font-size-lg); margin: var(--space-1) 0; }
                """;
        String body = """
                <nav class=nav><a href=/>Home</a></nav><section class=hero><h1>Hi</h1><p>p</p><a class="btn btn-primary" href=/go>Go</a></section>
                <div class=card><h3>c</h3></div><a class="btn btn-secondary" href=/b>b</a>
                """;
        // WHEN the design is extracted
        ExtractedDesign design = extractor.extract(List.of(Mockups.page("home", css, body)));
        // THEN its token names come back as they were written, with the values they hold
        assertEquals("#4338ca", Mockups.token(design, "color-primary").orElseThrow().value());
        assertEquals("#18181b", Mockups.token(design, "color-text").orElseThrow().value());
        assertEquals("#ffffff", Mockups.token(design, "color-surface").orElseThrow().value());
        for (int i = 1; i <= 6; i++) {
            assertTrue(Mockups.token(design, "space-" + i).isPresent(), "space-" + i);
        }
        assertEquals("12px", Mockups.token(design, "space-3").orElseThrow().value());
        assertEquals("4px", Mockups.token(design, "space-base").orElseThrow().value());
        assertEquals("\"Inter\", sans-serif", Mockups.token(design, "font-body").orElseThrow().value());
        assertEquals("14px", Mockups.token(design, "font-size-sm").orElseThrow().value());
        assertEquals("8px", Mockups.token(design, "radius-md").orElseThrow().value());
        assertEquals(List.of("nav", "hero", "card", "button"),
                design.components().stream().map(ComponentUsage::kind).distinct().toList());
        assertEquals(0.95, Mockups.token(design, "color-primary").orElseThrow().confidence());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "--color-primary, primary", "--primary, primary", "--clr-brand, primary", "--primary-color, primary",
            "--color-text, text", "--fg, text", "--text-primary, text", "--color-muted, muted",
            "--text-secondary, muted", "--color-surface, surface", "--card-bg, surface", "--bg, background",
            "--color-border, border", "--danger, danger", "--primary-hover, null", "--brand-600, null",
            "--primary-foreground, null", "--shadow-color, null"})
    void colorRole_shouldReadTheRoleFromTheName_whenTheNameStatesOne(String property, String role) {
        // GIVEN WHEN THEN the role a custom property's name states, if any
        assertEquals(role, TokenVocabulary.colorRole(property));
    }

    @Test
    void extract_shouldGiveNoColourTokens_whenThePagesHaveNoCss() {
        // GIVEN a page without styles
        ExtractedDesign design = extractor.extract(List.of(Mockups.page("p", "<p>plain</p>")));
        // WHEN THEN nothing is invented
        assertTrue(design.tokens().isEmpty(), design.tokens().toString());
        assertNull(Mockups.token(design, "color-primary").orElse(null));
    }
}
