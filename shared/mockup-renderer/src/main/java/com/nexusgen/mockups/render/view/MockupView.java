package com.nexusgen.mockups.render.view;

import java.util.List;

/**
 * Everything one mockup document shows.
 *
 * @param title       the document title
 * @param description the meta description
 * @param projectName shown as the brand and in the footer
 * @param bodyClass   {@code kind-… device-…}: lets the stylesheet shape a page by kind and primary device
 * @param tokens      the design tokens, validated, in a fixed order
 * @param brand       the brand's link to the home page, or null when the project has none
 * @param nav         the main navigation
 * @param breadcrumb  the trail to this page (detail and form pages), empty elsewhere
 * @param heading     the page's single h1
 * @param lead        the paragraph under the h1; may be empty
 * @param content     what the page kind draws in main
 */
public record MockupView(String title, String description, String projectName, String bodyClass,
                         List<CssToken> tokens, Link brand, List<NavLink> nav, List<Link> breadcrumb,
                         String heading, String lead, PageContent content) {
}
