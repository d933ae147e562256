package com.nexusgen.design;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpacingScaleTest {

    private final DesignExtractor extractor = new DesignExtractor();

    private SpacingScale scaleOf(String css) {
        return extractor.extract(List.of(Mockups.page("p", css, "<div class=a></div>"))).spacing();
    }

    @Test
    void extract_shouldFindAnEightPixelGrid_whenAlmostEveryValueIsAMultipleOfEight() {
        // GIVEN an 8px design with one 4px nudge
        SpacingScale scale = scaleOf(".a { padding: 8px 16px; margin: 24px 0 32px; gap: 16px; } .b { padding: 4px 8px; margin-top: 48px; }");
        // WHEN THEN the grid is 8
        assertEquals(8, scale.baseUnitPx());
    }

    @Test
    void extract_shouldFindAFourPixelGrid_whenTwelvesAndTwentiesAreCommon() {
        // GIVEN a 4px design: 8 divides only some of its values
        SpacingScale scale = scaleOf(".a { padding: 12px 20px; margin: 8px; gap: 12px; } .b { padding: 4px 12px; margin: 16px 24px; }");
        // WHEN THEN the grid is 4, the largest that divides 80% of the uses
        assertEquals(4, scale.baseUnitPx());
    }

    @Test
    void extract_shouldFindATwoPixelGrid_whenValuesAreEvenButNotMultiplesOfFour() {
        // GIVEN spacing in 6s and 10s
        SpacingScale scale = scaleOf(".a { padding: 6px 10px; margin: 14px; gap: 6px; } .b { padding: 10px; margin: 18px 2px; }");
        // WHEN THEN the grid is 2
        assertEquals(2, scale.baseUnitPx());
    }

    @Test
    void extract_shouldCountRemAndEmAtSixteenPixels_whenSpacingIsWrittenInRem() {
        // GIVEN rem and em spacing, and values that are not spacing (auto, %, 0, negative)
        SpacingScale scale = scaleOf(".a { padding: .5rem 1rem; margin: 0 auto 1.5em; gap: 2rem; width: 50%; margin-left: -8px; padding-top: 10%; }");
        // WHEN THEN the scale holds the lengths in px, smallest first
        assertEquals(List.of(new SpacingValue(8, 1), new SpacingValue(16, 1), new SpacingValue(24, 1), new SpacingValue(32, 1)),
                scale.values());
        assertEquals(8, scale.baseUnitPx());
    }

    @Test
    void extract_shouldNameSpacingTokensFromTheScale_whenTheDocumentDeclaresNone() {
        // GIVEN raw px spacing used more than once per value
        String css = ".a { padding: 8px 16px; } .b { padding: 8px 16px; margin: 24px; } .c { margin: 24px; gap: 40px; }";
        ExtractedDesign design = extractor.extract(List.of(Mockups.page("p", css, "<div class=a></div>")));
        // WHEN THEN space-base is the grid and space-1.. are the repeated steps on it
        assertEquals("8px", Mockups.token(design, "space-base").orElseThrow().value());
        assertEquals("8px", Mockups.token(design, "space-1").orElseThrow().value());
        assertEquals("16px", Mockups.token(design, "space-2").orElseThrow().value());
        assertEquals("24px", Mockups.token(design, "space-3").orElseThrow().value());
        assertTrue(Mockups.token(design, "space-4").isEmpty(), "40px is used once: not a step");
    }

    @Test
    void extract_shouldReportNoGrid_whenThereIsNoSpacing() {
        // GIVEN a page without margins, paddings or gaps
        SpacingScale scale = scaleOf("p { color: red; }");
        // WHEN THEN there is no grid to speak of
        assertEquals(0, scale.baseUnitPx());
        assertTrue(scale.values().isEmpty());
    }
}
