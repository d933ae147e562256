package com.nexusgen.mockups.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageKindTest {

    private static final EntitySpec ENTITY = new EntitySpec("Lesson", List.of());

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            // name,            slug,          path,                     entity, kind,        expected
            "Home,              home,          /,                        false,  null,        LANDING",
            "Welcome,           welcome,       /welcome,                 false,  null,        LANDING",
            "Sign in,           sign-in,       /sign-in,                 false,  null,        SIGN_IN",
            "Log in,            login,         /auth/login,              false,  null,        SIGN_IN",
            "Dashboard,         dashboard,     /dashboard,               false,  null,        DASHBOARD",
            "Overview,          overview,      /app,                     false,  null,        DASHBOARD",
            "Lessons,           lessons,       /lessons,                 true,   null,        LIST",
            "Lesson,            lesson,        /lessons/:id,             true,   null,        DETAIL",
            "Lesson,            lesson,        /lessons/[id],            true,   null,        DETAIL",
            "New lesson,        new-lesson,    /lessons/new,             true,   null,        FORM",
            "Edit lesson,       edit-lesson,   /lessons/:id/edit,        true,   null,        FORM",
            "Add lesson,        add-lesson,    /new-lesson,              true,   null,        FORM",
            "Settings,          settings,      /dashboard/settings,      false,  null,        SETTINGS",
            "Profile,           profile,       /me,                      false,  null,        SETTINGS",
            "About,             about,         /about,                   false,  null,        GENERIC",
            "Home projects,     projects,      /projects,                true,   null,        LIST",
            "Today,             today,         /today,                   false,  dashboard,   DASHBOARD",
            "Entry,             entry,         /entry,                   false,  Sign In,     SIGN_IN",
            "Entry,             entry,         /entry,                   false,  login,       SIGN_IN",
            "Entry,             entry,         /entry,                   false,  carousel,    GENERIC",
            "Lessons,           lessons,       null,                     true,   null,        LIST",
            "Start,             index,         null,                     false,  null,        LANDING"})
    void of_shouldNameTheLayout_whenSpecOrRouteSaysWhatThePageIs(String name, String slug, String path,
                                                                 boolean hasEntity, String kind,
                                                                 PageKind expected) {
        // GIVEN a page spec
        PageSpec page = new PageSpec("id", name, slug, path, null, null, List.of(), hasEntity ? ENTITY : null, kind);

        // WHEN its kind is decided
        PageKind actual = PageKind.of(page);

        // THEN it is the layout the spec or the route asks for
        assertEquals(expected, actual);
    }
}
