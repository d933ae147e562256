package com.nexusgen.design;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VarResolutionTest {

    private final DesignExtractor extractor = new DesignExtractor();

    @Test
    void extract_shouldCountACustomPropertyWhereItIsUsed_whenItIsDeclaredInRoot() {
        // GIVEN a colour declared once in :root and referenced three times
        String css = """
                :root { --color-primary: #c2410c; }
                .btn { background: var(--color-primary); }
                a { color: var(--color-primary); }
                .tab.active { border-bottom: 2px solid var(--color-primary); }
                """;
        // WHEN the design is extracted
        ExtractedDesign design = extractor.extract(List.of(Mockups.page("p", css, "<a class=btn>Go</a>")));
        // THEN the colour counts its three uses, not its declaration
        ColorUsage primary = Mockups.color(design, "#c2410c").orElseThrow();
        assertEquals(3, primary.count());
        assertEquals(List.of("background-color", "border-color", "color"), primary.contexts());
    }

    @Test
    void extract_shouldNotCountACustomProperty_whenItIsDeclaredButNeverUsed() {
        // GIVEN a palette in :root of which only one colour is used
        String css = ":root { --red-500: #ef4444; --green-500: #22c55e; --blue-500: #3b82f6; } p { color: var(--blue-500); }";
        // WHEN the design is extracted
        ExtractedDesign design = extractor.extract(List.of(Mockups.page("p", css, "<p>x</p>")));
        // THEN only the used colour is a colour of the design
        assertEquals(List.of("#3b82f6"), design.colors().stream().map(ColorUsage::value).toList());
        assertTrue(design.tokens().stream().noneMatch(t -> t.value().equals("#ef4444")));
    }

    @Test
    void extract_shouldFollowVarChainsAndFallbacks_whenPropertiesReferToEachOther() {
        // GIVEN a component property pointing at a token, an undefined property with a fallback, and rgb() of a var
        String css = """
                :root { --brand: #7c3aed; --btn-bg: var(--brand); --brand-rgb: 124, 58, 237; }
                .btn { background: var(--btn-bg); color: var(--on-brand, #ffffff); }
                .glow { box-shadow: 0 0 0 3px rgba(var(--brand-rgb), .5); }
                """;
        // WHEN the design is extracted
        ExtractedDesign design = extractor.extract(List.of(Mockups.page("p", css, "<button class=btn>Go</button>")));
        // THEN each reference resolves to the concrete colour
        assertEquals(1, Mockups.color(design, "#7c3aed").orElseThrow().count());
        assertEquals(1, Mockups.color(design, "#ffffff").orElseThrow().count());
        assertEquals(1, Mockups.color(design, "#7c3aed80").orElseThrow().count());
    }

    @Test
    void extract_shouldResolveSpacingThroughVarAndCalc_whenTheScaleIsDeclaredInRem() {
        // GIVEN spacing declared in rem and used directly, in shorthands and inside calc()
        String css = """
                :root { --space-2: .5rem; --space-4: 1rem; }
                .card { padding: var(--space-4) calc(var(--space-2) * 3); margin-bottom: var(--space-2); gap: calc(1rem + 8px); }
                """;
        // WHEN the design is extracted
        ExtractedDesign design = extractor.extract(List.of(Mockups.page("p", css, "<div class=card></div>")));
        // THEN every value is counted in px at 16px per rem
        assertEquals(List.of(new SpacingValue(8, 1), new SpacingValue(16, 1), new SpacingValue(24, 2)),
                design.spacing().values());
    }

    @Test
    void extract_shouldStopAndCarryOn_whenCustomPropertiesReferToThemselvesInACycle() {
        // GIVEN two properties that refer to each other, and one to itself
        String css = ":root { --a: var(--b); --b: var(--a); --c: var(--c, #123456); } p { color: var(--a); background: var(--c); }"
                + " h1 { color: #abcdef; }";
        // WHEN the design is extracted
        ExtractedDesign design = extractor.extract(List.of(Mockups.page("p", css, "<h1>x</h1><p>y</p>")));
        // THEN the cycle resolves to nothing and the rest of the sheet is still read
        assertEquals(1, Mockups.color(design, "#abcdef").orElseThrow().count());
    }

    @Test
    void extract_shouldUseTheRootValue_whenATokenIsAlsoOverriddenOnAThemeClass() {
        // GIVEN a root value and a dark-theme override of the same property
        String css = ":root { --color-text: #111111; } .dark { --color-text: #eeeeee; } body { color: var(--color-text); }";
        // WHEN the design is extracted
        ExtractedDesign design = extractor.extract(List.of(Mockups.page("p", css, "<p>x</p>")));
        // THEN the page's text colour is the root one
        assertEquals("#111111", Mockups.token(design, "color-text").orElseThrow().value());
    }
}
