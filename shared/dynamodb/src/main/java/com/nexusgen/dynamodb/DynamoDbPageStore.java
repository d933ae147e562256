package com.nexusgen.dynamodb;

import com.nexusgen.domain.mockups.Mockup;
import com.nexusgen.domain.mockups.Page;
import com.nexusgen.domain.mockups.PageStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.nexusgen.dynamodb.Attributes.s;
import static com.nexusgen.dynamodb.Attributes.n;
import static com.nexusgen.dynamodb.Attributes.str;
import static com.nexusgen.dynamodb.Attributes.num;
import static com.nexusgen.dynamodb.Attributes.strings;

/**
 * Pages, mockup versions and design confirmations in the single table. A page and its slug claim,
 * or a mockup and its page's pointer, change in one transaction; the low-level API is used because
 * those transactions mix item shapes and conditions the enhanced client's per-type tables cannot
 * express together.
 */
public final class DynamoDbPageStore implements PageStore {
    private final DynamoDbClient client;
    private final String table;

    public DynamoDbPageStore(SingleTable singleTable) {
        this.client = singleTable.client();
        this.table = singleTable.tableName();
    }

    @Override
    public Outcome create(Page page) {
        try {
            client.transactWriteItems(r -> r.transactItems(
                    put(pageItem(page, 1), "attribute_not_exists(PK)"),
                    put(slugItem(page), "attribute_not_exists(PK)")));
            return Outcome.OK;
        } catch (TransactionCanceledException e) {
            return SingleTable.conditionFailed(e, 1) ? Outcome.SLUG_TAKEN : retryOr(e);
        }
    }

    @Override
    public Outcome update(Page page, String previousSlug) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(pageItem(page, page.version() + 1))
                .conditionExpression("version = :expected")
                .expressionAttributeValues(Map.of(":expected", n(page.version())))).build());
        if (!page.slug().equals(previousSlug)) {
            items.add(put(slugItem(page), "attribute_not_exists(PK)"));
            items.add(TransactWriteItem.builder().delete(d -> d.tableName(table)
                    .key(key(page.workspaceId(), Keys.pageSlug(page.projectId(), previousSlug)))).build());
        }
        try {
            client.transactWriteItems(r -> r.transactItems(items));
            return Outcome.OK;
        } catch (TransactionCanceledException e) {
            if (SingleTable.conditionFailed(e, 0)) {
                return find(page.workspaceId(), page.projectId(), page.id()).isPresent() ? Outcome.STALE : Outcome.NOT_FOUND;
            }
            return SingleTable.conditionFailed(e, 1) ? Outcome.SLUG_TAKEN : retryOr(e);
        }
    }

    @Override
    public Outcome delete(String workspaceId, String projectId, String pageId, String slug, long expectedVersion) {
        try {
            client.transactWriteItems(r -> r.transactItems(
                    TransactWriteItem.builder().delete(d -> d.tableName(table).key(key(workspaceId, Keys.page(projectId, pageId)))
                            .conditionExpression("version = :expected")
                            .expressionAttributeValues(Map.of(":expected", n(expectedVersion)))).build(),
                    TransactWriteItem.builder().delete(d -> d.tableName(table)
                            .key(key(workspaceId, Keys.pageSlug(projectId, slug)))).build()));
            return Outcome.OK;
        } catch (TransactionCanceledException e) {
            if (SingleTable.conditionFailed(e, 0)) {
                return find(workspaceId, projectId, pageId).isPresent() ? Outcome.STALE : Outcome.NOT_FOUND;
            }
            return retryOr(e);
        }
    }

    @Override
    public Optional<Page> find(String workspaceId, String projectId, String pageId) {
        var item = client.getItem(r -> r.tableName(table).consistentRead(true)
                .key(key(workspaceId, Keys.page(projectId, pageId)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(page(item));
    }

    @Override
    public List<Page> list(String workspaceId, String projectId) {
        List<Page> pages = new ArrayList<>();
        for (Map<String, AttributeValue> item : queryAll(workspaceId, Keys.pagePrefix(projectId), true)) {
            pages.add(page(item));
        }
        pages.sort(Comparator.comparingInt(Page::sortOrder).thenComparing(Page::name).thenComparing(Page::id));
        return pages;
    }

    @Override
    public Optional<Mockup> addMockup(Page page, Mockup mockup) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":current", n(page.latestMockup()));
        values.put(":next", n(mockup.number()));
        values.put(":status", s(page.status().equals("draft") ? "designed" : page.status()));
        values.put(":now", s(mockup.createdAt().toString()));
        try {
            client.transactWriteItems(r -> r.transactItems(
                    put(mockupItem(mockup), "attribute_not_exists(PK)"),
                    TransactWriteItem.builder().update(u -> u.tableName(table)
                            .key(key(page.workspaceId(), Keys.page(page.projectId(), page.id())))
                            .updateExpression("SET latestMockup = :next, #status = :status, updatedAt = :now")
                            .conditionExpression("latestMockup = :current")
                            .expressionAttributeNames(Map.of("#status", "status"))
                            .expressionAttributeValues(values)).build()));
            return Optional.of(mockup);
        } catch (TransactionCanceledException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Mockup> mockup(String workspaceId, String projectId, String pageId, int number) {
        var item = client.getItem(r -> r.tableName(table).consistentRead(true)
                .key(key(workspaceId, Keys.mockup(projectId, pageId, number)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(mockup(item));
    }

    @Override
    public List<Mockup> mockups(String workspaceId, String projectId, String pageId) {
        return queryAll(workspaceId, Keys.mockupPrefix(projectId, pageId), false).stream()
                .map(DynamoDbPageStore::mockup).toList();
    }

    @Override
    public Confirmations confirmations(String workspaceId, String projectId) {
        var item = client.getItem(r -> r.tableName(table).consistentRead(true)
                .key(key(workspaceId, Keys.design(projectId)))).item();
        if (item == null || item.isEmpty()) {
            return new Confirmations(Map.of(), 0);
        }
        Map<String, String> tokens = new HashMap<>();
        item.getOrDefault("tokens", AttributeValue.fromM(Map.of())).m().forEach((k, v) -> tokens.put(k, v.s()));
        return new Confirmations(tokens, Long.parseLong(item.get("version").n()));
    }

    @Override
    public Outcome saveConfirmations(String workspaceId, String projectId, Map<String, String> tokens, long expectedVersion) {
        Map<String, AttributeValue> item = new HashMap<>(key(workspaceId, Keys.design(projectId)));
        item.put("entity", s("DesignConfirmations"));
        Map<String, AttributeValue> values = new HashMap<>();
        tokens.forEach((k, v) -> values.put(k, s(v)));
        item.put("tokens", AttributeValue.fromM(values));
        item.put("version", n(expectedVersion + 1));
        try {
            client.putItem(r -> r.tableName(table).item(item)
                    .conditionExpression(expectedVersion == 0 ? "attribute_not_exists(PK)" : "version = :expected")
                    .expressionAttributeValues(expectedVersion == 0 ? null : Map.of(":expected", n(expectedVersion))));
            return Outcome.OK;
        } catch (ConditionalCheckFailedException e) {
            return Outcome.STALE;
        }
    }

    private List<Map<String, AttributeValue>> queryAll(String workspaceId, String prefix, boolean forward) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = client.query(r -> r.tableName(table).consistentRead(true).scanIndexForward(forward)
                    .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
                    .expressionAttributeValues(Map.of(":pk", s(Keys.workspace(workspaceId)), ":prefix", s(prefix)))
                    .exclusiveStartKey(from));
            items.addAll(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    private TransactWriteItem put(Map<String, AttributeValue> item, String condition) {
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item).conditionExpression(condition)).build();
    }

    private static Outcome retryOr(TransactionCanceledException e) {
        throw e; // a conflict between concurrent transactions: the caller's request fails and may be retried
    }

    private static Map<String, AttributeValue> pageItem(Page p, long version) {
        Map<String, AttributeValue> item = new HashMap<>(key(p.workspaceId(), Keys.page(p.projectId(), p.id())));
        item.put("entity", s("Page"));
        item.put("projectId", s(p.projectId()));
        item.put("id", s(p.id()));
        item.put("name", s(p.name()));
        item.put("slug", s(p.slug()));
        item.put("path", s(p.path()));
        putIfPresent(item, "purpose", p.purpose());
        item.put("primaryDevice", s(p.primaryDevice()));
        item.put("status", s(p.status()));
        item.put("keyElements", AttributeValue.fromL(p.keyElements().stream().map(Attributes::s).toList()));
        putIfPresent(item, "parentId", p.parentId());
        item.put("sortOrder", n(p.sortOrder()));
        item.put("latestMockup", n(p.latestMockup()));
        item.put("createdAt", s(p.createdAt().toString()));
        item.put("updatedAt", s(p.updatedAt().toString()));
        item.put("version", n(version));
        return item;
    }

    private static Map<String, AttributeValue> slugItem(Page p) {
        Map<String, AttributeValue> item = new HashMap<>(key(p.workspaceId(), Keys.pageSlug(p.projectId(), p.slug())));
        item.put("entity", s("PageSlug"));
        item.put("pageId", s(p.id()));
        return item;
    }

    private static Map<String, AttributeValue> mockupItem(Mockup m) {
        Map<String, AttributeValue> item = new HashMap<>(key(m.workspaceId(), Keys.mockup(m.projectId(), m.pageId(), m.number())));
        item.put("entity", s("Mockup"));
        item.put("projectId", s(m.projectId()));
        item.put("pageId", s(m.pageId()));
        item.put("number", n(m.number()));
        item.put("htmlKey", s(m.htmlKey()));
        item.put("sha256", s(m.sha256()));
        item.put("sizeBytes", n(m.sizeBytes()));
        putIfPresent(item, "changeDescription", m.changeDescription());
        item.put("changedBy", s(m.changedBy()));
        item.put("parentVersion", n(m.parentVersion()));
        item.put("createdBy", s(m.createdBy()));
        item.put("createdAt", s(m.createdAt().toString()));
        item.put("colorsUsed", AttributeValue.fromL(m.colorsUsed().stream().map(Attributes::s).toList()));
        item.put("components", AttributeValue.fromL(m.components().stream().map(Attributes::s).toList()));
        item.put("spacingBaseUnit", n(m.spacingBaseUnit()));
        return item;
    }

    private static Page page(Map<String, AttributeValue> i) {
        return new Page(i.get(Keys.PK).s().substring(3), str(i, "projectId"), str(i, "id"), str(i, "name"), str(i, "slug"),
                str(i, "path"), str(i, "purpose"), str(i, "primaryDevice"), str(i, "status"), strings(i, "keyElements"),
                str(i, "parentId"), (int) num(i, "sortOrder"), (int) num(i, "latestMockup"),
                Instant.parse(str(i, "createdAt")), Instant.parse(str(i, "updatedAt")), num(i, "version"));
    }

    private static Mockup mockup(Map<String, AttributeValue> i) {
        return new Mockup(i.get(Keys.PK).s().substring(3), str(i, "projectId"), str(i, "pageId"), (int) num(i, "number"),
                str(i, "htmlKey"), str(i, "sha256"), num(i, "sizeBytes"), str(i, "changeDescription"), str(i, "changedBy"),
                (int) num(i, "parentVersion"), str(i, "createdBy"), Instant.parse(str(i, "createdAt")),
                strings(i, "colorsUsed"), strings(i, "components"), (int) num(i, "spacingBaseUnit"));
    }

    private static Map<String, AttributeValue> key(String workspaceId, String sk) {
        return Map.of(Keys.PK, s(Keys.workspace(workspaceId)), Keys.SK, s(sk));
    }

    private static void putIfPresent(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, s(value));
        }
    }

}
