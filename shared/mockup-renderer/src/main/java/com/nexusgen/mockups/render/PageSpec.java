package com.nexusgen.mockups.render;

import java.util.List;

/**
 * One page of a project as the page wizard describes it: what the mockup is drawn from.
 *
 * @param id            the page's id; the nav marks the page in {@code pages} with this id as current
 * @param name          the page's name, its h1 (the landing page uses the project name instead)
 * @param slug          the mockup's file name without {@code .html}; letters, digits, {@code -} and {@code _}
 * @param path          the app route, e.g. {@code /lessons/:id}; a {@code :} marks a detail page
 * @param purpose       what users do here; becomes the lead paragraph and the meta description
 * @param primaryDevice mobile, tablet, desktop or responsive: a phone-first page stays phone-wide on big screens
 * @param keyElements   the parts the page must show, e.g. {@code ["hero", "lesson-grid"]}
 * @param entity        the data the page shows or edits; may be null
 * @param kind          landing, sign-in, dashboard, list, detail, form, settings or generic; derived when null
 */
public record PageSpec(String id, String name, String slug, String path, String purpose, String primaryDevice,
                       List<String> keyElements, EntitySpec entity, String kind) {

    public PageSpec {
        // AI-written specs often leave lists out; an empty list keeps every caller free of null checks
        keyElements = keyElements == null ? List.of() : List.copyOf(keyElements);
    }

    /** This page as another page's mockup links to it. */
    public PageLink link() {
        return new PageLink(id, name, slug, path);
    }
}
