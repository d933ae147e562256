package com.nexusgen.mockups.render.view;

/** A feature card of a landing page. */
public record Feature(String title, String text) {
}
