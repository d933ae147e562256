package com.nexusgen.design;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the UI components of one mockup: nav, hero, card, button (with its variant), form, table, list and modal.
 * Semantic HTML and ARIA roles count first, class names second (the project's own renderer writes {@code .card},
 * {@code .btn btn-primary}, {@code .hero}...), and a few shapes third (an article with a heading among siblings like it).
 */
final class ComponentDetector {

    static final String NAV = "nav";
    static final String HERO = "hero";
    static final String CARD = "card";
    static final String BUTTON = "button";
    static final String FORM = "form";
    static final String TABLE = "table";
    static final String LIST = "list";
    static final String MODAL = "modal";

    /** The order components are reported in. */
    static final List<String> KINDS = List.of(NAV, HERO, CARD, BUTTON, FORM, TABLE, LIST, MODAL);

    private static final String HEADINGS = "h1, h2, h3, h4, h5, h6";
    private static final String DATA_FIELDS =
            "input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]), select, textarea";
    private static final String NAV_LIKE = "nav, [role=navigation], header, footer, [role=menu], [role=menubar], [role=tablist]";
    private static final int MIN_LIST_ITEMS = 3;

    /**
     * The components of a page.
     *
     * @param dom          the page
     * @param styledLinks  links the page's CSS styles as buttons (background and padding), found by the caller
     */
    List<DetectedComponent> detect(Document dom, Set<Element> styledLinks) {
        Element body = dom.body();
        List<DetectedComponent> found = new ArrayList<>();
        if (body == null) {
            return found;
        }
        navs(body, found);
        hero(body, styledLinks, found);
        cards(body, found);
        buttons(body, styledLinks, found);
        forms(body, found);
        tables(body, found);
        lists(body, found);
        modals(body, found);
        return found;
    }

    /** The button elements of a page with their variants, so CSS on them can be attributed to buttons. */
    static Map<Element, String> buttonsOf(List<DetectedComponent> components) {
        Map<Element, String> buttons = new HashMap<>();
        for (DetectedComponent c : components) {
            if (c.kind().equals(BUTTON)) {
                buttons.put(c.element(), c.variant());
            }
        }
        return buttons;
    }

    private static void navs(Element body, List<DetectedComponent> found) {
        Set<Element> navs = new LinkedHashSet<>(body.select("nav, [role=navigation]"));
        for (Element e : body.getAllElements()) {
            if (ClassNames.names(e, "nav") || ClassNames.names(e, "navbar") || ClassNames.names(e, "navigation")) {
                if (!e.is("ul, ol, li, a")) {
                    navs.add(e);
                }
            }
        }
        addOutermost(navs, NAV, found);
    }

    private static void hero(Element body, Set<Element> styledLinks, List<DetectedComponent> found) {
        for (Element e : body.getAllElements()) {
            boolean named = ClassNames.names(e, "hero") || ClassNames.names(e, "jumbotron") || ClassNames.names(e, "masthead");
            // a hero is a headline block; a ".recipe-hero" around a photo is only a big image
            if (named && e.selectFirst("h1, h2") != null) {
                found.add(new DetectedComponent(HERO, null, e));
                return;
            }
        }
        // Without a class: the first section that holds the page's h1 and a call to action, and nothing of a work page.
        for (Element section : body.select("section, header, [role=banner]")) {
            if (section.selectFirst("h1") == null) {
                continue;
            }
            boolean hasCallToAction = section.select("a, button").stream()
                    .anyMatch(a -> a.is("button") || styledLinks.contains(a) || looksLikeButtonLink(a));
            boolean isWorkArea = section.selectFirst("form, table, dl, nav") != null;
            if (hasCallToAction && !isWorkArea && section.selectFirst("p") != null) {
                found.add(new DetectedComponent(HERO, null, section));
            }
            return;
        }
    }

    private static void cards(Element body, List<DetectedComponent> found) {
        Set<Element> cards = new LinkedHashSet<>();
        for (Element e : body.getAllElements()) {
            if (ClassNames.names(e, "card") && !e.is("body, main")) {
                cards.add(e);
            }
        }
        for (Element article : body.select("article")) {
            Element parent = article.parent();
            if (parent == null || article.selectFirst(HEADINGS) == null) {
                continue;
            }
            long siblings = parent.children().stream().filter(c -> c.is("article")).count();
            if (siblings >= 2) {
                cards.add(article);
            }
        }
        for (Element card : cards) {
            found.add(new DetectedComponent(CARD, null, card));
        }
    }

    private static void buttons(Element body, Set<Element> styledLinks, List<DetectedComponent> found) {
        Set<Element> buttons = new LinkedHashSet<>(
                body.select("button, input[type=submit], input[type=button], input[type=reset], [role=button]"));
        for (Element a : body.select("a")) {
            if (looksLikeButtonLink(a) || styledLinks.contains(a)) {
                buttons.add(a);
            }
        }
        for (Element button : buttons) {
            Set<String> words = ClassNames.words(button);
            if (styledLinks.contains(button) && !looksLikeButtonLink(button)) {
                // a link dressed as a button by its CSS: "nav-link" or "more-link" says link, not a link-style button
                words.remove("link");
                words.remove("text");
            }
            found.add(new DetectedComponent(BUTTON, ButtonVariant.of(words), button));
        }
    }

    /** A link whose classes say it is a button: {@code btn}, {@code button}, {@code cta}. */
    static boolean looksLikeButtonLink(Element a) {
        Set<String> words = ClassNames.words(a);
        return words.contains("btn") || words.contains("button") || words.contains("cta");
    }

    private static void forms(Element body, List<DetectedComponent> found) {
        Set<Element> forms = new LinkedHashSet<>();
        for (Element form : body.select("form, [role=form]")) {
            if (form.selectFirst(DATA_FIELDS) != null) {
                forms.add(form);
            }
        }
        for (Element e : body.select(".form")) {
            if (!e.is("form") && e.closest("form") == null && e.selectFirst(DATA_FIELDS) != null) {
                forms.add(e);
            }
        }
        addOutermost(forms, FORM, found);
    }

    private static void tables(Element body, List<DetectedComponent> found) {
        Set<Element> tables = new LinkedHashSet<>();
        for (Element table : body.select("table")) {
            boolean hasHeader = table.selectFirst("th") != null;
            boolean hasRows = table.select("tr").size() >= 2;
            if (hasHeader || hasRows) {
                tables.add(table);
            }
        }
        tables.addAll(body.select("[role=table], [role=grid]"));
        for (Element e : body.select(".table")) {
            if (!e.is("table") && e.children().size() >= 2) {
                tables.add(e);
            }
        }
        addOutermost(tables, TABLE, found);
    }

    private static void lists(Element body, List<DetectedComponent> found) {
        Set<Element> lists = new LinkedHashSet<>();
        for (Element list : body.select("ul, ol, [role=list], .list")) {
            if (list.closest(NAV_LIKE) != null) {
                continue; // menus and footers are navigation, not content lists
            }
            Elements items = list.is("ul, ol") ? list.select("> li") : list.children();
            if (items.size() >= MIN_LIST_ITEMS && similar(items)) {
                lists.add(list);
            }
        }
        for (Element list : lists) {
            found.add(new DetectedComponent(LIST, null, list));
        }
    }

    /** Items share a structure when most have the same sequence of child tags. */
    private static boolean similar(Elements items) {
        Map<String, Integer> shapes = new HashMap<>();
        for (Element item : items) {
            StringBuilder shape = new StringBuilder();
            for (Element child : item.children()) {
                shape.append(child.tagName()).append(' ');
            }
            shapes.merge(shape.toString(), 1, Integer::sum);
        }
        int most = shapes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return most * 10 >= items.size() * 7;
    }

    private static void modals(Element body, List<DetectedComponent> found) {
        Set<Element> modals = new LinkedHashSet<>(body.select("dialog, [role=dialog], [role=alertdialog]"));
        for (Element e : body.getAllElements()) {
            if (ClassNames.names(e, "modal") || ClassNames.names(e, "dialog")) {
                modals.add(e);
            }
        }
        addOutermost(modals, MODAL, found);
    }

    /** One instance per component: a {@code nav.nav} inside a {@code [role=navigation]} wrapper is one nav. */
    private static void addOutermost(Set<Element> elements, String kind, List<DetectedComponent> found) {
        for (Element e : elements) {
            boolean nested = false;
            for (Element parent : e.parents()) {
                if (elements.contains(parent)) {
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                found.add(new DetectedComponent(kind, null, e));
            }
        }
    }
}
