package com.nexusgen.mockups.render.view;

/** One choice of a select. */
public record Option(String value, String label, boolean selected) {
}
