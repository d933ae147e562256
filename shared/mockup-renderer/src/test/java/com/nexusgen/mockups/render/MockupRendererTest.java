package com.nexusgen.mockups.render;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.nexusgen.mockups.render.SampleProject.LINKS;
import static com.nexusgen.mockups.render.SampleProject.NAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MockupRendererTest {

    private static final MockupRenderer RENDERER = new MockupRenderer();

    static Stream<PageSpec> pages() {
        return SampleProject.PAGES.stream();
    }

    private static Document render(PageSpec page) {
        return MockupChecks.parse(RENDERER.render(NAME, page, LINKS, null));
    }

    @Test
    void render_shouldReturnIdenticalOutput_whenRenderedAgainWithTokensInAnotherOrder() {
        // GIVEN the same tokens in two maps that iterate differently, and two renderers
        Map<String, String> hashed = new HashMap<>(Map.of("color-primary", "#7c3aed", "space-4", "20px",
                "brand-stripe", "#0f766e", "accent-glow", "rgb(1 2 3 / 50%)"));
        Map<String, String> ordered = new LinkedHashMap<>();
        List.of("space-4", "brand-stripe", "accent-glow", "color-primary").forEach(k -> ordered.put(k, hashed.get(k)));

        for (PageSpec page : SampleProject.PAGES) {
            // WHEN the page is rendered twice
            String first = RENDERER.render(NAME, page, LINKS, hashed);
            String second = new MockupRenderer().render(NAME, page, LINKS, ordered);

            // THEN the documents are byte-identical
            assertEquals(first, second, page.slug());
        }
    }

    @Test
    void render_shouldGiveTheSameOutput_whenRenderedFromManyThreads() throws Exception {
        // GIVEN the output of one thread
        Map<String, String> expected = SampleProject.PAGES.stream().collect(Collectors.toMap(PageSpec::slug,
                page -> RENDERER.render(NAME, page, LINKS, null)));

        // WHEN eight threads share the renderer
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<Boolean>> results = Stream.generate(() -> pool.submit(() -> SampleProject.PAGES.stream()
                    .allMatch(page -> expected.get(page.slug()).equals(RENDERER.render(NAME, page, LINKS, null)))))
                    .limit(32).toList();

            // THEN every thread gets the same documents
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void render_shouldDrawAnAccessibleStandaloneDocument_whenAnyPageIsRendered(PageSpec page) {
        // GIVEN a page of the sample project
        // WHEN it is rendered
        String html = RENDERER.render(NAME, page, LINKS, null);

        // THEN it is a well-formed HTML5 document that keeps the accessibility rules
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        Document document = MockupChecks.parse(html);
        MockupChecks.assertAccessibleDocument(document);
        assertTrue(document.body().hasClass("kind-" + PageKind.of(page).wireName()));
    }

    @ParameterizedTest
    @MethodSource("pages")
    void render_shouldLinkOnlyToProjectPages_whenAnyPageIsRendered(PageSpec page) {
        // GIVEN the files the project's mockups are exported as
        Set<String> files = LINKS.stream().map(link -> link.slug() + ".html").collect(Collectors.toSet());

        // WHEN a page is rendered
        Document document = render(page);

        // THEN every link and form action opens one of them
        List<String> targets = MockupChecks.targets(document);
        assertFalse(targets.isEmpty());
        for (String target : targets) {
            assertTrue(files.contains(target), () -> page.slug() + " links to " + target);
        }
    }

    @Test
    void render_shouldListPagesButDetailPagesInNav_whenPageIsRendered() {
        // GIVEN the lessons list page
        // WHEN it is rendered
        Document document = render(SampleProject.LESSONS);

        // THEN the nav is a list of every page without a route parameter, the lessons page marked current
        List<String> nav = document.select("header nav.nav > ul.nav-list > li > a").eachAttr("href");
        assertEquals(List.of("home.html", "sign-in.html", "dashboard.html", "lessons.html", "new-lesson.html",
                "students.html", "settings.html", "about.html"), nav);
        List<Element> current = document.select("[aria-current]");
        assertEquals(1, current.size());
        assertEquals("page", current.getFirst().attr("aria-current"));
        assertEquals("lessons.html", current.getFirst().attr("href"));
        assertEquals("Main", document.selectFirst("nav.nav").attr("aria-label"));
    }

    @Test
    void render_shouldMarkTheRecordInTheBreadcrumb_whenPageIsADetailPage() {
        // GIVEN a detail page, which the nav does not list
        // WHEN it is rendered
        Document document = render(SampleProject.LESSON_DETAIL);

        // THEN the breadcrumb leads back to the list and marks the record as the current page
        Element breadcrumb = document.selectFirst("nav[aria-label=Breadcrumb] ol");
        assertEquals("lessons.html", breadcrumb.selectFirst("li a").attr("href"));
        assertEquals("page", breadcrumb.selectFirst("li:last-child span").attr("aria-current"));
        assertTrue(document.select("nav.nav [aria-current]").isEmpty());
    }

    @Test
    void render_shouldDrawHeroAndFeatureCards_whenPageIsLanding() {
        // GIVEN the landing page, whose key elements name three features and the hero
        // WHEN it is rendered
        Document document = render(SampleProject.HOME);

        // THEN the hero has the h1 and a call to action to the first list, and each feature is a card
        Element hero = document.selectFirst("main section.hero");
        assertEquals(NAME, hero.selectFirst("h1").text());
        assertEquals("lessons.html", hero.selectFirst("a.btn.btn-primary").attr("href"));
        assertEquals("sign-in.html", hero.selectFirst("a.btn.btn-secondary").attr("href"));
        assertEquals(List.of("Lesson planner", "Progress tracking", "Parent updates"),
                document.select("ul.grid > li.card > h3").eachText());
    }

    @Test
    void render_shouldSendToSignIn_whenLandingHasNoListToShow() {
        // GIVEN a project with only a landing page and a sign-in page
        PageSpec home = SampleProject.page("h", "Home", "index", "/", null, List.of(), null, null);
        PageSpec signIn = SampleProject.page("s", "Log in", "login", "/login", null, List.of(), null, null);

        // WHEN the landing page is rendered
        Document document = MockupChecks.parse(RENDERER.render(NAME, home, List.of(home.link(), signIn.link()), null));

        // THEN its call to action is the sign-in page, and it has no features section to fill
        assertEquals("login.html", document.selectFirst(".hero a.btn-primary").attr("href"));
        assertTrue(document.select(".features").isEmpty());
    }

    @Test
    void render_shouldDrawSignInForm_whenPageIsSignIn() {
        // GIVEN the sign-in page
        // WHEN it is rendered
        Document document = render(SampleProject.SIGN_IN);

        // THEN it has a required e-mail and password with autocomplete hints, and submitting leads to the dashboard
        Element form = document.selectFirst("main form.form");
        assertEquals("dashboard.html", form.attr("action"));
        Element email = form.selectFirst("input[type=email]");
        assertTrue(email.hasAttr("required"));
        assertEquals("email", email.attr("autocomplete"));
        assertEquals("current-password", form.selectFirst("input[type=password]").attr("autocomplete"));
        assertNotNull(form.selectFirst("input[type=checkbox]"));
        assertEquals("Sign in", form.selectFirst("button[type=submit].btn.btn-primary").text());
    }

    @Test
    void render_shouldDrawSummaryCardsAndRecentItems_whenPageIsDashboard() {
        // GIVEN the dashboard of a project with two lists
        // WHEN it is rendered
        Document document = render(SampleProject.DASHBOARD);

        // THEN each list gets a summary card linking to it, and recent items fill a table
        List<Element> cards = document.select("ul.grid-summary > li.card");
        assertEquals(List.of("lessons.html", "students.html"), cards.stream()
                .map(card -> card.selectFirst("h3 a").attr("href")).toList());
        cards.forEach(card -> assertTrue(card.selectFirst(".metric").text().matches("\\d+")));
        Element table = document.selectFirst("main table.table");
        assertEquals(3, table.select("tbody tr").size());
        assertEquals(3, table.select("thead th[scope=col]").size());
    }

    @Test
    void render_shouldDrawSearchTableAndCreateLink_whenPageIsList() {
        // GIVEN the lessons list
        // WHEN it is rendered
        Document document = render(SampleProject.LESSONS);

        // THEN a labelled search form, a link to the create form and three sample rows linking to the detail page
        Element search = document.selectFirst("form.search[role=search]");
        assertEquals("Search lessons", search.selectFirst("label[for=search-query]").text());
        assertEquals("search", search.selectFirst("#search-query").attr("type"));
        assertEquals("new-lesson.html", document.selectFirst("a.btn.btn-primary").attr("href"));
        Element table = document.selectFirst(".table-wrapper > table.table");
        assertEquals("All lessons", table.selectFirst("caption").text());
        assertEquals(List.of("Title", "Subject", "Grade level", "Scheduled on", "Starts at"),
                table.select("thead th").eachText());
        List<Element> rows = table.select("tbody tr");
        assertEquals(3, rows.size());
        for (Element row : rows) {
            assertEquals("lesson.html", row.selectFirst("th[scope=row] a").attr("href"));
            assertTrue(row.selectFirst("time").attr("datetime").matches("\\d{4}-\\d{2}-\\d{2}"));
        }
        assertEquals(3, rows.stream().map(row -> row.selectFirst("th").text()).distinct().count(),
                "three different records");
    }

    @Test
    void render_shouldLeaveCreateLinkOut_whenProjectHasNoForm() {
        // GIVEN a list whose project has no create form
        List<PageLink> pages = List.of(SampleProject.STUDENTS.link(), SampleProject.STUDENT_DETAIL.link());

        // WHEN it is rendered
        Document document = MockupChecks.parse(RENDERER.render(NAME, SampleProject.STUDENTS, pages, null));

        // THEN no link points to a page that does not exist
        assertTrue(document.select("a.btn-primary").isEmpty());
        assertEquals("student.html", document.selectFirst("tbody th a").attr("href"));
    }

    @Test
    void render_shouldDrawDescriptionListAndActions_whenPageIsDetail() {
        // GIVEN the lesson detail page
        // WHEN it is rendered
        Document document = render(SampleProject.LESSON_DETAIL);

        // THEN every field is a term and value, the edit form is a link and deleting is a button
        Element details = document.selectFirst("main dl.details");
        assertEquals(SampleProject.LESSON.fields().size(), details.select("dt").size());
        assertEquals(details.select("dt").size(), details.select("dd").size());
        assertTrue(details.select("dt").eachText().contains("Course"), "a reference reads as what it points to");
        assertEquals("edit-lesson.html", document.selectFirst(".actions a.btn-primary").attr("href"));
        assertEquals("button", document.selectFirst(".actions button.btn-secondary").attr("type"));
    }

    @Test
    void render_shouldGiveEachFieldItsControl_whenPageIsForm() {
        // GIVEN the create form of a lesson, whose fields have every type
        // WHEN it is rendered
        Document document = render(SampleProject.NEW_LESSON);

        // THEN each field gets the control a real app would use, empty, and required where the spec says so
        Element form = document.selectFirst("main form.form");
        assertEquals("text", form.selectFirst("[name=title]").attr("type"));
        assertEquals("select", form.selectFirst("[name=subject]").tagName());
        assertEquals(List.of("", "math", "science", "history"),
                form.select("[name=subject] option").eachAttr("value"));
        assertEquals("number", form.selectFirst("[name=gradeLevel]").attr("type"));
        assertEquals("1", form.selectFirst("[name=gradeLevel]").attr("step"));
        assertEquals("0.01", form.selectFirst("[name=materialsCost]").attr("step"));
        assertEquals("any", form.selectFirst("[name=weight]").attr("step"));
        assertEquals("date", form.selectFirst("[name=scheduledOn]").attr("type"));
        assertEquals("datetime-local", form.selectFirst("[name=startsAt]").attr("type"));
        assertEquals("checkbox", form.selectFirst("[name=published]").attr("type"));
        assertEquals("textarea", form.selectFirst("[name=summary]").tagName());
        assertEquals("select", form.selectFirst("[name=courseId]").tagName());
        assertEquals(4, form.select("[name=courseId] option").size());
        assertEquals("url", form.selectFirst("[name=resourceUrl]").attr("type"));
        assertEquals("email", form.selectFirst("[name=teacherEmail]").attr("type"));
        assertEquals(Set.of("title", "subject", "scheduledOn"),
                form.select("[required]").stream().map(e -> e.attr("name")).collect(Collectors.toSet()));
        assertTrue(form.select("input[value]:not([type=checkbox]), textarea:not(:empty), "
                + "option[selected]:not([value=''])").isEmpty(), "a create form is empty");
        assertEquals("submit", form.selectFirst("button.btn-primary").attr("type"));
        assertEquals("lessons.html", form.attr("action"));
        assertEquals("lessons.html", form.selectFirst("a.btn-secondary").attr("href"));
    }

    @Test
    void render_shouldPrefillTheRecord_whenFormEditsOne() {
        // GIVEN the edit form of a lesson
        // WHEN it is rendered
        Document document = render(SampleProject.EDIT_LESSON);

        // THEN the controls hold the record the detail page shows, and saving returns to it
        Document detail = render(SampleProject.LESSON_DETAIL);
        Element form = document.selectFirst("main form.form");
        assertEquals(detail.selectFirst("#record-title").text(), form.selectFirst("[name=title]").val());
        assertTrue(form.selectFirst("[name=scheduledOn]").val().matches("\\d{4}-\\d{2}-\\d{2}"));
        assertEquals(1, form.select("[name=subject] option[selected]").size());
        assertEquals("lesson.html", form.attr("action"));
        assertEquals("Save changes", form.selectFirst("button[type=submit]").text());
    }

    @Test
    void render_shouldDrawProfileForm_whenPageIsSettings() {
        // GIVEN the settings page
        // WHEN it is rendered
        Document document = render(SampleProject.SETTINGS);

        // THEN a profile form with grouped, labelled controls
        assertEquals(List.of("Profile", "Notifications"), document.select("fieldset > legend").eachText());
        assertEquals("name", document.selectFirst("input[name=name]").attr("autocomplete"));
        assertEquals("email", document.selectFirst("input[name=email]").attr("type"));
        assertEquals(2, document.select("input[type=checkbox]").size());
        assertEquals("Save settings", document.selectFirst("button[type=submit]").text());
    }

    @Test
    void render_shouldDrawASectionPerKeyElement_whenPageIsGeneric() {
        // GIVEN a page that is none of the other kinds
        // WHEN it is rendered
        Document document = render(SampleProject.ABOUT);

        // THEN each key element is a named section
        List<Element> sections = document.select("main section.card");
        assertEquals(List.of("Mission", "Team", "Contact"), sections.stream().map(s -> s.selectFirst("h2").text())
                .toList());
        sections.forEach(s -> assertEquals(s.selectFirst("h2").id(), s.attr("aria-labelledby")));
    }

    @Test
    void render_shouldFollowTheSpecsKind_whenSpecNamesOne() {
        // GIVEN a page at an unremarkable route whose spec says it is a dashboard
        PageSpec page = SampleProject.page("x", "Today", "today", "/today", null, List.of(), null, "dashboard");

        // WHEN it is rendered
        Document document = MockupChecks.parse(RENDERER.render(NAME, page, LINKS, null));

        // THEN it is drawn as a dashboard
        assertTrue(document.body().hasClass("kind-dashboard"));
        assertNotNull(document.selectFirst("ul.grid-summary"));
    }

    @Test
    void render_shouldEscapeEverythingFromTheSpec_whenNamesAreHostile() {
        // GIVEN a spec written by someone trying to inject markup through every text it has
        String hostile = "<script>alert(\"x\")</script> & 'quotes' \"too\"";
        EntitySpec entity = new EntitySpec(hostile, List.of(
                new FieldSpec(hostile, "string", true, List.of()),
                new FieldSpec("kind", "enum", false, List.of(hostile, "\"><img src=x onerror=alert(1)>"))));
        PageSpec page = new PageSpec("p", hostile, "things", "/things/new", hostile, "mobile",
                List.of(hostile), entity, "form");
        List<PageLink> pages = List.of(page.link(), new PageLink("q", hostile, "other", "/other"));

        // WHEN it is rendered
        String html = RENDERER.render(hostile, page, pages, null);

        // THEN no tag is injected, and every text reads back exactly as it was written
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<img"));
        assertTrue(html.contains("&lt;script&gt;"));
        Document document = MockupChecks.parse(html);
        MockupChecks.assertAccessibleDocument(document);
        assertTrue(document.select("script, img").isEmpty());
        assertEquals(hostile, document.selectFirst("h1").text());
        assertEquals(hostile, document.selectFirst("meta[name=description]").attr("content"));
        assertEquals(hostile, document.selectFirst("header .brand").text());
        assertTrue(document.title().startsWith(hostile));
        assertEquals(hostile, document.selectFirst("form [name]").attr("name"));
        assertEquals(hostile, document.select("select option").get(1).attr("value"));
        assertEquals("\"><img src=x onerror=alert(1)>", document.select("select option").get(2).attr("value"));
        assertTrue(document.select("nav.nav a").eachText().contains(hostile));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "../secrets", "a b", "x.html", "", "page?x=1", "ünïcode"})
    void render_shouldRefuseTheSlug_whenItIsNoSafeFileName(String slug) {
        // GIVEN a page whose slug would make a dangerous or broken link
        PageSpec page = SampleProject.page("p", "Page", slug, "/page", null, List.of(), null, null);

        // WHEN it is rendered, or linked to from another page
        // THEN the renderer refuses it
        assertThrows(IllegalArgumentException.class, () -> RENDERER.render(NAME, page, List.of(), null));
        assertThrows(IllegalArgumentException.class,
                () -> RENDERER.render(NAME, SampleProject.ABOUT, List.of(page.link()), null));
    }

    @Test
    void render_shouldRefuseThePages_whenTwoShareASlug() {
        // GIVEN two pages with one slug: one mockup file would overwrite the other
        List<PageLink> pages = List.of(new PageLink("a", "A", "same", "/a"), new PageLink("b", "B", "same", "/b"));

        // WHEN a page is rendered THEN the renderer refuses
        assertThrows(IllegalArgumentException.class, () -> RENDERER.render(NAME, SampleProject.ABOUT, pages, null));
    }

    @Test
    void render_shouldWriteTokensAsCssVariables_whenTokensAreGiven() {
        // GIVEN a project's own primary color and an extra token
        Map<String, String> tokens = Map.of("color-primary", "#7c3aed", "--brand-stripe", "#0f766e");

        // WHEN a page is rendered
        String css = MockupChecks.stylesheet(MockupChecks.parse(RENDERER.render(NAME, SampleProject.HOME, LINKS,
                tokens)));

        // THEN :root declares every default token, the project's values winning, and the rules read them
        String root = MockupChecks.rootBlock(css);
        assertTrue(root.contains("--color-primary: #7c3aed;"));
        assertTrue(root.contains("--brand-stripe: #0f766e;"));
        for (String name : MockupRenderer.defaultTokens().keySet()) {
            assertTrue(root.contains("--" + name + ": "), name);
        }
        assertTrue(css.contains("background: var(--color-primary)"));
        MockupChecks.assertRulesUseTokens(css);
    }

    @Test
    void render_shouldKeepTheDefault_whenATokenValueTriesToEscapeTheStylesheet() {
        // GIVEN token values that would close the rule or the style element, load a resource, or hide in a comment
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("color-primary", "red; } body { display: none");
        tokens.put("color-text", "</style><script>alert(1)</script>");
        tokens.put("color-surface", "url(https://evil.example/track.png)");
        tokens.put("space-4", "4px /* comment */");
        tokens.put("font-body", "x\\3c/style\\3e");
        tokens.put("bad name;", "#000000");

        // WHEN a page is rendered
        String html = RENDERER.render(NAME, SampleProject.HOME, LINKS, tokens);

        // THEN none of them reaches the output; the defaults stand in
        Map<String, String> defaults = MockupRenderer.defaultTokens();
        String root = MockupChecks.rootBlock(MockupChecks.stylesheet(MockupChecks.parse(html)));
        for (String name : List.of("color-primary", "color-text", "color-surface", "space-4", "font-body")) {
            assertTrue(root.contains("--" + name + ": " + defaults.get(name) + ";"), name);
        }
        assertFalse(html.contains("evil"));
        assertFalse(html.contains("display: none"));
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("/*"));
        assertFalse(html.contains("bad name"));
    }

    @Test
    void render_shouldCarryTheResponsiveRules_whenAnyPageIsRendered() {
        // GIVEN any page
        // WHEN it is rendered
        String css = MockupChecks.stylesheet(render(SampleProject.LESSONS));

        // THEN the three breakpoints are there, and narrow screens get one column and a scrolling table
        assertTrue(css.contains("@media (max-width: 640px)"));
        assertTrue(css.contains("@media (min-width: 641px) and (max-width: 1024px)"));
        assertTrue(css.contains("@media (min-width: 1025px)"));
        assertTrue(css.contains(".table-wrapper { width: 100%; max-width: 100%; overflow-x: auto;"));
        assertTrue(css.contains(".grid { display: grid; gap: var(--space-4); "
                + "grid-template-columns: minmax(0, 1fr); }"));
        assertTrue(css.contains("flex-wrap: wrap"), "the nav wraps");
        assertTrue(css.contains("overflow-wrap: anywhere"), "long words never widen the page");
    }

    @Test
    void render_shouldKeepAPhoneFirstPagePhoneWide_whenPrimaryDeviceIsMobile() {
        // GIVEN a page designed for phones
        PageSpec page = new PageSpec("m", "Check in", "check-in", "/check-in", null, "mobile", List.of(), null, null);

        // WHEN it is rendered
        Document document = MockupChecks.parse(RENDERER.render(NAME, page, LINKS, null));

        // THEN the body says so, and the stylesheet narrows such pages
        assertTrue(document.body().hasClass("device-mobile"));
        assertTrue(MockupChecks.stylesheet(document).contains(".device-mobile .container { max-width: 30rem; }"));
    }

    @Test
    void render_shouldStillDrawThePage_whenSpecLeavesThingsOut() {
        // GIVEN a spec with no name, purpose, route, key elements, entity or pages to link to
        PageSpec page = new PageSpec(null, null, "orphan", null, null, null, null, null, null);

        // WHEN it is rendered
        Document document = MockupChecks.parse(RENDERER.render(null, page, null, null));

        // THEN it is still a complete, accessible document
        MockupChecks.assertAccessibleDocument(document);
        assertEquals("Orphan", document.selectFirst("h1").text());
        assertNull(document.selectFirst("nav.nav"));
        assertTrue(document.title().contains("Untitled project"));
    }

    @Test
    void defaultTokens_shouldNameEveryTokenTheStylesheetReads_whenAsked() {
        // GIVEN the defaults
        Map<String, String> defaults = MockupRenderer.defaultTokens();

        // WHEN the stylesheet is read
        String css = MockupChecks.stylesheet(render(SampleProject.HOME));

        // THEN every variable it uses has a default, on the 4 px spacing scale
        java.util.regex.Matcher used = java.util.regex.Pattern.compile("var\\(--([a-z0-9-]+)\\)").matcher(css);
        while (used.find()) {
            assertTrue(defaults.containsKey(used.group(1)), used.group(1));
        }
        assertEquals(List.of("4px", "8px", "12px", "16px", "24px", "32px"), Stream.of(1, 2, 3, 4, 5, 6)
                .map(n -> defaults.get("space-" + n)).toList());
        assertThrows(UnsupportedOperationException.class, () -> defaults.put("color-primary", "red"));
    }

    @Test
    void constructor_shouldNotNeedTheTemplateCompiler_whenTemplatesArePrecompiled() {
        // GIVEN the test class path, which is the runtime one plus test libraries
        // WHEN a renderer is built and used
        String html = new MockupRenderer().render(NAME, SampleProject.HOME, LINKS, null);

        // THEN it worked without jte's compiler, which is not even there
        assertFalse(html.isEmpty());
        assertThrows(ClassNotFoundException.class, () -> Class.forName("gg.jte.compiler.TemplateCompiler"));
    }
}
