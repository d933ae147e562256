package com.nexusgen.mockups.render;

import java.util.List;
import java.util.Set;

/**
 * The layouts a mockup can have. The spec names one, or the page's route and name give it away:
 * {@code /lessons/:id} is a detail page, {@code /lessons/new} a form, {@code /login} a sign-in page.
 */
enum PageKind {
    LANDING("landing"),
    SIGN_IN("sign-in"),
    DASHBOARD("dashboard"),
    LIST("list"),
    DETAIL("detail"),
    FORM("form"),
    SETTINGS("settings"),
    GENERIC("generic");

    /** Last route segments that mean "a form to create or change one record". */
    private static final Set<String> FORM_WORDS = Set.of("new", "create", "add", "edit");
    private static final Set<String> CREATE_WORDS = Set.of("new", "create", "add");
    private static final Set<String> SIGN_IN_WORDS = Set.of("signin", "login", "logon", "auth");
    private static final Set<String> DASHBOARD_WORDS = Set.of("dashboard", "overview");
    private static final Set<String> SETTINGS_WORDS = Set.of("settings", "profile", "account", "preferences");
    private static final Set<String> LANDING_WORDS = Set.of("home", "landing", "index", "welcome");

    private final String wireName;

    PageKind(String wireName) {
        this.wireName = wireName;
    }

    /** The kind's name in specs and in the body class: {@code sign-in}, {@code list}, … */
    String wireName() {
        return wireName;
    }

    /** The spec's own kind when it names a known one, else the kind its route and name suggest. */
    static PageKind of(PageSpec page) {
        PageKind named = named(page.kind());
        if (named != null) {
            return named;
        }
        return derive(page.name(), page.slug(), page.path(), page.entity() != null);
    }

    /** The kind of another page, known only by its link: without an entity nothing reads as a list. */
    static PageKind of(PageLink link) {
        return derive(link.name(), link.slug(), link.path(), false);
    }

    private static PageKind named(String kind) {
        String compact = Wording.compact(kind);
        for (PageKind candidate : values()) {
            if (Wording.compact(candidate.wireName).equals(compact)) {
                return candidate;
            }
        }
        return compact.equals("login") ? SIGN_IN : null;
    }

    private static PageKind derive(String name, String slug, String path, boolean hasEntity) {
        // a page without a route is known by its slug, as its mockup file is
        String route = path == null || path.isBlank() ? "/" + (slug == null ? "" : slug) : path;
        List<String> segments = Route.segments(route);
        String last = segments.isEmpty() ? "" : segments.getLast();
        List<String> lastWords = Wording.words(last);
        if (FORM_WORDS.contains(Wording.compact(last))
                || lastWords.size() > 1 && CREATE_WORDS.contains(lastWords.getFirst())) {
            // "/lessons/new", "/lessons/:id/edit", "/new-lesson"
            return FORM;
        }
        if (Route.isDetail(route)) {
            return DETAIL;
        }
        if (segments.isEmpty() || matches(List.of(last, slug == null ? "" : slug), LANDING_WORDS)) {
            return LANDING;
        }
        // the most specific words first: "/dashboard/settings" is a settings page
        for (String source : List.of(last, slug == null ? "" : slug, name == null ? "" : name, route)) {
            PageKind kind = kindOfWords(source);
            if (kind != null) {
                return kind;
            }
        }
        return hasEntity ? LIST : GENERIC;
    }

    private static PageKind kindOfWords(String text) {
        List<String> words = List.of(String.join(" ", Wording.words(text))
                .replace("sign in", "signin").replace("log in", "login").replace("log on", "logon").split(" "));
        if (matches(words, SIGN_IN_WORDS)) {
            return SIGN_IN;
        }
        if (matches(words, DASHBOARD_WORDS)) {
            return DASHBOARD;
        }
        if (matches(words, SETTINGS_WORDS)) {
            return SETTINGS;
        }
        return null;
    }

    private static boolean matches(List<String> words, Set<String> vocabulary) {
        for (String word : words) {
            if (vocabulary.contains(Wording.compact(word))) {
                return true;
            }
        }
        return false;
    }
}
