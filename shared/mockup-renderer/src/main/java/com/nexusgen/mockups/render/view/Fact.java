package com.nexusgen.mockups.render.view;

/**
 * One term and value of a detail page.
 *
 * @param datetime the machine-readable date when the value is one (drawn as {@code <time>}), or null
 */
public record Fact(String term, String value, String datetime) {
}
