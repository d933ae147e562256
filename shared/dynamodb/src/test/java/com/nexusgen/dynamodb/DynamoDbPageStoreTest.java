package com.nexusgen.dynamodb;

import com.nexusgen.domain.mockups.Mockup;
import com.nexusgen.domain.mockups.Page;
import com.nexusgen.domain.mockups.PageStore;
import com.nexusgen.dynamodb.local.EmbeddedDynamoDb;
import com.nexusgen.template.LocalResolver;
import com.nexusgen.template.RepositoryRoot;
import com.nexusgen.template.SamTemplate;
import com.nexusgen.template.TableDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages, mockup versions and design confirmations against DynamoDB Local, on the template's table. */
class DynamoDbPageStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static EmbeddedDynamoDb dynamoDb;
    private static DynamoDbPageStore store;

    @BeforeAll
    static void start() {
        SamTemplate template = SamTemplate.load(RepositoryRoot.template());
        TableDefinition table = template.tables().getFirst()
                .definition(LocalResolver.builder(template).parameter("Stage", "page-test").build());
        dynamoDb = EmbeddedDynamoDb.start(EmbeddedDynamoDb.Options.inMemory());
        dynamoDb.ensureTable(table.createTableRequest(), table.timeToLiveAttribute().orElseThrow());
        store = new DynamoDbPageStore(new SingleTable(dynamoDb.client(), table.tableName()));
    }

    @AfterAll
    static void stop() {
        dynamoDb.close();
    }

    @Test
    void pages_shouldKeepSlugsUniquePerProject_andRefuseStaleEdits() {
        // GIVEN a page of a project
        String ws = UUID.randomUUID().toString();
        Page recipes = page(ws, "p1", "Recipes", "recipes", 2);
        assertEquals(PageStore.Outcome.OK, store.create(recipes));
        // WHEN another page claims its slug, in the same or another project
        assertEquals(PageStore.Outcome.SLUG_TAKEN, store.create(page(ws, "p1", "Recipes again", "recipes", 1)));
        assertEquals(PageStore.Outcome.OK, store.create(page(ws, "p2", "Recipes", "recipes", 1)));
        // WHEN it is renamed with its version, then with a stale one
        Page renamed = new Page(ws, "p1", recipes.id(), "All recipes", "all-recipes", "/all-recipes", "Browse", "responsive",
                "draft", List.of("table"), null, 2, 0, NOW, NOW, 1);
        assertEquals(PageStore.Outcome.OK, store.update(renamed, "recipes"));
        assertEquals(PageStore.Outcome.STALE, store.update(renamed, "all-recipes"));
        // THEN the old slug is free again, the list is in sort order, and deleting frees the slug
        Page landing = page(ws, "p1", "Landing", "recipes", 1);
        assertEquals(PageStore.Outcome.OK, store.create(landing));
        assertEquals(List.of("Landing", "All recipes"), store.list(ws, "p1").stream().map(Page::name).toList());
        assertEquals(2, store.find(ws, "p1", recipes.id()).orElseThrow().version());
        assertEquals(PageStore.Outcome.STALE, store.delete(ws, "p1", recipes.id(), "all-recipes", 1));
        assertEquals(PageStore.Outcome.OK, store.delete(ws, "p1", recipes.id(), "all-recipes", 2));
        assertEquals(PageStore.Outcome.NOT_FOUND, store.delete(ws, "p1", recipes.id(), "all-recipes", 2));
        assertEquals(PageStore.Outcome.OK, store.create(page(ws, "p1", "All recipes 2", "all-recipes", 3)));
    }

    @Test
    void addMockup_shouldNumberVersionsInOrder_andRefuseALostRace() {
        // GIVEN a page without mockups
        String ws = UUID.randomUUID().toString();
        Page page = page(ws, "p1", "Dashboard", "dashboard", 1);
        store.create(page);
        // WHEN two versions are added, the second from a stale read of the page
        Mockup first = store.addMockup(page, mockup(page, 1)).orElseThrow();
        Page fresh = store.find(ws, "p1", page.id()).orElseThrow();
        assertTrue(store.addMockup(page, mockup(page, 1)).isEmpty()); // stale: latest is 1 now
        store.addMockup(fresh, mockup(fresh, 2)).orElseThrow();
        // THEN the page points at version 2, it is "designed", and versions list newest first
        Page now = store.find(ws, "p1", page.id()).orElseThrow();
        assertEquals(2, now.latestMockup());
        assertEquals("designed", now.status());
        assertEquals(List.of(2, 1), store.mockups(ws, "p1", page.id()).stream().map(Mockup::number).toList());
        assertEquals(first, store.mockup(ws, "p1", page.id(), 1).orElseThrow());
    }

    @Test
    void confirmations_shouldBeReplacedOnlyFromTheVersionRead() {
        String ws = UUID.randomUUID().toString();
        assertEquals(new PageStore.Confirmations(Map.of(), 0), store.confirmations(ws, "p1"));
        assertEquals(PageStore.Outcome.OK, store.saveConfirmations(ws, "p1", Map.of("color-primary", "#1d4ed8"), 0));
        assertEquals(PageStore.Outcome.STALE, store.saveConfirmations(ws, "p1", Map.of("color-primary", "#000000"), 0));
        assertEquals(PageStore.Outcome.OK, store.saveConfirmations(ws, "p1", Map.of("color-primary", "#0f766e"), 1));
        assertEquals(new PageStore.Confirmations(Map.of("color-primary", "#0f766e"), 2), store.confirmations(ws, "p1"));
    }

    private static Page page(String ws, String projectId, String name, String slug, int sortOrder) {
        return new Page(ws, projectId, UUID.randomUUID().toString(), name, slug, "/" + slug, "Purpose of " + name,
                "responsive", "draft", List.of("header"), null, sortOrder, 0, NOW, NOW, 1);
    }

    private static Mockup mockup(Page page, int number) {
        return new Mockup(page.workspaceId(), page.projectId(), page.id(), number, "ws/" + page.workspaceId() + "/mockups/x" + number,
                "sha" + number, 1234, number == 1 ? null : "Darker header", number == 1 ? "ai" : "user", number - 1, "u1", NOW,
                List.of("#1d4ed8"), List.of("nav", "table"), 4);
    }
}
