package com.nexusgen.mockups;

import com.nexusgen.blobs.FolderBlobStore;
import com.nexusgen.design.DesignExtractor;
import com.nexusgen.domain.mockups.Mockup;
import com.nexusgen.domain.mockups.Page;
import com.nexusgen.dynamodb.DynamoDbPageStore;
import com.nexusgen.dynamodb.SingleTable;
import com.nexusgen.dynamodb.local.EmbeddedDynamoDb;
import com.nexusgen.mockups.render.MockupRenderer;
import com.nexusgen.mockups.render.PageLink;
import com.nexusgen.mockups.render.PageSpec;
import com.nexusgen.template.LocalResolver;
import com.nexusgen.template.RepositoryRoot;
import com.nexusgen.template.SamTemplate;
import com.nexusgen.template.TableDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tokens the Coder gets: extracted from the latest mockups, overridden by people's confirmations. */
class TokensInForceTest {
    private static EmbeddedDynamoDb dynamoDb;
    private static DynamoDbPageStore store;
    @TempDir
    static Path blobs;

    @BeforeAll
    static void start() {
        SamTemplate template = SamTemplate.load(RepositoryRoot.template());
        TableDefinition table = template.tables().getFirst()
                .definition(LocalResolver.builder(template).parameter("Stage", "tokens-test").build());
        dynamoDb = EmbeddedDynamoDb.start(EmbeddedDynamoDb.Options.inMemory());
        dynamoDb.ensureTable(table.createTableRequest(), table.timeToLiveAttribute().orElseThrow());
        store = new DynamoDbPageStore(new SingleTable(dynamoDb.client(), table.tableName()));
    }

    @AfterAll
    static void stop() {
        dynamoDb.close();
    }

    @Test
    void tokens_shouldComeFromTheLatestMockups_withConfirmationsWinning() {
        // GIVEN a project with no mockups THEN no tokens are in force
        String ws = "ws-" + UUID.randomUUID();
        FolderBlobStore folder = new FolderBlobStore(blobs);
        TokensInForce tokens = new TokensInForce(store, folder, new DesignExtractor());
        assertEquals(Map.of(), tokens.tokens(ws, "p1"));
        // GIVEN a page whose latest mockup was rendered with a teal primary color
        Page page = new Page(ws, "p1", "page-1", "Recipes", "recipes", "/recipes", "Browse", "responsive", "draft",
                List.of(), null, 0, 0, Instant.now(), Instant.now(), 1);
        store.create(page);
        Map<String, String> teal = new java.util.TreeMap<>(MockupRenderer.defaultTokens());
        teal.put("color-primary", "#0f766e");
        String html = new MockupRenderer().render("Recipe Box", new PageSpec(page.id(), page.name(), page.slug(), page.path(),
                page.purpose(), "responsive", List.of(), null, null), List.of(new PageLink(page.id(), page.name(), page.slug(),
                page.path())), teal);
        String key = "ws/" + ws + "/mockups/one";
        folder.put(key, html.getBytes(StandardCharsets.UTF_8), "text/html");
        store.addMockup(page, new Mockup(ws, "p1", page.id(), 1, key, "sha", html.length(), null, "ai", 0, "u1",
                Instant.now(), List.of(), List.of(), 4));
        // WHEN the tokens in force are read THEN extraction finds the teal primary
        assertEquals("#0f766e", tokens.tokens(ws, "p1").get("color-primary"));
        assertTrue(tokens.tokens(ws, "p1").containsKey("space-1"), tokens.tokens(ws, "p1").toString());
        // WHEN a person confirms another primary THEN the confirmation wins
        store.saveConfirmations(ws, "p1", Map.of("color-primary", "#7c3aed"), 0);
        assertEquals("#7c3aed", tokens.tokens(ws, "p1").get("color-primary"));
        // AND another workspace's tokens are its own
        assertEquals(Map.of(), tokens.tokens("ws-" + UUID.randomUUID(), "p1"));
    }
}
