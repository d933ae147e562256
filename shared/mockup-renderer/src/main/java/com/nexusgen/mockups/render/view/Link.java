package com.nexusgen.mockups.render.view;

/**
 * A link to another page mockup.
 *
 * @param href relative ({@code slug.html}); null for the last crumb of a breadcrumb, which is the page itself
 */
public record Link(String label, String href) {
}
