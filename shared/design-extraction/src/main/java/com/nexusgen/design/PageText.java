package com.nexusgen.design;

import org.jsoup.nodes.Element;

import java.util.Locale;

/** The words around an element that say what it is about: its label, the heading before it. */
final class PageText {

    private static final String HEADINGS = "h1, h2, h3, h4, h5, h6";
    private static final int MAX_LEVELS = 4;
    private static final int MAX_SIBLINGS = 4;

    private PageText() {
    }

    /** The text of the elements {@code aria-labelledby} points to, or "". */
    static String labelledBy(Element element) {
        String ids = element.attr("aria-labelledby").trim();
        if (ids.isEmpty() || element.ownerDocument() == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (String id : ids.split("\\s+")) {
            Element target = element.ownerDocument().getElementById(id);
            if (target != null) {
                text.append(target.text()).append(' ');
            }
        }
        return text.toString().trim();
    }

    /** The nearest heading before the element: among its previous siblings, then its ancestors' previous siblings. */
    static String headingBefore(Element element) {
        Element node = element;
        for (int level = 0; level < MAX_LEVELS && node != null && !node.is("body"); level++) {
            Element sibling = node.previousElementSibling();
            for (int i = 0; i < MAX_SIBLINGS && sibling != null; i++) {
                if (sibling.is(HEADINGS)) {
                    return sibling.text();
                }
                if (sibling.is("legend, label, caption")) {
                    sibling = sibling.previousElementSibling();
                    continue;
                }
                var headings = sibling.select(HEADINGS);
                if (!headings.isEmpty()) {
                    return headings.last().text();
                }
                sibling = sibling.previousElementSibling();
            }
            node = node.parent();
        }
        return "";
    }

    /** The first heading inside the element, or "". */
    static String headingInside(Element element) {
        Element heading = element.selectFirst("h1, h2, h3, h4");
        return heading == null ? "" : heading.text();
    }

    /** Class and id words of an element without the generic ones, e.g. {@code recipe-form} gives "recipe form". */
    static String idAndClasses(Element element) {
        return (element.id() + " " + element.attr("name") + " " + element.className()).replace('-', ' ').replace('_', ' ')
                .toLowerCase(Locale.ROOT).trim();
    }

    /** The visible text of an action: its text, else its aria-label, title or value. */
    static String actionText(Element element) {
        String text = element.text().trim();
        if (text.isEmpty() || text.length() <= 2) {
            text = (element.attr("aria-label") + " " + element.attr("title") + " " + element.attr("value")).trim();
        }
        return text;
    }
}
