package com.nexusgen.design;

/**
 * One page of a project's mockups: a standalone HTML5 document with its styles inline.
 *
 * @param pageId   the page's id; everything extracted from this document is reported against it
 * @param pageSlug the page's slug ({@code recipes-new}); a weak hint for the entity a page is about
 * @param html     the whole document; {@code <link rel=stylesheet>} is not followed
 */
public record MockupDocument(String pageId, String pageSlug, String html) {
}
