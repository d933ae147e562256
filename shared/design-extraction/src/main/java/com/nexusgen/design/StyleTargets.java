package com.nexusgen.design;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides what one mockup's rules style by matching their selectors against its DOM and its detected components;
 * when a selector matches nothing (a state, an element the page lacks) its class words decide.
 */
final class StyleTargets {

    private static final Set<String> SURFACE_WORDS = Set.of("card", "panel", "surface", "sheet", "tile", "modal",
            "dialog", "popover", "dropdown", "box", "well");
    private static final Set<String> PAGE_SELECTORS = Set.of(":root", "html", "body");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Parsed once: jsoup parses a selector string on every call. */
    private static final Evaluator NAVIGATION = QueryParser.parse("nav, [role=navigation]");

    private final SelectorMatcher matcher;
    private final Map<Element, String> buttons;
    private final Set<Element> surfaces;
    private final Map<String, StyleTarget> cache = new HashMap<>();

    StyleTargets(SelectorMatcher matcher, List<DetectedComponent> components) {
        this.matcher = matcher;
        this.buttons = ComponentDetector.buttonsOf(components);
        this.surfaces = new LinkedHashSet<>();
        for (DetectedComponent c : components) {
            if (c.kind().equals(ComponentDetector.CARD) || c.kind().equals(ComponentDetector.MODAL)) {
                surfaces.add(c.element());
            }
        }
    }

    /** What a rule styles: the union over its selectors; a state only when every selector is one. */
    StyleTarget ofRule(List<String> selectors) {
        if (selectors.size() == 1) {
            return ofSelector(selectors.getFirst());
        }
        EnumSet<StyleTarget.Role> roles = EnumSet.noneOf(StyleTarget.Role.class);
        Set<String> variants = new LinkedHashSet<>();
        Set<String> words = new LinkedHashSet<>();
        boolean allStates = !selectors.isEmpty();
        for (String selector : selectors) {
            StyleTarget t = ofSelector(selector);
            roles.addAll(t.roles());
            if (t.is(StyleTarget.Role.BUTTON)) {
                variants.add(t.buttonVariant() == null ? "" : t.buttonVariant());
            }
            words.addAll(t.subjectWords());
            allStates &= t.state();
        }
        String variant = variants.size() == 1 && !variants.contains("") ? variants.iterator().next() : null;
        return new StyleTarget(roles, variant, allStates, words);
    }

    /** What a style attribute styles: its own element. */
    StyleTarget ofElement(Element element) {
        EnumSet<StyleTarget.Role> roles = EnumSet.noneOf(StyleTarget.Role.class);
        String variant = addRoles(element, roles);
        return new StyleTarget(roles, variant, false, ClassNames.words(element));
    }

    StyleTarget ofSelector(String selector) {
        return cache.computeIfAbsent(selector, this::evaluate);
    }

    private StyleTarget evaluate(String selector) {
        String subject = SelectorMatcher.subject(selector);
        Set<String> words = ClassNames.words(subject);
        boolean state = SelectorMatcher.isState(selector);
        EnumSet<StyleTarget.Role> roles = EnumSet.noneOf(StyleTarget.Role.class);
        String trimmed = selector.trim().toLowerCase();
        if (PAGE_SELECTORS.contains(trimmed)) {
            roles.add(StyleTarget.Role.PAGE);
            return new StyleTarget(roles, null, state, words);
        }
        Elements matched = matcher.select(selector);
        Set<String> variants = new LinkedHashSet<>();
        for (Element element : matched) {
            String variant = addRoles(element, roles);
            if (buttons.containsKey(element)) {
                variants.add(variant == null ? "" : variant);
            }
        }
        if (matched.isEmpty()) {
            String variant = rolesFromWords(subject, words, roles);
            if (variant != null) {
                variants.add(variant);
            }
        }
        String variant = variants.size() == 1 && !variants.contains("") ? variants.iterator().next() : null;
        return new StyleTarget(roles, variant, state, words);
    }

    private String addRoles(Element element, Set<StyleTarget.Role> roles) {
        String variant = null;
        String tag = element.normalName();
        if (tag.equals("html") || tag.equals("body")) {
            roles.add(StyleTarget.Role.PAGE);
        }
        if (buttons.containsKey(element)) {
            roles.add(StyleTarget.Role.BUTTON);
            variant = buttons.get(element);
        } else if (tag.equals("a")) {
            roles.add(StyleTarget.Role.LINK);
        }
        if (surfaces.contains(element) || !java.util.Collections.disjoint(ClassNames.words(element), SURFACE_WORDS)) {
            roles.add(StyleTarget.Role.SURFACE);
        }
        if (HEADINGS.contains(tag)) {
            roles.add(StyleTarget.Role.HEADING);
        }
        if (element.closest(NAVIGATION) != null) {
            roles.add(StyleTarget.Role.NAV);
        }
        if (tag.equals("input") || tag.equals("select") || tag.equals("textarea")) {
            roles.add(StyleTarget.Role.INPUT);
        }
        return variant;
    }

    /** For selectors that style nothing on this page: judge by the words of what they name. */
    private static String rolesFromWords(String subject, Set<String> words, Set<StyleTarget.Role> roles) {
        String variant = null;
        String tag = subject.replaceAll("^([a-zA-Z][a-zA-Z0-9]*).*$", "$1").toLowerCase();
        boolean hasTag = !subject.isEmpty() && Character.isLetter(subject.charAt(0));
        if (words.contains("btn") || words.contains("button") || (hasTag && tag.equals("button"))) {
            roles.add(StyleTarget.Role.BUTTON);
            variant = ButtonVariant.of(words);
        } else if (hasTag && tag.equals("a")) {
            roles.add(StyleTarget.Role.LINK);
        }
        if (!java.util.Collections.disjoint(words, SURFACE_WORDS)) {
            roles.add(StyleTarget.Role.SURFACE);
        }
        if (hasTag && tag.matches("h[1-6]")) {
            roles.add(StyleTarget.Role.HEADING);
        }
        if (hasTag && (tag.equals("body") || tag.equals("html"))) {
            roles.add(StyleTarget.Role.PAGE);
        }
        return variant;
    }
}
