package com.nexusgen.mockups.render;

import com.nexusgen.mockups.render.ProjectPages.EntityPages;
import com.nexusgen.mockups.render.view.Cell;
import com.nexusgen.mockups.render.view.ControlGroup;
import com.nexusgen.mockups.render.view.DashboardContent;
import com.nexusgen.mockups.render.view.DataTable;
import com.nexusgen.mockups.render.view.DetailContent;
import com.nexusgen.mockups.render.view.Fact;
import com.nexusgen.mockups.render.view.Feature;
import com.nexusgen.mockups.render.view.FormContent;
import com.nexusgen.mockups.render.view.FormControl;
import com.nexusgen.mockups.render.view.GenericContent;
import com.nexusgen.mockups.render.view.LandingContent;
import com.nexusgen.mockups.render.view.Link;
import com.nexusgen.mockups.render.view.ListContent;
import com.nexusgen.mockups.render.view.Metric;
import com.nexusgen.mockups.render.view.Option;
import com.nexusgen.mockups.render.view.PageContent;
import com.nexusgen.mockups.render.view.Section;
import com.nexusgen.mockups.render.view.SignInContent;
import com.nexusgen.mockups.render.view.TableRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fills the layout of each page kind from the page's spec: what the hero offers, which cards a dashboard shows,
 * which columns a list has, which controls a form has, and where each of them links. One instance per rendering.
 *
 * <p>A link is only ever made to a page the project has; when the page an action needs is missing (no create
 * form, no sign-in page) the action is left out rather than pointed nowhere.
 */
final class PageLayouts {

    static final int SAMPLE_ROWS = 3;
    private static final int MAX_COLUMNS = 5;
    private static final int MAX_METRICS = 8;
    /** Key elements that name the page's frame, not a feature or a section of its own. */
    private static final Set<String> FRAME_ELEMENTS = Set.of("header", "footer", "nav", "navigation", "navbar",
            "menu", "hero", "cta", "sidebar", "logo", "breadcrumb", "breadcrumbs");

    private final String projectName;
    private final PageSpec page;
    private final PageKind kind;
    private final ProjectPages site;
    private final DocumentIds ids;
    private final FormControls controls;
    private final List<Link> breadcrumb = new ArrayList<>();

    PageLayouts(String projectName, PageSpec page, PageKind kind, ProjectPages site, DocumentIds ids) {
        this.projectName = projectName;
        this.page = page;
        this.kind = kind;
        this.site = site;
        this.ids = ids;
        this.controls = new FormControls(ids);
    }

    /** The content of the page's kind. */
    PageContent content() {
        return switch (kind) {
            case LANDING -> landing();
            case SIGN_IN -> signIn();
            case DASHBOARD -> dashboard();
            case LIST -> list();
            case DETAIL -> detail();
            case FORM -> form();
            case SETTINGS -> settings();
            case GENERIC -> generic();
        };
    }

    /** The trail to the page, set by {@link #content()} for pages below a list; empty for the others. */
    List<Link> breadcrumb() {
        return breadcrumb;
    }

    private LandingContent landing() {
        List<PageLink> lists = site.lists(page);
        PageLink signIn = site.first(PageKind.SIGN_IN, page);
        Link primary = null;
        Link secondary = null;
        if (!lists.isEmpty()) {
            PageLink list = lists.getFirst();
            primary = new Link("Browse " + lower(ProjectPages.label(list)), ProjectPages.href(list));
            if (signIn != null) {
                secondary = link(signIn);
            }
        } else if (signIn != null) {
            primary = new Link("Get started", ProjectPages.href(signIn));
        } else {
            PageLink next = firstOf(site.collections(page));
            if (next != null) {
                primary = link(next);
            }
        }
        List<Feature> features = new ArrayList<>();
        List<String> elements = contentElements();
        for (int i = 0; i < elements.size(); i++) {
            String title = Wording.humanize(elements.get(i));
            features.add(new Feature(title, featureText(title, i)));
        }
        if (features.isEmpty()) {
            for (PageLink list : lists) {
                String label = ProjectPages.label(list);
                features.add(new Feature(label, "Find, add and update " + lower(label) + " in one place."));
            }
        }
        return new LandingContent(primary, secondary, features);
    }

    private String featureText(String title, int index) {
        String lower = lower(title);
        return switch (index % 3) {
            case 0 -> Wording.capitalize(lower) + " that works the way your team does.";
            case 1 -> "See " + lower + " at a glance, on any device.";
            default -> Wording.capitalize(lower) + " kept up to date for everyone, automatically.";
        };
    }

    private SignInContent signIn() {
        PageLink next = site.first(PageKind.DASHBOARD, page);
        if (next == null) {
            next = firstOf(site.lists(page));
        }
        List<FormControl> fields = List.of(
                controls.input("email", "Email address", "email", true, "email", null),
                controls.input("password", "Password", "password", true, "current-password", null),
                controls.checkbox("remember", "Keep me signed in", false));
        FormContent form = new FormContent(ids.unique("form-", "sign-in"), href(next),
                List.of(new ControlGroup(null, fields)), true, "Sign in", null);
        PageLink home = site.home();
        Link back = home != null && site.self(page) != home ? new Link("Back to " + ProjectPages.label(home),
                ProjectPages.href(home)) : null;
        return new SignInContent(form, back);
    }

    private DashboardContent dashboard() {
        List<PageLink> collections = site.collections(page);
        List<Metric> metrics = new ArrayList<>();
        for (PageLink collection : collections.subList(0, Math.min(MAX_METRICS, collections.size()))) {
            int seed = Math.floorMod(collection.slug().hashCode(), 89);
            metrics.add(new Metric(link(collection), Integer.toString(8 + seed),
                    (1 + seed % 6) + " added this week"));
        }
        if (page.entity() != null) {
            EntitySpec entity = entity();
            String things = lower(plural(entity));
            return new DashboardContent(metrics, "Recent " + things, table(entity, "The latest " + things,
                    site.forEntity(entity.name(), page, kind).detail()));
        }
        return new DashboardContent(metrics, "Recent activity", recentActivity(collections));
    }

    /** Recent records across the project's lists, each linking to its list. */
    private DataTable recentActivity(List<PageLink> collections) {
        List<TableRow> rows = new ArrayList<>();
        for (int row = 0; row < SAMPLE_ROWS; row++) {
            PageLink where = collections.isEmpty() ? null : collections.get(row % collections.size());
            String entityName = where == null ? projectName : Wording.singular(ProjectPages.label(where));
            SampleValue updated = SampleRecords.value(entityName, new FieldSpec("updated", "date", false, null), row);
            rows.add(new TableRow(List.of(
                    new Cell(SampleRecords.titleOf(entityName, row), null, null),
                    where == null ? new Cell(projectName, null, null)
                            : new Cell(ProjectPages.label(where), ProjectPages.href(where), null),
                    new Cell(updated.text(), null, updated.machine()))));
        }
        return new DataTable("The latest changes in " + projectName, List.of("Item", "Where", "Updated"), rows);
    }

    private ListContent list() {
        EntitySpec entity = entity();
        EntityPages pages = site.forEntity(entity.name(), page, kind);
        PageLink self = site.self(page);
        Link create = pages.create() == null ? null
                : new Link("New " + lower(Wording.humanize(entity.name())), ProjectPages.href(pages.create()));
        return new ListContent(self == null ? null : ProjectPages.href(self), "Search " + lower(plural(entity)),
                create, table(entity, "All " + lower(plural(entity)), pages.detail()));
    }

    /** Three sample records; the first column is the record's title and links to its detail page. */
    private DataTable table(EntitySpec entity, String caption, PageLink detail) {
        List<FieldSpec> columns = columns(entity.fields());
        List<String> headers = new ArrayList<>(columns.size());
        for (FieldSpec field : columns) {
            headers.add(Wording.fieldLabel(field));
        }
        List<TableRow> rows = new ArrayList<>(SAMPLE_ROWS);
        for (int row = 0; row < SAMPLE_ROWS; row++) {
            List<Cell> cells = new ArrayList<>(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                SampleValue value = SampleRecords.value(entity.name(), columns.get(c), row);
                String href = c == 0 && detail != null ? ProjectPages.href(detail) : null;
                cells.add(new Cell(value.text(), href, value.isDate() ? value.machine() : null));
            }
            rows.add(new TableRow(cells));
        }
        return new DataTable(caption, headers, rows);
    }

    /** The title field first, then the short fields; long text and secrets stay out of tables. */
    private static List<FieldSpec> columns(List<FieldSpec> fields) {
        List<FieldSpec> shown = new ArrayList<>();
        for (FieldSpec field : fields) {
            if (!isSecret(field) && !"text".equalsIgnoreCase(field.type())) {
                shown.add(field);
            }
        }
        if (shown.isEmpty()) {
            shown.addAll(fields.stream().filter(field -> !isSecret(field)).toList());
        }
        FieldSpec title = titleField(shown);
        if (title != null) {
            shown.remove(title);
            shown.addFirst(title);
        }
        return shown.subList(0, Math.min(MAX_COLUMNS, shown.size()));
    }

    private DetailContent detail() {
        EntitySpec entity = entity();
        EntityPages pages = site.forEntity(entity.name(), page, kind);
        String recordTitle = SampleRecords.title(entity.name(), ordered(entity.fields()), 0);
        List<Fact> facts = new ArrayList<>();
        for (FieldSpec field : entity.fields()) {
            if (isSecret(field)) {
                continue;
            }
            SampleValue value = SampleRecords.value(entity.name(), field, 0);
            facts.add(new Fact(Wording.fieldLabel(field), value.text(), value.isDate() ? value.machine() : null));
        }
        String thing = lower(Wording.humanize(entity.name()));
        Link edit = pages.edit() == null ? null : new Link("Edit " + thing, ProjectPages.href(pages.edit()));
        Link back = pages.list() == null ? null
                : new Link("Back to " + lower(ProjectPages.label(pages.list())), ProjectPages.href(pages.list()));
        trail(pages.list(), recordTitle);
        return new DetailContent(recordTitle, facts, edit, back, "Delete " + thing);
    }

    private FormContent form() {
        EntitySpec entity = entity();
        EntityPages pages = site.forEntity(entity.name(), page, kind);
        boolean editing = Wording.words(page.path() == null ? page.slug() : page.path()).contains("edit");
        List<FormControl> fields = new ArrayList<>();
        for (FieldSpec field : entity.fields()) {
            SampleValue prefill = editing ? SampleRecords.value(entity.name(), field, 0) : null;
            fields.add(controls.forField(entity.name(), field, prefill));
        }
        String thing = lower(Wording.humanize(entity.name()));
        PageLink after = editing && pages.detail() != null ? pages.detail() : pages.list();
        if (after != null && after == site.self(page)) {
            after = null;
        }
        trail(pages.list(), pageName());
        boolean hasRequired = entity.fields().stream().anyMatch(FieldSpec::required);
        return new FormContent(ids.unique("form-", page.slug()), href(after),
                List.of(new ControlGroup(null, fields)), hasRequired,
                editing ? "Save changes" : page.entity() == null ? "Submit" : "Create " + thing,
                after == null ? null : new Link("Cancel", ProjectPages.href(after)));
    }

    /** A profile form: who you are, then what you hear about. The entity's fields stand in for the profile's. */
    private FormContent settings() {
        List<FormControl> profile = new ArrayList<>();
        if (page.entity() != null && !page.entity().fields().isEmpty()) {
            for (FieldSpec field : page.entity().fields()) {
                profile.add(controls.forField(page.entity().name(), field,
                        SampleRecords.value(page.entity().name(), field, 0)));
            }
        } else {
            SampleValue name = SampleRecords.value("user", new FieldSpec("name", "string", true, null), 0);
            SampleValue email = SampleRecords.value("user", new FieldSpec("email", "email", true, null), 0);
            profile.add(controls.input("name", "Full name", "text", true, "name", name.text()));
            profile.add(controls.input("email", "Email address", "email", true, "email", email.text()));
            profile.add(controls.select("timezone", "Time zone", false, List.of(
                    new Option("UTC", "UTC", false),
                    new Option("America/New_York", "Eastern Time (New York)", true),
                    new Option("Europe/Lisbon", "Western European Time (Lisbon)", false),
                    new Option("Asia/Tokyo", "Japan Time (Tokyo)", false))));
        }
        List<FormControl> notifications = List.of(
                controls.checkbox("notify-activity", "Email me when something changes", true),
                controls.checkbox("notify-summary", "Send me a weekly summary", false));
        boolean hasRequired = profile.stream().anyMatch(FormControl::required);
        return new FormContent(ids.unique("form-", "settings"), null,
                List.of(new ControlGroup("Profile", profile), new ControlGroup("Notifications", notifications)),
                hasRequired, "Save settings", null);
    }

    private GenericContent generic() {
        List<Section> sections = new ArrayList<>();
        for (String element : contentElements()) {
            String title = Wording.humanize(element);
            sections.add(new Section(ids.unique("section-", element), title,
                    "A short introduction to " + lower(title) + ", with the details people look for first."));
        }
        if (sections.isEmpty()) {
            sections.add(new Section(ids.unique("section-", "overview"), "Overview",
                    "What this page is for: " + sectionPurpose()));
        }
        return new GenericContent(sections);
    }

    private String sectionPurpose() {
        String purpose = page.purpose() == null || page.purpose().isBlank()
                ? "the " + lower(pageName()) + " of " + projectName : page.purpose().strip();
        return purpose.endsWith(".") ? purpose : purpose + ".";
    }

    /** The page's entity, or one made up from the page's name and key elements so every layout has fields. */
    private EntitySpec entity() {
        EntitySpec entity = page.entity();
        String name = entity != null && entity.name() != null && !entity.name().isBlank() ? entity.name()
                : Wording.singular(pageName().split(" ")[pageName().split(" ").length - 1]);
        if (entity != null && !entity.fields().isEmpty()) {
            return new EntitySpec(name, entity.fields());
        }
        List<FieldSpec> fields = new ArrayList<>();
        if (kind == PageKind.FORM) {
            for (String element : contentElements()) {
                fields.add(inferredField(element));
            }
        }
        if (fields.isEmpty()) {
            fields.add(new FieldSpec("name", "string", true, null));
            fields.add(new FieldSpec("status", "enum", false, List.of("active", "pending", "archived")));
            fields.add(new FieldSpec("updated", "date", false, null));
            if (kind == PageKind.FORM || kind == PageKind.DETAIL) {
                fields.add(new FieldSpec("notes", "text", false, null));
            }
        }
        return new EntitySpec(name, fields);
    }

    /** A form field from a key element's name alone: "email" asks for an e-mail address, "message" for text. */
    private static FieldSpec inferredField(String element) {
        List<String> words = Wording.words(element);
        String type = "string";
        if (words.contains("email")) {
            type = "email";
        } else if (words.contains("date") || words.contains("birthday")) {
            type = "date";
        } else if (words.stream().anyMatch(Set.of("message", "description", "comments", "notes", "bio",
                "details", "feedback")::contains)) {
            type = "text";
        } else if (words.stream().anyMatch(Set.of("amount", "quantity", "count", "age", "price")::contains)) {
            type = "number";
        } else if (words.contains("agree") || words.contains("consent") || words.contains("terms")
                || words.contains("subscribe")) {
            type = "boolean";
        }
        return new FieldSpec(element, type, !type.equals("boolean") && !type.equals("text"), null);
    }

    /** The key elements that are content, in order, without frame parts and blanks. */
    private List<String> contentElements() {
        List<String> elements = new ArrayList<>();
        for (String element : page.keyElements()) {
            if (element != null && !element.isBlank() && !FRAME_ELEMENTS.contains(Wording.compact(element))) {
                elements.add(element.strip());
            }
        }
        return elements;
    }

    private void trail(PageLink list, String here) {
        if (list != null && list != site.self(page)) {
            breadcrumb.add(link(list));
            breadcrumb.add(new Link(here, null));
        }
    }

    private String pageName() {
        return page.name() == null || page.name().isBlank() ? Wording.humanize(page.slug()) : page.name().strip();
    }

    private static FieldSpec titleField(List<FieldSpec> fields) {
        for (FieldSpec field : fields) {
            List<String> words = Wording.words(field.name());
            if (words.contains("title") || words.contains("name") || words.contains("subject")) {
                return field;
            }
        }
        return null;
    }

    private static List<FieldSpec> ordered(List<FieldSpec> fields) {
        List<FieldSpec> ordered = new ArrayList<>(fields);
        FieldSpec title = titleField(ordered);
        if (title != null) {
            ordered.remove(title);
            ordered.addFirst(title);
        }
        return ordered;
    }

    private static boolean isSecret(FieldSpec field) {
        List<String> words = Wording.words(field.name());
        return words.contains("password") || words.contains("secret") || words.contains("token")
                || "password".equalsIgnoreCase(field.type());
    }

    private static String plural(EntitySpec entity) {
        return Wording.plural(Wording.humanize(entity.name()));
    }

    private static Link link(PageLink page) {
        return new Link(ProjectPages.label(page), ProjectPages.href(page));
    }

    private static String href(PageLink page) {
        return page == null ? null : ProjectPages.href(page);
    }

    private static PageLink firstOf(List<PageLink> pages) {
        return pages.isEmpty() ? null : pages.getFirst();
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
