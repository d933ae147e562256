package com.nexusgen.design;

import com.helger.css.decl.CSSDeclaration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parses a mockup's HTML with jsoup and its inline CSS ({@code <style>} and {@code style=""}) with ph-css. */
final class MockupReader {

    private final StyleSheetReader sheets = new StyleSheetReader();

    /** Reads the DOM only: entity inference needs no CSS. */
    static Document dom(MockupDocument mockup) {
        String html = mockup == null || mockup.html() == null ? "" : mockup.html();
        return Jsoup.parse(html);
    }

    static String pageIdOf(MockupDocument mockup) {
        if (mockup == null) {
            return "";
        }
        if (mockup.pageId() != null) {
            return mockup.pageId();
        }
        return mockup.pageSlug() == null ? "" : mockup.pageSlug();
    }

    static String slugOf(MockupDocument mockup) {
        if (mockup == null) {
            return "";
        }
        if (mockup.pageSlug() != null) {
            return mockup.pageSlug();
        }
        return mockup.pageId() == null ? "" : mockup.pageId();
    }

    ParsedMockup read(MockupDocument mockup) {
        Document dom = dom(mockup);
        List<StyleRule> rules = new ArrayList<>();
        for (Element style : dom.select("style")) {
            if (appliesToScreen(style)) {
                rules.addAll(sheets.read(style.data()));
            }
        }
        CustomProperties properties = CustomProperties.declaredIn(rules);
        List<ParsedMockup.InlineStyle> inline = new ArrayList<>();
        for (Element element : dom.select("[style]")) {
            List<CSSDeclaration> declarations = List.copyOf(sheets.readDeclarations(element.attr("style")).getAllDeclarations());
            if (declarations.isEmpty()) {
                continue;
            }
            for (CSSDeclaration declaration : declarations) {
                if (declaration.getProperty().startsWith("--")) {
                    properties.declareIfAbsent(declaration.getProperty(), declaration.getExpression());
                }
            }
            inline.add(new ParsedMockup.InlineStyle(element, declarations));
        }
        return new ParsedMockup(pageIdOf(mockup), slugOf(mockup), dom, rules, inline, properties);
    }

    /** Print styles and non-CSS style blocks are not how the page looks. */
    private static boolean appliesToScreen(Element style) {
        String type = style.attr("type").trim().toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.equals("text/css")) {
            return false;
        }
        String media = style.attr("media").trim().toLowerCase(Locale.ROOT);
        return media.isEmpty() || !media.equals("print");
    }
}
