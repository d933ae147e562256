package com.nexusgen.design;

import com.helger.css.decl.CSSDeclaration;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * One mockup read by the HTML and CSS parsers: its DOM, its style rules, its style attributes and its custom properties.
 */
record ParsedMockup(String pageId, String pageSlug, Document dom, List<StyleRule> rules, List<InlineStyle> inlineStyles,
                    CustomProperties properties) {

    /** The declarations of one element's {@code style=""} attribute. */
    record InlineStyle(Element element, List<CSSDeclaration> declarations) {
    }
}
