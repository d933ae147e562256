package com.nexusgen.mockups.render;

import com.nexusgen.mockups.render.view.Link;
import com.nexusgen.mockups.render.view.MockupView;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Draws a page of a project as a standalone HTML5 mockup: one document with an inline stylesheet (the design
 * tokens as CSS variables, then responsive rules for mobile, tablet and desktop), no scripts, no external
 * resources, so it opens the same from disk, from a zip export and from the API.
 *
 * <p>Links between a project's mockups are relative, {@code slug.html}. That one scheme works both when the
 * exported files are opened side by side from disk and when the API serves each page's latest mockup at
 * {@code /v1/projects/{projectId}/mockups/{slug}.html}, where {@code other.html} resolves to the sibling mockup.
 * Every link goes to a page of {@code pages}; the nav lists every page that is not a detail page and marks the
 * current one with {@code aria-current="page"}.
 *
 * <p>The templates under {@code src/main/jte} are compiled to Java classes at build time, so constructing a
 * renderer loads no compiler and is cheap; construct one and share it, it is thread-safe. Rendering is
 * deterministic: the same input gives byte-identical output.
 */
public final class MockupRenderer {

    /** The package the jte Maven plugin generates the template classes into (see pom.xml). */
    private static final String TEMPLATE_PACKAGE = "com.nexusgen.mockups.render.templates";
    private static final String DOCUMENT_TEMPLATE = "mockup.jte";
    private static final Set<String> DEVICES = Set.of("mobile", "tablet", "desktop", "responsive");
    /** Big enough for most mockups, so the output buffer rarely grows. */
    private static final int TYPICAL_SIZE = 24 * 1024;

    private final TemplateEngine templates;

    public MockupRenderer() {
        // precompiled: classes come from our class loader, no directory and no compiler is involved
        this.templates = TemplateEngine.createPrecompiled(null, ContentType.Html,
                MockupRenderer.class.getClassLoader(), TEMPLATE_PACKAGE);
    }

    /**
     * The mockup of one page.
     *
     * @param projectName the project's name, shown as the brand; a blank name reads "Untitled project"
     * @param page        the page to draw
     * @param pages       every page of the project, the only pages the mockup links to
     * @param tokens      design tokens by name ({@code color-primary} or {@code --color-primary}); null or missing
     *                    ones take {@link #defaultTokens()}, unsafe values are dropped in favour of the default
     * @return a complete HTML5 document
     * @throws IllegalArgumentException when a slug is not letters, digits, {@code -} and {@code _}, or two pages
     *                                  share one
     */
    public String render(String projectName, PageSpec page, List<PageLink> pages, Map<String, String> tokens) {
        Objects.requireNonNull(page, "page");
        ProjectPages.checkSlug(page.slug());
        MockupView view = view(projectName == null || projectName.isBlank() ? "Untitled project"
                : projectName.strip(), page, new ProjectPages(pages), tokens);
        StringOutput output = new StringOutput(TYPICAL_SIZE);
        templates.render(DOCUMENT_TEMPLATE, view, output);
        return output.toString();
    }

    /**
     * The tokens used when none are given: colors that pass WCAG AA on the default surface, a 4 px spacing
     * scale, a system font stack, type sizes, radii and a card shadow.
     */
    public static Map<String, String> defaultTokens() {
        return DesignTokens.defaultTokens();
    }

    private static MockupView view(String projectName, PageSpec page, ProjectPages site, Map<String, String> tokens) {
        PageKind kind = PageKind.of(page);
        PageLayouts layouts = new PageLayouts(projectName, page, kind, site, new DocumentIds());
        var content = layouts.content();
        String name = page.name() == null || page.name().isBlank() ? Wording.humanize(page.slug())
                : page.name().strip();
        String purpose = page.purpose() == null ? "" : page.purpose().strip();
        String device = page.primaryDevice() == null ? "responsive" : page.primaryDevice().toLowerCase(Locale.ROOT);
        PageLink home = site.home();
        return new MockupView(
                kind == PageKind.LANDING && name.equalsIgnoreCase(projectName) ? projectName
                        : name + " · " + projectName,
                purpose.isEmpty() ? name + " page of " + projectName + "." : purpose,
                projectName,
                "kind-" + kind.wireName() + " device-" + (DEVICES.contains(device) ? device : "responsive"),
                DesignTokens.resolve(tokens),
                home == null ? null : new Link(projectName, ProjectPages.href(home)),
                site.nav(page),
                layouts.breadcrumb(),
                kind == PageKind.LANDING ? projectName : name,
                purpose,
                content);
    }
}
