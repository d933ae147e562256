package com.nexusgen.mockups.render.view;

/** One design token as a CSS custom property: {@code --name: value}. Both are validated before they get here. */
public record CssToken(String name, String value) {
}
