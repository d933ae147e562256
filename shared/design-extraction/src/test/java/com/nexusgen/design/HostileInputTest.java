package com.nexusgen.design;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mockups come from models and people: nothing in them may make extraction throw or hang. */
class HostileInputTest {

    private final DesignExtractor extractor = new DesignExtractor();
    private final EntityInference inference = new EntityInference();

    static Stream<String> hostileHtml() {
        byte[] noise = new byte[4096];
        new Random(1).nextBytes(noise);
        return Stream.of(
                "",
                "   ",
                new String(noise, java.nio.charset.StandardCharsets.ISO_8859_1),
                "\u0000\u0001\u0002<<<>>>&&&;;;",
                "<div><form><table><tr><td><form><input name=a></div></table><select><option></form>",
                "<style>a{color:red} }}} b{color:blue</style><style>@media screen { .a { color: #fff; } .b { color:",
                "<style>\u0000 garbage {{{ ;;; @@@ } p { margin: 8px }</style><p>x</p>",
                "<style>:root{--a:var(--b);--b:var(--a);--c:var(--c)} p{color:var(--a);margin:var(--c) var();padding:var(--)}</style><p>x</p>",
                "<style>p{color:rgb(;background:hsl(1,2);margin:calc(1px / 0);padding:calc(;gap:1e999px;margin:99999999999999999999px}</style><p>x</p>",
                "<style>a:nth-child(2n+){color:red} [data-x=\"]{color:blue} :is({color:green} *|*{color:#fff} ::-webkit-scrollbar{width:4px}"
                        + " @namespace svg url(http://www.w3.org/2000/svg); a::after{content:'}'} .x{&.y{color:red}}</style><a>x</a>",
                "<style>@import url(x.css); @font-face{font-family:X;src:url(x)} @keyframes k{from{color:red}} @layer a{@layer b{p{margin:8px}}}"
                        + " @container (min-width:1px){p{gap:4px}} @supports (display:grid){p{padding:16px}}</style><p>x</p>",
                "<p style='color:;;;{}background:url(\"'>x</p><a style='--x: var(--x); color: var(--x)'>y</a><div style='\u0000'>z</div>",
                "<style>p { font: ; font-family: ; font-size: var(--nope); border-radius: 50% / 10%; box-shadow: var(--none, ); }</style><p>x</p>",
                "<script>.btn { background: #ff0000 }</script><style>/* unclosed comment",
                "<form><input name=''><input name='[[[]]]'><input name='a.b.c.'><select name=s></select><textarea></textarea></form>",
                "<form aria-labelledby='missing also-missing'><input name=x type=radio><input name=x type=radio></form>",
                "<table><tr><th></th><th>   </th></tr><tr><td colspan=99>x</td></tr></table><table><thead><tr></tr></thead></table>",
                "<dl><dt></dt><dd></dd><dt>a</dt></dl><dl><dd>orphan</dd></dl>",
                "<a href='javascript:alert(1)'>Delete</a><a href='mailto:x'>Remove</a><button formaction='::::'>Trash</button>",
                "<h1>" + "New ".repeat(5000) + "</h1><form><input name=a></form>",
                "<form action='" + "/x".repeat(5000) + "'><input name=a></form>");
    }

    @ParameterizedTest
    @MethodSource("hostileHtml")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void extractAndInfer_shouldNotThrow_whenTheHtmlOrCssIsMalformed(String html) {
        // GIVEN a broken, empty or hostile mockup
        List<MockupDocument> mockups = List.of(new MockupDocument("hostile", "hostile", html));
        // WHEN THEN both extraction and inference return a result
        assertNotNull(assertDoesNotThrow(() -> extractor.extract(mockups)));
        assertNotNull(assertDoesNotThrow(() -> inference.infer(mockups)));
    }

    @Test
    void extractAndInfer_shouldReturnNothing_whenGivenNoMockups() {
        // GIVEN null, an empty list, and a list of nulls and empty documents
        List<MockupDocument> nulls = Arrays.asList(null, new MockupDocument(null, null, null), new MockupDocument("a", null, ""));
        // WHEN THEN the result is empty, not an exception
        for (List<MockupDocument> input : Arrays.asList(null, List.<MockupDocument>of(), nulls)) {
            ExtractedDesign design = extractor.extract(input);
            assertTrue(design.colors().isEmpty() && design.tokens().isEmpty() && design.components().isEmpty());
            assertEquals(0, design.spacing().baseUnitPx());
            assertTrue(inference.infer(input).isEmpty());
        }
    }

    @Test
    void extract_shouldStillReadTheRecoverableRules_whenAStylesheetIsCutOff() {
        // GIVEN a stylesheet whose last block is never closed, as browsers forgive
        String html = "<style>.a { color: #123456; } @media (min-width: 1px) { .b { background: #654321; } .c { color:</style><p class=a>x</p>";
        // WHEN the design is extracted
        ExtractedDesign design = extractor.extract(List.of(new MockupDocument("cut", "cut", html)));
        // THEN the complete rules, inside the open @media too, are read
        assertTrue(Mockups.color(design, "#123456").isPresent(), design.colors().toString());
        assertTrue(Mockups.color(design, "#654321").isPresent(), design.colors().toString());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void extractAndInfer_shouldNotThrow_whenTheDocumentIsDeeplyNestedOrHuge() {
        // GIVEN 20,000 nested divs, and a page with 3,000 rules and 2,000 inputs
        String nested = "<div class=card>".repeat(20_000) + "<form><input name=a></form>" + "</div>".repeat(20_000);
        StringBuilder css = new StringBuilder();
        StringBuilder inputs = new StringBuilder("<form id=big-form>");
        for (int i = 0; i < 3_000; i++) {
            css.append(".c").append(i).append(" .d:hover > a { color: #").append(String.format("%06x", i * 997)).append("; margin: ").append(i % 40).append("px }\n");
        }
        for (int i = 0; i < 2_000; i++) {
            inputs.append("<input name=f").append(i).append(">");
        }
        String huge = "<style>" + css + "</style>" + inputs + "</form>";
        List<MockupDocument> mockups = new ArrayList<>();
        mockups.add(new MockupDocument("nested", "nested", nested));
        mockups.add(new MockupDocument("huge", "huge", huge));
        // WHEN THEN both complete
        ExtractedDesign design = assertDoesNotThrow(() -> extractor.extract(mockups));
        assertTrue(design.colors().size() > 100);
        assertDoesNotThrow(() -> inference.infer(mockups));
    }
}
