package com.nexusgen.review;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsxScannerTest {

    @Test
    void scan_shouldReadEveryAttribute_whenATagSpansLinesWithNestedBracesAndAngleBrackets() {
        // GIVEN a multi-line tag whose expressions hold nested braces, '>' and strings with '>' and '}'
        String text = """
                export const F = () => (
                  <input
                    className={cx({ active: a > b, 'x>}': true })}
                    onChange={(e) => { if (e.target.value.length > 3) set('}>'); }}
                    disabled
                    {...rest}
                    data-x='1'
                  />
                );
                """;
        // WHEN scanned
        List<JsxElement> elements = new SourceFile("src/F.tsx", text).elements();
        // THEN one self-closing input on line 2, with all five attributes read correctly
        assertEquals(1, elements.size());
        JsxElement input = elements.get(0);
        assertEquals("input", input.name());
        assertEquals(2, input.line());
        assertTrue(input.selfClosing());
        assertEquals(List.of("className", "onChange", "disabled", "", "data-x"),
                input.attributes().stream().map(JsxElement.Attribute::name).toList());
        assertEquals("cx({ active: a > b, 'x>}': true })", input.attribute("className").value());
        assertEquals(JsxElement.Attribute.ValueKind.BARE, input.attribute("disabled").kind());
        assertTrue(input.hasSpread());
        assertEquals("1", input.attribute("data-x").literal());
    }

    @Test
    void scan_shouldNestElements_whenTagsOpenAndClose() {
        // GIVEN a label wrapping an input, beside a fragment, with an element inside an attribute
        String text = "const v = (<>\n<label>Name <input id=\"n\" /></label>\n<Route element={<Home />} />\n</>);";
        // WHEN scanned
        SourceFile file = new SourceFile("src/v.tsx", text);
        List<JsxElement> elements = file.elements();
        // THEN the parents and content ends are right
        assertEquals(List.of("", "label", "input", "Route", "Home"), elements.stream().map(JsxElement::name).toList());
        JsxElement fragment = elements.get(0);
        JsxElement label = elements.get(1);
        JsxElement input = elements.get(2);
        assertSame(label, input.parent());
        assertSame(fragment, label.parent());
        assertTrue(input.isInside("label"));
        assertEquals(text.indexOf("</label>"), label.contentEnd());
        assertSame(label, file.elementAt(label.start()));
        assertNull(file.elementAt(label.start() + 1));
    }

    @Test
    void scan_shouldHandleHtmlVoidElementsAndCase_whenScanningAPage() {
        // GIVEN HTML with upper-case tags, void elements, an unclosed <p> and a comment
        String text = "<HTML LANG=en><body>\n<p>One<br><IMG SRC=a.png>\n<!-- <img> -->\n<div>x</div></body></HTML>";
        // WHEN scanned
        List<JsxElement> elements = new SourceFile("a.html", text).elements();
        // THEN names are lower case, void elements do not swallow what follows, and comments hold no tags
        assertEquals(List.of("html", "body", "p", "br", "img", "div"), elements.stream().map(JsxElement::name).toList());
        assertEquals("en", elements.get(0).attribute("lang").literal());
        assertEquals("a.png", elements.get(4).attribute("src").literal());
        assertSame(elements.get(2), elements.get(5).parent(), "an unclosed <p> contains what follows, as in HTML");
    }

    @Test
    void literal_shouldResolveOnlySingleStringLiterals_whenAttributesAreExpressions() {
        // GIVEN literal and non-literal expression values
        String text = "const a = <a target={'_blank'} rel={`x`} href={base + '/x'} title={`${t}`} id={\"i\"} />;";
        // WHEN scanned
        JsxElement a = new SourceFile("src/a.tsx", text).elements().get(0);
        // THEN only the single literals resolve
        assertEquals("_blank", a.attribute("target").literal());
        assertEquals("x", a.attribute("rel").literal());
        assertNull(a.attribute("href").literal());
        assertNull(a.attribute("title").literal());
        assertEquals("i", a.attribute("id").literal());
    }
}
