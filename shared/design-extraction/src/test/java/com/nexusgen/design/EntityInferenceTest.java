package com.nexusgen.design;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityInferenceTest {

    private final EntityInference inference = new EntityInference();

    private static final String NEW_TASK = """
            <h1>New task</h1>
            <form id="task-form" action="/tasks" method="post">
              <label for="title">Title *</label><input id="title" name="task[title]" required>
              <label for="description">Description</label><textarea id="description" name="task[description]"></textarea>
              <label for="due_on">Due</label><input id="due_on" name="task[due_on]" type="date">
              <label for="starts">Starts</label><input id="starts" name="starts_at" type="datetime-local">
              <label for="estimate">Estimate (hours)</label><input id="estimate" name="estimate" type="number" aria-required="true">
              <label for="priority">Priority</label>
              <select id="priority" name="priority"><option value="">Choose…</option><option value="low">Low</option><option value="high">High</option></select>
              <label><input type="checkbox" name="billable"> Billable</label>
              <label for="owner">Owner email</label><input id="owner" name="owner_email" type="email">
              <label for="link">Spec</label><input id="link" name="spec_url" type="url">
              <input type="hidden" name="csrf_token" value="x">
              <button type="submit">Create task</button>
            </form>
            """;

    @Test
    void infer_shouldReadAnEntityWithTypedFields_whenAPageHasACreateForm() {
        // GIVEN a "New task" form with typed controls
        List<InferredEntity> entities = inference.infer(List.of(Mockups.page("task-new", NEW_TASK)));
        // WHEN THEN there is one Task, created on this page, with one field per control
        InferredEntity task = Mockups.entity(entities, "Task").orElseThrow();
        assertEquals(1, entities.size());
        assertEquals(List.of("task-new"), task.crud().create());
        assertEquals(List.of("title", "description", "dueOn", "startsAt", "estimate", "priority", "billable", "ownerEmail", "specUrl"),
                task.fields().stream().map(InferredField::name).toList());
        assertEquals(List.of("string", "text", "date", "datetime", "number", "enum", "boolean", "email", "url"),
                task.fields().stream().map(InferredField::type).toList());
        assertTrue(Mockups.field(task, "title").orElseThrow().required());
        assertTrue(Mockups.field(task, "estimate").orElseThrow().required());
        assertFalse(Mockups.field(task, "description").orElseThrow().required());
        assertEquals(List.of("low", "high"), Mockups.field(task, "priority").orElseThrow().options());
        assertTrue(task.confidence() >= 0.9, "heading, id, action, submit and slug all say Task: " + task.confidence());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "<h2>Edit Recipe</h2><form><input name=title></form>                              | Recipe",
            "<form aria-label='Add a team member'><input name=email type=email></form>        | TeamMember",
            "<form id=recipe-form><input name=title></form>                                   | Recipe",
            "<form action='/api/v1/projects/7/milestones/new'><input name=title></form>       | Milestone",
            "<form><fieldset><legend>New category</legend><input name=label></fieldset></form> | Category",
            "<form><input name=title><button>Save address</button></form>                     | Address",
            "<form action=/session><input name=email type=email><input name=password type=password></form> | User",
            "<h1>Account settings</h1><form><input name=display_name></form>                  | User",
    })
    void infer_shouldNameTheEntity_whenOneSignalAroundTheFormNamesIt(String body, String entity) {
        // GIVEN a form named by its heading, aria-label, id, action, legend or submit text
        List<InferredEntity> entities = inference.infer(List.of(Mockups.page("p", body)));
        // WHEN THEN the entity is the singular noun of that signal
        assertEquals(List.of(entity), entities.stream().map(InferredEntity::name).toList());
    }

    @Test
    void infer_shouldReadFieldsAndTypesFromAColumnHeadersAndValues_whenAPageHasATable() {
        // GIVEN an orders table whose rows link to /orders/ID
        String body = """
                <h1>Orders</h1>
                <table>
                  <thead><tr><th>Reference</th><th>Customer email</th><th>Placed</th><th>Total</th><th>Status</th><th>Gift</th><th></th></tr></thead>
                  <tbody>
                    <tr><td><a href="/orders/101">ORD-101</a></td><td>ana@example.com</td><td>2025-03-01</td><td>€1,200.50</td><td><span class="badge">Paid</span></td><td>Yes</td><td><button>Delete</button></td></tr>
                    <tr><td><a href="/orders/102">ORD-102</a></td><td>bo@example.com</td><td>2025-03-02</td><td>€80.00</td><td><span class="badge">Open</span></td><td>No</td><td><button>Delete</button></td></tr>
                    <tr><td><a href="/orders/103">ORD-103</a></td><td>cy@example.com</td><td>Mar 3, 2025</td><td>€15</td><td><span class="badge">Paid</span></td><td>No</td><td><button>Delete</button></td></tr>
                  </tbody>
                </table>
                """;
        // WHEN entities are inferred
        InferredEntity order = Mockups.entity(inference.infer(List.of(Mockups.page("orders", body))), "Order").orElseThrow();
        // THEN the columns are its fields, typed by their values, listed and deleted here
        assertEquals(List.of("reference", "customerEmail", "placed", "total", "status", "gift"),
                order.fields().stream().map(InferredField::name).toList());
        assertEquals(List.of("string", "email", "date", "number", "enum", "boolean"),
                order.fields().stream().map(InferredField::type).toList());
        assertEquals(List.of("Paid", "Open"), Mockups.field(order, "status").orElseThrow().options());
        assertEquals(List.of("orders"), order.crud().read());
        assertEquals(List.of("orders"), order.crud().delete());
    }

    @Test
    void infer_shouldReadARecord_whenADetailPageHasADefinitionList() {
        // GIVEN a detail page: the h1 is the record's title, the section heading names the entity
        String body = """
                <h1>Ada Lovelace</h1><a href="/speakers/3/edit">Edit</a>
                <section><h2>Speaker details</h2>
                <dl><dt>Email</dt><dd><a href="mailto:ada@example.com">ada@example.com</a></dd>
                    <dt>Website</dt><dd>https://ada.example.com</dd><dt>Talks given</dt><dd>12</dd>
                    <dt>Joined</dt><dd>4 March 2024</dd></dl></section>
                """;
        // WHEN entities are inferred
        InferredEntity speaker = Mockups.entity(inference.infer(List.of(Mockups.page("speaker", body))), "Speaker").orElseThrow();
        // THEN its terms are fields typed by their definitions, read on this page
        assertEquals(List.of("email", "website", "talksGiven", "joined"), speaker.fields().stream().map(InferredField::name).toList());
        assertEquals(List.of("email", "url", "number", "date"), speaker.fields().stream().map(InferredField::type).toList());
        assertEquals(List.of("speaker"), speaker.crud().read());
    }

    @Test
    void infer_shouldMergeOneEntityAcrossPages_whenItIsListedCreatedEditedAndDeleted() {
        // GIVEN a list page, a create form, an edit form with a delete button and a detail page
        List<MockupDocument> pages = List.of(
                Mockups.page("books", """
                        <h1>Books</h1><a class=btn href=/books/new>Add book</a>
                        <table><tr><th>Title</th><th>Published</th><th>Pages</th></tr>
                        <tr><td><a href=/books/1>Dune</a></td><td>1965-08-01</td><td>412</td></tr>
                        <tr><td><a href=/books/2>Emma</a></td><td>1815-12-23</td><td>474</td></tr></table>"""),
                Mockups.page("book-new", """
                        <h1>Add a book</h1><form action=/books method=post><input name=title required>
                        <input name=published type=date><input name=pages type=number><select name=format><option>Hardback</option><option>Paperback</option></select>
                        <button>Save</button></form>"""),
                Mockups.page("book-edit", """
                        <h1>Edit book</h1><form action=/books/1 method=post><input type=hidden name=_method value=patch>
                        <input name=title value=Dune><input name=published type=date value=1965-08-01><input name=isbn value=978-0441013593>
                        <button>Save changes</button></form>
                        <form action=/books/1 method=post><input type=hidden name=_method value=delete><button>Delete book</button></form>"""),
                Mockups.page("book", """
                        <h1>Dune</h1><h2>Book details</h2><dl><dt>Pages</dt><dd>412</dd><dt>Format</dt><dd>Paperback</dd></dl>"""));
        // WHEN entities are inferred
        List<InferredEntity> entities = inference.infer(pages);
        // THEN there is one Book with every field seen, forms deciding the types, and each operation where it happens
        assertEquals(1, entities.size(), entities.toString());
        InferredEntity book = entities.getFirst();
        assertEquals("Book", book.name());
        assertEquals(List.of("title", "published", "isbn", "pages", "format"), book.fields().stream().map(InferredField::name).toList());
        assertEquals("enum", Mockups.field(book, "format").orElseThrow().type());
        assertEquals("date", Mockups.field(book, "published").orElseThrow().type());
        assertTrue(Mockups.field(book, "title").orElseThrow().required());
        assertEquals(new CrudLocations(List.of("book-new"), List.of("book", "books"), List.of("book-edit"), List.of("book-edit")), book.crud());
        assertEquals(List.of("book", "book-edit", "book-new", "books"), book.inferredFrom());
        assertTrue(book.confidence() > 0.95);
    }

    @Test
    void infer_shouldFoldTerseColumnHeadersIntoFormFields_whenTheValuesFitTheFieldsType() {
        // GIVEN a task table headed "Task", "Due" and "Owner", and a task form with title, dueDate and ownerEmail
        List<MockupDocument> pages = List.of(
                Mockups.page("tasks", """
                        <table><tr><th>Task</th><th>Due</th><th>Owner</th></tr>
                        <tr><td><a href=/tasks/1>Write copy</a></td><td>2025-03-10</td><td>Grace Okafor</td></tr>
                        <tr><td><a href=/tasks/2>Fix bug</a></td><td>2025-03-11</td><td>Tomás Ribeiro</td></tr></table>"""),
                Mockups.page("task-new", """
                        <h1>New task</h1><form action=/tasks method=post><input name=title><input name=due_date type=date>
                        <input name=owner_email type=email><button>Create task</button></form>"""));
        // WHEN entities are inferred
        InferredEntity task = Mockups.entity(inference.infer(pages), "Task").orElseThrow();
        // THEN "Task" is the title and "Due" the due date, but a column of names is not the owner's email
        assertEquals(List.of("title", "dueDate", "ownerEmail", "owner"), task.fields().stream().map(InferredField::name).toList());
        assertEquals("string", Mockups.field(task, "owner").orElseThrow().type());
    }

    @Test
    void infer_shouldReadACardGridOfRecordLinks_whenAPageListsRecordsAsCards() {
        // GIVEN cards that each link to /events/ID
        String body = "<h1>Upcoming</h1><div class=grid>"
                + "<article class=card><h3><a href=/events/1>Meetup</a></h3></article>"
                + "<article class=card><h3><a href=/events/2>Launch</a></h3></article>"
                + "<article class=card><h3><a href=/events/3>Retro</a></h3></article></div>";
        // WHEN THEN events are read on this page
        InferredEntity event = Mockups.entity(inference.infer(List.of(Mockups.page("upcoming", body))), "Event").orElseThrow();
        assertEquals(List.of("upcoming"), event.crud().read());
    }

    @Test
    void infer_shouldIgnoreFormsThatHoldNoEntity_whenTheyAreSearchOrSessionMechanics() {
        // GIVEN a search form, and a sign-in form with a remember-me box
        String body = """
                <form role=search><input type=search name=q><button>Search</button></form>
                <h1>Sign in</h1><form action=/login method=post><input name=email type=email required><input name=password type=password required>
                <label><input type=checkbox name=remember_me> Remember me</label><button>Sign in</button></form>
                """;
        // WHEN entities are inferred
        List<InferredEntity> entities = inference.infer(List.of(Mockups.page("sign-in", body)));
        // THEN only the User is there, with its credentials, and signing in is no CRUD operation
        assertEquals(List.of("User"), entities.stream().map(InferredEntity::name).toList());
        InferredEntity user = entities.getFirst();
        assertEquals(List.of("email", "password"), user.fields().stream().map(InferredField::name).toList());
        assertEquals(new CrudLocations(List.of(), List.of(), List.of(), List.of()), user.crud());
    }

    @Test
    void infer_shouldNotNameAnEntityAfterTheApp_whenACaptionMentionsTheAppsName() {
        // GIVEN a dashboard table captioned with the app's name, under a "Recent activity" heading
        String body = """
                <header><a class=brand href=/>LessonLoop</a></header>
                <h2>Recent activity</h2>
                <table><caption>The latest changes in LessonLoop</caption>
                <tr><th>Item</th><th>Updated</th></tr><tr><td>Intro</td><td>2025-01-09</td></tr></table>
                """;
        // WHEN entities are inferred
        List<InferredEntity> entities = inference.infer(List.of(Mockups.page("dashboard", body)));
        // THEN the app is not an entity; the heading names the records instead
        assertEquals(List.of("Activity"), entities.stream().map(InferredEntity::name).toList());
    }

    @Test
    void infer_shouldFindNothing_whenPagesShowNoData() {
        // GIVEN a marketing page with feature cards and no forms, tables or record links
        String body = "<section class=hero><h1>Hello</h1><a class=btn href=/signup>Start</a></section>"
                + "<article><h3>Fast</h3></article><article><h3>Cheap</h3></article>";
        // WHEN THEN no entity is invented
        assertTrue(inference.infer(List.of(Mockups.page("landing", body))).isEmpty());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"categories, category", "addresses, address", "boxes, box", "batches, batch", "people, person",
            "status, status", "recipes, recipe", "analyses, analyse", "news, news", "bus, bus"})
    void singular_shouldSingularizeSimply_whenGivenAPlural(String plural, String singular) {
        // GIVEN WHEN THEN
        assertEquals(singular, EntityNames.singular(plural));
    }

    @Test
    void fromText_shouldFindNoEntity_whenTheTextIsOnlyVerbsAndFiller() {
        // GIVEN WHEN THEN
        assertEquals(Optional.empty(), EntityNames.fromText("Save changes"));
        assertEquals(Optional.empty(), EntityNames.fromText("Submit"));
        assertEquals(Optional.of("User"), EntityNames.fromText("Log in"));
    }
}
