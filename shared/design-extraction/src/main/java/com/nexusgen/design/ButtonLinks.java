package com.nexusgen.design;

import com.helger.css.decl.CSSDeclaration;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds links a mockup's CSS dresses as buttons: a background colour and padding, outside navigation.
 * Such a link is a button to the eye whatever its classes are called.
 */
final class ButtonLinks {

    private static final int BACKGROUND = 1;
    private static final int PADDING = 2;
    private static final int BUTTON_LIKE = BACKGROUND | PADDING;
    private static final Evaluator NAVIGATION = QueryParser.parse("nav, [role=navigation]");

    private ButtonLinks() {
    }

    static Set<Element> find(ParsedMockup page, SelectorMatcher matcher) {
        Map<Element, Integer> flags = new HashMap<>();
        for (StyleRule rule : page.rules()) {
            if (rule.selectors().stream().allMatch(SelectorMatcher::isState)) {
                continue;
            }
            int ruleFlags = flagsOf(rule.declarations(), page.properties());
            if (ruleFlags == 0) {
                continue;
            }
            for (String selector : rule.selectors()) {
                if (SelectorMatcher.isState(selector)) {
                    continue;
                }
                for (Element element : matcher.select(selector)) {
                    if (element.normalName().equals("a")) {
                        flags.merge(element, ruleFlags, (a, b) -> a | b);
                    }
                }
            }
        }
        for (ParsedMockup.InlineStyle inline : page.inlineStyles()) {
            if (inline.element().is("a")) {
                flags.merge(inline.element(), flagsOf(inline.declarations(), page.properties()), (a, b) -> a | b);
            }
        }
        Set<Element> links = new LinkedHashSet<>();
        flags.forEach((element, f) -> {
            if ((f & BUTTON_LIKE) == BUTTON_LIKE && element.closest(NAVIGATION) == null && !isSkipLink(element)) {
                links.add(element);
            }
        });
        // keep document order so detection stays deterministic
        Set<Element> ordered = new LinkedHashSet<>();
        for (Element a : page.dom().select("a")) {
            if (links.contains(a)) {
                ordered.add(a);
            }
        }
        return ordered;
    }

    /** "Skip to main content" is styled like a button for keyboard users, but it is page furniture, not a button. */
    private static boolean isSkipLink(Element a) {
        return ClassNames.words(a).contains("skip") || a.text().trim().toLowerCase(Locale.ROOT).startsWith("skip to");
    }

    private static int flagsOf(List<CSSDeclaration> declarations, CustomProperties properties) {
        int flags = 0;
        for (CSSDeclaration declaration : declarations) {
            String property = declaration.getProperty().toLowerCase(Locale.ROOT);
            if (property.equals("background") || property.equals("background-color")) {
                for (ValueTerm term : properties.resolve(declaration.getExpression()).terms()) {
                    if (CssColor.parse(term.text()).filter(c -> !c.isInvisible()).isPresent()) {
                        flags |= BACKGROUND;
                    }
                }
            } else if (property.startsWith("padding")) {
                for (ValueTerm term : properties.resolve(declaration.getExpression()).terms()) {
                    if (CssLength.toPx(term.text()).orElse(0) > 0) {
                        flags |= PADDING;
                    }
                }
            }
        }
        return flags;
    }
}
