package com.nexusgen.design;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What entity readers know about the page they read: its id, its slug, and the names that are not entities there.
 *
 * @param notEntities the app's own name as its header shows it ("LessonLoop"): a caption saying "The latest changes
 *                    in LessonLoop" speaks about the app, not about a LessonLoop record
 */
record PageContext(String pageId, String slug, Set<String> notEntities) {

    private static final String BRAND = ".brand, .navbar-brand, .logo, .site-title, .site-name, header a[href=/]";

    static PageContext of(Document dom, String pageId, String slug) {
        Set<String> brands = new LinkedHashSet<>();
        Element body = dom.body();
        if (body != null) {
            for (Element brand : body.select(BRAND)) {
                EntityNames.fromText(brand.text()).ifPresent(brands::add);
            }
        }
        brands.remove(EntityNames.USER);
        return new PageContext(pageId, slug, Set.copyOf(brands));
    }

    /** A vote counter that ignores the app's own name. */
    NameVotes votes() {
        return new NameVotes(notEntities);
    }
}
