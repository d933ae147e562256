package com.nexusgen.mockups.render.view;

/** A main navigation entry; {@code current} marks it {@code aria-current="page"}. */
public record NavLink(String label, String href, boolean current) {
}
