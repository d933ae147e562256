package com.nexusgen.design;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColorNormalizationTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "#FFF                      | #ffffff",
            "#2563EB                   | #2563eb",
            "#2563eb80                 | #2563eb80",
            "#0008                     | #00000088",
            "white                     | #ffffff",
            "RebeccaPurple             | #663399",
            "rgb(37, 99, 235)          | #2563eb",
            "rgb(37 99 235)            | #2563eb",
            "RGB(37 99 235 / 50%)      | #2563eb80",
            "rgba(0,0,0,.1)            | #0000001a",
            "rgba(0, 0, 0, 1)          | #000000",
            "rgb(100%, 0%, 0%)         | #ff0000",
            "hsl(0, 100%, 50%)         | #ff0000",
            "hsl(217.2deg 91.2% 59.8%) | #3b82f6",
            "hsla(120, 100%, 25%, .5)  | #00800080",
            "hsl(0.5turn 100% 50%)     | #00ffff",
    })
    void parse_shouldNormalizeToLowerCaseHex_whenTheTermIsAColour(String css, String expected) {
        // GIVEN a colour term in any CSS syntax
        // WHEN it is parsed
        String hex = CssColor.parse(css.trim()).orElseThrow().hex();
        // THEN it is #rrggbb, with alpha appended only when translucent
        assertEquals(expected.trim(), hex);
    }

    @ParameterizedTest
    @ValueSource(strings = {"transparent", "currentColor", "inherit", "initial", "none", "var(--x)", "#12", "#ggg",
            "rgb(1,2)", "hsl(a b c)", "color-mix(in srgb, red, blue)", "", "  ", "1px", "solid"})
    void parse_shouldGiveNothing_whenTheTermIsNotAConcreteColour(String css) {
        // GIVEN a keyword, a function we do not evaluate, or garbage
        // WHEN it is parsed
        // THEN it is not a colour
        assertTrue(CssColor.parse(css).filter(c -> !c.isInvisible()).isEmpty(), css);
    }

    @Test
    void extract_shouldCountEveryNotationOfAColourAsOneColour_whenAPageMixesThem() {
        // GIVEN one blue written five ways, in rules and in a style attribute
        String css = """
                a { color: #2563EB; }
                .btn { background-color: rgb(37, 99, 235); border: 1px solid #2563eb; }
                .badge { outline: 2px solid hsl(221.2deg 83.2% 53.3%); }
                p { color: transparent; background: currentColor; border-color: inherit; }
                """;
        MockupDocument page = Mockups.page("p", css, "<a class=btn style='color: RGB(37 99 235)'>Go</a><p>x</p>");
        // WHEN the design is extracted
        ExtractedDesign design = new DesignExtractor().extract(List.of(page));
        // THEN it is one colour used five times, with each property it colours; keywords are not colours
        ColorUsage blue = Mockups.color(design, "#2563eb").orElseThrow();
        assertEquals(5, blue.count());
        assertEquals(List.of("background-color", "border-color", "color", "outline-color"), blue.contexts());
        assertEquals(1, design.colors().size(), design.colors().toString());
    }

    @Test
    void extract_shouldReadColoursInsideGradientsAndShadows_whenTheyAreTheOnlyPlaceAColourAppears() {
        // GIVEN colours only inside a gradient and a shadow
        String css = ".hero { background: linear-gradient(90deg, #ff0000 0%, rgba(0,0,255,.5) 100%); "
                + "box-shadow: 0 1px 2px rgba(0,0,0,.25); }";
        // WHEN the design is extracted
        ExtractedDesign design = new DesignExtractor().extract(List.of(Mockups.page("p", css, "<div class=hero></div>")));
        // THEN each is found with the property it colours
        assertEquals(List.of("background-color"), Mockups.color(design, "#ff0000").orElseThrow().contexts());
        assertEquals(List.of("background-color"), Mockups.color(design, "#0000ff80").orElseThrow().contexts());
        assertEquals(List.of("box-shadow"), Mockups.color(design, "#00000040").orElseThrow().contexts());
    }
}
