package com.nexusgen.design;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComponentDetectionTest {

    private final DesignExtractor extractor = new DesignExtractor();

    private ExtractedDesign extract(String css, String body) {
        return extractor.extract(List.of(Mockups.page("page", css, body)));
    }

    private static int count(ExtractedDesign design, String kind, String variant) {
        return design.components().stream()
                .filter(c -> c.kind().equals(kind) && java.util.Objects.equals(c.variant(), variant))
                .mapToInt(ComponentUsage::count).sum();
    }

    @Test
    void extract_shouldFindNavs_whenMarkedByElementRoleOrClass() {
        // GIVEN a nav element, a div with role=navigation, and the renderer's .nav inside a nav (one nav, not two)
        String body = "<nav><a href=/>Home</a></nav><div role=navigation><a href=/a>A</a></div>"
                + "<header class=top><nav class=nav><a href=/b>B</a></nav></header>";
        // WHEN THEN there are three navs
        assertEquals(3, count(extract("", body), "nav", null));
    }

    @Test
    void extract_shouldReadButtonVariantsFromClasses_whenButtonsAndLinksAreStyledAsButtons() {
        // GIVEN buttons in several class conventions, and links classed as buttons
        String body = """
                <button class="btn btn-primary">Save</button>
                <a class="button button--secondary" href="/x">Cancel</a>
                <button class="btn btn-ghost">Close</button>
                <button class="btn btn-danger">Delete</button>
                <button class="btn-link">More</button>
                <input type="submit" value="Go">
                """;
        ExtractedDesign design = extract("", body);
        // WHEN THEN each is a button of its variant; the unclassed submit has none
        assertEquals(1, count(design, "button", "primary"));
        assertEquals(1, count(design, "button", "secondary"));
        assertEquals(1, count(design, "button", "ghost"));
        assertEquals(1, count(design, "button", "danger"));
        assertEquals(1, count(design, "button", "link"));
        assertEquals(1, count(design, "button", null));
    }

    @Test
    void extract_shouldTreatALinkAsAButton_whenItsCssGivesItABackgroundAndPadding() {
        // GIVEN a class-less call-to-action link dressed as a button, and a plain link, and a styled link in a nav
        String css = ".signup { background: #16a34a; color: white; padding: 12px 24px; border-radius: 6px; } "
                + "nav a { background: #eee; padding: 4px; }";
        String body = "<nav><a href=/a>Menu</a></nav><p><a class=signup href=/join>Join now</a> or <a href=/more>read more</a></p>";
        // WHEN the design is extracted
        ExtractedDesign design = extract(css, body);
        // THEN the dressed link is a button; the plain link and the menu link are not
        assertEquals(1, count(design, "button", null));
    }

    @Test
    void extract_shouldNotTreatASkipLinkAsAButton_whenItIsStyledLikeOne() {
        // GIVEN the renderer's "Skip to main content" link, with a background and padding for keyboard users
        String css = ".skip-link { position: absolute; background: #1d4ed8; color: #fff; padding: 8px 12px; transform: translateY(-200%); }";
        // WHEN the design is extracted
        ExtractedDesign design = extract(css, "<a class=skip-link href=#main>Skip to main content</a><main id=main>x</main>");
        // THEN it is no button
        assertTrue(Mockups.components(design, "button").isEmpty(), design.components().toString());
    }

    @Test
    void extract_shouldFindCards_whenClassedAsCardsOrRepeatedArticlesWithHeadings() {
        // GIVEN two articles with headings side by side, a .card and a .product-card, and a lone article
        String body = """
                <section><article><h3>A</h3><p>a</p></article><article><h3>B</h3><p>b</p></article></section>
                <div class="card">x</div><div class="product-card">y</div><div class="card-body">not a card</div>
                <main><article><h1>Lone post</h1></article></main>
                """;
        // WHEN THEN there are four cards
        assertEquals(4, count(extract("", body), "card", null));
    }

    @Test
    void extract_shouldFindFormsAndTables_whenTheyHoldFieldsAndRows() {
        // GIVEN a form with a field, a button-only form, a table with headers and a layout table of one cell
        String body = """
                <form><label>Name <input name=name></label><button>Save</button></form>
                <form action=/x/delete method=post><button>Delete</button></form>
                <table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>
                <table><tr><td>layout</td></tr></table>
                """;
        ExtractedDesign design = extract("", body);
        // WHEN THEN only the data-entry form is a form, and only the data table a table
        assertEquals(1, count(design, "form", null));
        assertEquals(1, count(design, "table", null));
    }

    @Test
    void extract_shouldFindContentLists_whenItemsShareAStructureButNotMenus() {
        // GIVEN a list of similar items, a two-item list, a list of dissimilar items, and a menu list in a nav
        String body = """
                <ul><li><b>A</b><span>1</span></li><li><b>B</b><span>2</span></li><li><b>C</b><span>3</span></li></ul>
                <ul><li>one</li><li>two</li></ul>
                <ol><li><b>x</b></li><li><img src=a><p>y</p></li><li><table></table></li></ol>
                <nav><ul><li><a href=/a>a</a></li><li><a href=/b>b</a></li><li><a href=/c>c</a></li></ul></nav>
                """;
        // WHEN THEN only the first is a list
        assertEquals(1, count(extract("", body), "list", null));
    }

    @Test
    void extract_shouldFindTheHero_whenTheFirstSectionHasTheH1AParagraphAndACallToAction() {
        // GIVEN a landing page whose first section holds the headline, a pitch and a CTA button link, without a hero class
        String body = """
                <header><nav><a href=/>Brand</a></nav></header>
                <section><h1>Ship faster</h1><p>Everything you need.</p><a class="btn" href=/start>Start</a></section>
                <section><h2>Features</h2><p>...</p><a class=btn href=/f>More</a></section>
                """;
        // WHEN THEN there is one hero
        assertEquals(1, count(extract("", body), "hero", null));
    }

    @Test
    void extract_shouldNotFindAHero_whenTheH1SectionIsAWorkAreaOrTheClassWrapsOnlyAnImage() {
        // GIVEN a list page whose h1 section holds a table, and a ".photo-hero" with no heading
        String body = """
                <section><h1>Invoices</h1><p>All of them</p><a class=btn href=/new>New</a><table><tr><th>A</th><th>B</th></tr></table></section>
                <div class="photo-hero"><img src=a.jpg></div>
                """;
        // WHEN THEN there is no hero
        assertTrue(Mockups.components(extract("", body), "hero").isEmpty());
    }

    @Test
    void extract_shouldFindModals_whenMarkedByDialogRoleOrClass() {
        // GIVEN a dialog element, a role=dialog, and a .modal containing a .modal-dialog (one modal)
        String body = "<dialog open><p>a</p></dialog><div role=alertdialog>b</div>"
                + "<div class=modal><div class=modal-dialog><div class=modal-content>c</div></div></div><div class=modal-backdrop></div>";
        // WHEN THEN there are three modals
        assertEquals(3, count(extract("", body), "modal", null));
    }

    @Test
    void extract_shouldReportPagesAndCountsPerComponent_whenComponentsRepeatAcrossPages() {
        // GIVEN the same primary button on two pages, twice on one
        List<MockupDocument> pages = List.of(
                Mockups.page("b", "<button class='btn btn-primary'>A</button><button class='btn btn-primary'>B</button>"),
                Mockups.page("a", "<button class='btn btn-primary'>C</button>"));
        // WHEN the design is extracted
        ComponentUsage primary = Mockups.components(extractor.extract(pages), "button").getFirst();
        // THEN the usage counts three instances on two pages, pages sorted
        assertEquals("primary", primary.variant());
        assertEquals(3, primary.count());
        assertEquals(List.of("a", "b"), primary.pageIds());
    }

    @Test
    void extract_shouldReportComponentsInKindOrder_whenManyKindsArePresent() {
        // GIVEN a page with several kinds of component written in the renderer's classes
        String body = """
                <div class=modal role=dialog>m</div><ul class=list><li>a</li><li>b</li><li>c</li></ul>
                <table class=table><tr><th>a</th><th>b</th></tr></table><form class=form><input name=a></form>
                <a class="btn btn-primary" href=/x>x</a><div class=card>c</div>
                <section class=hero><h1>H</h1></section><nav class=nav>n</nav>
                """;
        // WHEN the design is extracted
        List<String> kinds = extract("", body).components().stream().map(ComponentUsage::kind).toList();
        // THEN they come in the documented order
        assertEquals(List.of("nav", "hero", "card", "button", "form", "table", "list", "modal"), kinds);
        assertNull(extract("", body).components().getFirst().variant());
    }
}
