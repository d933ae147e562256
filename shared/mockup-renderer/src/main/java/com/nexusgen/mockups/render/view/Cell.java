package com.nexusgen.mockups.render.view;

/**
 * A table cell.
 *
 * @param href     a link to another page mockup, or null
 * @param datetime the machine-readable date when the text is one (drawn as {@code <time>}), or null
 */
public record Cell(String text, String href, String datetime) {
}
