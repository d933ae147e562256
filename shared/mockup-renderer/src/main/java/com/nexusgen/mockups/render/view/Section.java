package com.nexusgen.mockups.render.view;

/**
 * A section of a generic page.
 *
 * @param id the heading's id, which names the section for assistive technology
 */
public record Section(String id, String title, String text) {
}
