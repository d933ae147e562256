package com.nexusgen.mockups.render;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Reads a mockup the way a browser and an accessibility checker would, and fails on what either would flag.
 * jsoup parses by the HTML5 algorithm and reports every parse error, which doubles as the well-formedness check.
 */
final class MockupChecks {

    private static final Set<String> LABELLED_CONTROLS = Set.of("input", "select", "textarea");
    private static final Pattern DECLARATION = Pattern.compile("([a-z-]+)\\s*:\\s*([^;{}]+);");
    /** Properties whose values are colors, spaces or fonts: the stylesheet must take them from the tokens. */
    private static final Set<String> TOKEN_PROPERTIES = Set.of("color", "background", "background-color",
            "border-color", "outline-color", "accent-color", "font-family", "font-size", "margin", "margin-top",
            "margin-right", "margin-bottom", "margin-left", "padding", "padding-top", "padding-right",
            "padding-bottom", "padding-left", "gap", "row-gap", "column-gap", "box-shadow", "border-radius");
    private static final Set<String> KEYWORDS = Set.of("0", "auto", "inherit", "none", "transparent", "currentcolor");

    private MockupChecks() {
    }

    /** Parses a mockup, failing on any HTML5 parse error. */
    static Document parse(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(20);
        Document document = parser.parseInput(html, "");
        List<ParseError> errors = parser.getErrors();
        assertTrue(errors.isEmpty(), () -> "HTML parse errors: " + errors);
        return document;
    }

    /** The rules every mockup keeps, whatever its kind. */
    static void assertAccessibleDocument(Document document) {
        assertTrue(document.html().length() > 0);
        assertEquals("en", document.selectFirst("html").attr("lang"));
        assertFalse(document.title().isBlank(), "title");
        assertEquals("width=device-width, initial-scale=1",
                document.selectFirst("meta[name=viewport]").attr("content"));
        assertFalse(document.selectFirst("meta[name=description]").attr("content").isBlank(), "meta description");
        Element skip = document.selectFirst("body > a.skip-link");
        assertEquals("#main", skip.attr("href"), "skip link first in body");
        assertEquals(skip, document.body().child(0), "skip link first in body");
        assertEquals(1, document.select("main#main").size(), "one main, the skip link's target");
        assertEquals(1, document.select("body > header").size(), "header landmark");
        assertEquals(1, document.select("body > footer").size(), "footer landmark");
        assertEquals(1, document.select("h1").size(), "one h1");
        assertEquals(1, document.select("main h1").size(), "the h1 is in main");
        assertHeadingsDoNotSkipLevels(document);
        assertUniqueIds(document);
        assertControlsLabelled(document);
        assertLinksAndButtonsUsedRight(document);
        assertTablesHeadered(document);
        document.select("img").forEach(img -> assertTrue(img.hasAttr("alt"), "img without alt"));
        assertTrue(document.select("script, link, iframe, object, embed, img[src^=http]").isEmpty(),
                "standalone: no scripts and no external resources");
    }

    static void assertHeadingsDoNotSkipLevels(Document document) {
        int previous = 0;
        for (Element heading : document.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            assertTrue(level <= previous + 1, () -> "heading level skipped at " + heading);
            assertFalse(heading.text().isBlank(), "empty heading");
            previous = level;
        }
    }

    static void assertUniqueIds(Document document) {
        Set<String> ids = new HashSet<>();
        for (Element element : document.select("[id]")) {
            assertTrue(ids.add(element.id()), () -> "duplicate id " + element.id());
        }
    }

    /** Every control has exactly one label that names it; every label names a control. */
    static void assertControlsLabelled(Document document) {
        for (Element control : document.select("input, select, textarea")) {
            if (control.attr("type").equals("hidden")) {
                continue;
            }
            assertFalse(control.id().isBlank(), () -> "control without id: " + control);
            List<Element> labels = document.select("label[for=" + control.id() + "]");
            assertEquals(1, labels.size(), () -> "labels for " + control);
            assertFalse(labels.getFirst().text().isBlank(), () -> "empty label for " + control);
            if (control.hasAttr("required")) {
                assertEquals("true", control.attr("aria-required"), () -> "aria-required on " + control);
            }
        }
        for (Element label : document.select("label")) {
            Element target = document.getElementById(label.attr("for"));
            assertTrue(target != null && LABELLED_CONTROLS.contains(target.tagName()),
                    () -> "label for nothing: " + label);
        }
    }

    /** Links go somewhere and say where; buttons act, say what, and are never inside links. */
    static void assertLinksAndButtonsUsedRight(Document document) {
        for (Element link : document.select("a")) {
            assertFalse(link.attr("href").isBlank(), () -> "link without href: " + link);
            assertFalse(link.attr("href").equals("#"), () -> "dead link: " + link);
            assertFalse(link.text().isBlank(), () -> "empty link: " + link);
        }
        for (Element button : document.select("button")) {
            assertFalse(button.text().isBlank(), () -> "empty button: " + button);
            assertTrue(Set.of("submit", "button").contains(button.attr("type")), () -> "button type: " + button);
            assertNull(button.closest("a"), "button inside a link");
            if (button.attr("type").equals("submit")) {
                assertNotNull(button.closest("form"), "submit button outside a form");
            }
        }
    }

    static void assertTablesHeadered(Document document) {
        for (Element table : document.select("table")) {
            assertFalse(table.select("> caption").text().isBlank(), "table caption");
            for (Element header : table.select("th")) {
                assertTrue(Set.of("col", "row").contains(header.attr("scope")), () -> "th scope: " + header);
            }
            assertTrue(table.parent().hasClass("table-wrapper"), "table scrolls inside its own wrapper");
        }
    }

    /** Every link and form action of the document, but the skip link. */
    static List<String> targets(Document document) {
        List<String> targets = new ArrayList<>();
        for (Element link : document.select("a[href]")) {
            if (!link.hasClass("skip-link")) {
                targets.add(link.attr("href"));
            }
        }
        for (Element form : document.select("form[action]")) {
            targets.add(form.attr("action"));
        }
        return targets;
    }

    /** The stylesheet text of a mockup. */
    static String stylesheet(Document document) {
        return document.selectFirst("head > style").data();
    }

    /** The {@code :root} declarations: the tokens. */
    static String rootBlock(String css) {
        int start = css.indexOf(":root {");
        return css.substring(start, css.indexOf('}', start) + 1);
    }

    /** Every color, space and font of the rules (outside :root) comes from a token. */
    static void assertRulesUseTokens(String css) {
        String rules = css.replace(rootBlock(css), "");
        Matcher declaration = DECLARATION.matcher(rules);
        int checked = 0;
        while (declaration.find()) {
            String property = declaration.group(1);
            String value = declaration.group(2).strip();
            if (!TOKEN_PROPERTIES.contains(property)) {
                continue;
            }
            checked++;
            boolean fromToken = value.contains("var(--");
            boolean keywordsOnly = List.of(value.toLowerCase().split("\\s+")).stream().allMatch(KEYWORDS::contains);
            if (!fromToken && !keywordsOnly) {
                fail(property + ": " + value + " does not come from a token");
            }
        }
        assertTrue(checked > 50, "the stylesheet was read: " + checked + " declarations");
        assertFalse(Pattern.compile("#[0-9a-fA-F]{3,8}\\b|rgba?\\(|hsla?\\(").matcher(rules).find(),
                "a literal color outside :root");
    }
}
