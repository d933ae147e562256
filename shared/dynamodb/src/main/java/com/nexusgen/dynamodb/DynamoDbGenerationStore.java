package com.nexusgen.dynamodb;

import com.nexusgen.domain.common.Page;
import com.nexusgen.domain.common.PageRequest;
import com.nexusgen.domain.generations.Generation;
import com.nexusgen.domain.generations.GenerationStatus;
import com.nexusgen.domain.generations.GenerationStore;
import com.nexusgen.domain.generations.MonthlyUsage;
import com.nexusgen.domain.generations.ProjectVersion;
import com.nexusgen.domain.generations.Transition;
import com.nexusgen.domain.generations.UsageCall;
import com.nexusgen.domain.generations.UsageTotals;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static com.nexusgen.dynamodb.Attributes.s;
import static com.nexusgen.dynamodb.Attributes.n;
import static com.nexusgen.dynamodb.Attributes.str;
import static com.nexusgen.dynamodb.Attributes.num;

/**
 * Generations, versions and the usage ledger in the single table. These items are written by several
 * parties at once (workflow steps, the API's approve/cancel, every agent's usage), each touching a
 * few attributes under a condition on the status, or adding to counters; that is what UpdateItem
 * expressions do, so this store speaks the low-level API where the enhanced client would rewrite
 * whole items.
 */
public final class DynamoDbGenerationStore implements GenerationStore {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);
    private static final String AGENT_PREFIX = "agent:";
    private static final int VERSION_ATTEMPTS = 5;

    private final DynamoDbClient client;
    private final String table;
    private final Clock clock;

    public DynamoDbGenerationStore(SingleTable singleTable, Clock clock) {
        this.client = singleTable.client();
        this.table = singleTable.tableName();
        this.clock = clock;
    }

    @Override
    public void create(Generation g) {
        Map<String, AttributeValue> item = new HashMap<>(key(g.workspaceId(), g.id()));
        // the index key starts with the workspace too, so no query can cross tenants
        item.put(Keys.GSI1PK, s(Keys.workspace(g.workspaceId()) + "#" + Keys.project(g.projectId())));
        item.put(Keys.GSI1SK, s(Keys.generation(g.id())));
        item.put("entity", s("Generation"));
        item.put("workspaceId", s(g.workspaceId()));
        item.put("id", s(g.id()));
        item.put("projectId", s(g.projectId()));
        item.put("prompt", s(g.prompt()));
        item.put("approval", s(g.approval().wireName()));
        item.put("status", s(g.status().wireName()));
        item.put("currentState", s(g.currentState()));
        item.put("createdBy", s(g.createdBy()));
        item.put("createdAt", s(g.createdAt().toString()));
        item.put("updatedAt", s(g.updatedAt().toString()));
        item.put("stageMillis", AttributeValue.fromM(Map.of()));
        item.put("revisions", n(0));
        for (String counter : List.of("usageCalls", "usageIn", "usageOut", "usageCost")) {
            item.put(counter, n(0));
        }
        client.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(PK)"));
    }

    @Override
    public Optional<Generation> find(String workspaceId, String generationId) {
        var item = client.getItem(r -> r.tableName(table).key(key(workspaceId, generationId)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(generation(item));
    }

    @Override
    public Optional<String> taskToken(String workspaceId, String generationId) {
        var item = client.getItem(r -> r.tableName(table).key(key(workspaceId, generationId)).consistentRead(true)
                .projectionExpression("taskToken")).item();
        return Optional.ofNullable(item).map(i -> i.get("taskToken")).map(AttributeValue::s);
    }

    @Override
    public Optional<Generation> apply(String workspaceId, String generationId, Transition t) {
        List<String> sets = new ArrayList<>();
        List<String> removes = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        names.put("#status", "status");
        sets.add("updatedAt = :now");
        values.put(":now", s(clock.instant().toString()));
        if (t.to() != null) {
            sets.add("#status = :to");
            values.put(":to", s(t.to().wireName()));
        }
        if (t.currentState() != null) {
            sets.add("currentState = :state");
            values.put(":state", s(t.currentState()));
        }
        if (t.stage() != null) {
            names.put("#stage", t.stage());
            sets.add("stageMillis.#stage = if_not_exists(stageMillis.#stage, :zero) + :ms");
            values.put(":zero", n(0));
            values.put(":ms", n(t.stageMillis()));
        }
        if (t.taskToken() != null) {
            sets.add("taskToken = :token");
            values.put(":token", s(t.taskToken()));
        }
        if (t.removeTaskToken()) {
            removes.add("taskToken");
        }
        if (t.executionArn() != null) {
            sets.add("executionArn = :arn");
            values.put(":arn", s(t.executionArn()));
        }
        if (t.planKey() != null) {
            sets.add("planKey = :plan");
            values.put(":plan", s(t.planKey()));
        }
        if (t.feedback() != null) {
            sets.add("feedback = :feedback");
            values.put(":feedback", s(t.feedback()));
        }
        if (t.countRevision()) {
            sets.add("revisions = revisions + :one");
            values.put(":one", n(1));
        }
        if (t.result() != null) {
            sets.add("#result = :result");
            names.put("#result", "result");
            values.put(":result", result(t.result()));
        }
        if (t.error() != null) {
            sets.add("#error = :error, #cause = :cause");
            names.put("#error", "error");
            names.put("#cause", "cause");
            values.put(":error", s(t.error()));
            values.put(":cause", s(t.cause() == null ? "" : truncate(t.cause(), 4000)));
        }
        List<String> allowed = new ArrayList<>();
        int i = 0;
        for (GenerationStatus status : t.from()) {
            allowed.add(":from" + i);
            values.put(":from" + i++, s(status.wireName()));
        }
        String update = "SET " + String.join(", ", sets) + (removes.isEmpty() ? "" : " REMOVE " + String.join(", ", removes));
        String condition = "attribute_exists(PK) AND #status IN (" + String.join(", ", allowed) + ")";
        try {
            var response = client.updateItem(r -> r.tableName(table).key(key(workspaceId, generationId))
                    .updateExpression(update).conditionExpression(condition)
                    .expressionAttributeNames(names).expressionAttributeValues(values)
                    .returnValues(ReturnValue.ALL_NEW));
            return Optional.of(generation(response.attributes()));
        } catch (ConditionalCheckFailedException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<ProjectVersion> saveVersion(String workspaceId, String generationId, String manifestKey,
                                                int fileCount, long totalBytes, Generation.Result result) {
        for (int attempt = 0; attempt < VERSION_ATTEMPTS; attempt++) {
            Generation g = find(workspaceId, generationId).orElse(null);
            if (g == null) {
                return Optional.empty();
            }
            if (g.result() != null) {
                return version(workspaceId, g.projectId(), g.result().version());
            }
            if (!Transition.ACTIVE.contains(g.status())) {
                return Optional.empty();
            }
            int number = latestVersion(workspaceId, g.projectId()).map(ProjectVersion::number).orElse(0) + 1;
            ProjectVersion version = new ProjectVersion(workspaceId, g.projectId(), number, generationId, manifestKey,
                    fileCount, totalBytes, clock.instant());
            Generation.Result saved = new Generation.Result(number, result.fileCount(), result.criticalFindings(),
                    result.totalFindings(), result.findingRules());
            Map<String, AttributeValue> values = new HashMap<>();
            values.put(":state", s("SaveVersion"));
            values.put(":result", result(saved));
            values.put(":now", s(clock.instant().toString()));
            int i = 0;
            List<String> allowed = new ArrayList<>();
            for (GenerationStatus status : Transition.ACTIVE) {
                allowed.add(":from" + i);
                values.put(":from" + i++, s(status.wireName()));
            }
            try {
                client.transactWriteItems(r -> r.transactItems(
                        TransactWriteItem.builder().put(p -> p.tableName(table).item(versionItem(version))
                                .conditionExpression("attribute_not_exists(PK)")).build(),
                        TransactWriteItem.builder().update(u -> u.tableName(table).key(key(workspaceId, generationId))
                                .updateExpression("SET currentState = :state, #result = :result, updatedAt = :now")
                                .conditionExpression("#status IN (" + String.join(", ", allowed)
                                        + ") AND attribute_not_exists(#result)")
                                .expressionAttributeNames(Map.of("#status", "status", "#result", "result"))
                                .expressionAttributeValues(values)).build()));
                return Optional.of(version);
            } catch (TransactionCanceledException e) {
                // Either another generation took this number (try the next), or this one changed
                // meanwhile (the loop's first read tells which); a conflict between transactions retries too.
            }
        }
        throw new IllegalStateException("could not save a version of generation " + generationId + " after "
                + VERSION_ATTEMPTS + " attempts");
    }

    @Override
    public Optional<ProjectVersion> saveHealedVersion(String workspaceId, String generationId, int parentVersion,
                                                      String manifestKey, int fileCount, long totalBytes) {
        for (int attempt = 0; attempt < VERSION_ATTEMPTS; attempt++) {
            Generation g = find(workspaceId, generationId).orElse(null);
            if (g == null || g.result() == null || !Transition.ACTIVE.contains(g.status())) {
                return Optional.empty();
            }
            if (g.result().version() != parentVersion) {
                // saved already by an earlier try of this task (the next version is the generation's now), or stale
                return g.result().version() > parentVersion ? version(workspaceId, g.projectId(), g.result().version())
                        : Optional.empty();
            }
            int number = latestVersion(workspaceId, g.projectId()).map(ProjectVersion::number).orElse(0) + 1;
            ProjectVersion version = new ProjectVersion(workspaceId, g.projectId(), number, generationId, manifestKey,
                    fileCount, totalBytes, clock.instant());
            Map<String, AttributeValue> values = new HashMap<>();
            values.put(":result", result(g.result().withVersion(number, fileCount)));
            values.put(":parent", n(parentVersion));
            values.put(":now", s(clock.instant().toString()));
            try {
                client.transactWriteItems(r -> r.transactItems(
                        TransactWriteItem.builder().put(p -> p.tableName(table).item(versionItem(version))
                                .conditionExpression("attribute_not_exists(PK)")).build(),
                        TransactWriteItem.builder().update(u -> u.tableName(table).key(key(workspaceId, generationId))
                                .updateExpression("SET #result = :result, updatedAt = :now")
                                .conditionExpression("#result.version = :parent")
                                .expressionAttributeNames(Map.of("#result", "result"))
                                .expressionAttributeValues(values)).build()));
                return Optional.of(version);
            } catch (TransactionCanceledException e) {
                // another generation took the number, or a retry of this task got there first: the next read tells
            }
        }
        throw new IllegalStateException("could not save a healed version of generation " + generationId + " after "
                + VERSION_ATTEMPTS + " attempts");
    }

    @Override
    public Optional<ProjectVersion> version(String workspaceId, String projectId, int number) {
        var item = client.getItem(r -> r.tableName(table).consistentRead(true).key(Map.of(
                Keys.PK, s(Keys.workspace(workspaceId)), Keys.SK, s(Keys.version(projectId, number))))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(version(item));
    }

    @Override
    public Optional<ProjectVersion> latestVersion(String workspaceId, String projectId) {
        var items = queryVersions(workspaceId, projectId, 1, null).items();
        return items.isEmpty() ? Optional.empty() : Optional.of(version(items.getFirst()));
    }

    @Override
    public Page<ProjectVersion> versions(String workspaceId, String projectId, PageRequest page) {
        Integer after = null;
        if (page.cursor() != null) {
            try {
                after = Integer.parseInt(page.cursor());
            } catch (NumberFormatException e) {
                throw com.nexusgen.domain.errors.ProblemException.invalidField("cursor", "is not a cursor this API gave out");
            }
        }
        QueryResponse response = queryVersions(workspaceId, projectId, page.limit(), after);
        List<ProjectVersion> versions = response.items().stream().map(DynamoDbGenerationStore::version).toList();
        boolean more = response.lastEvaluatedKey() != null && !response.lastEvaluatedKey().isEmpty() && !versions.isEmpty();
        return new Page<>(versions, more ? Integer.toString(versions.getLast().number()) : null);
    }

    private QueryResponse queryVersions(String workspaceId, String projectId, int limit, Integer before) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":pk", s(Keys.workspace(workspaceId)));
        values.put(":prefix", s(Keys.versionPrefix(projectId)));
        return client.query(r -> {
            r.tableName(table).consistentRead(true).scanIndexForward(false).limit(limit)
                    .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
                    .expressionAttributeValues(values);
            if (before != null) {
                r.exclusiveStartKey(Map.of(Keys.PK, s(Keys.workspace(workspaceId)), Keys.SK, s(Keys.version(projectId, before))));
            }
        });
    }

    @Override
    public Optional<String> latestPlanKey(String workspaceId, String projectId) {
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = client.query(r -> r.tableName(table).indexName(Keys.GSI1).scanIndexForward(false)
                    .keyConditionExpression("GSI1PK = :pk AND begins_with(GSI1SK, :prefix)")
                    .filterExpression("attribute_exists(planKey) AND #status = :succeeded")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":pk", s(Keys.workspace(workspaceId) + "#" + Keys.project(projectId)),
                            ":prefix", s("GENERATION#"), ":succeeded", s(GenerationStatus.SUCCEEDED.wireName())))
                    .limit(25).exclusiveStartKey(from));
            if (!page.items().isEmpty()) {
                return Optional.of(page.items().getFirst().get("planKey").s());
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return Optional.empty();
    }

    @Override
    public void recordUsage(UsageCall call) {
        String month = MONTH.format(call.at());
        Map<String, AttributeValue> callItem = new HashMap<>();
        callItem.put(Keys.PK, s(Keys.workspace(call.workspaceId())));
        callItem.put(Keys.SK, s(Keys.usageCall(month, call.callId())));
        callItem.put("entity", s("UsageCall"));
        callItem.put("generationId", s(call.generationId()));
        if (call.projectId() != null) {
            callItem.put("projectId", s(call.projectId()));
        }
        callItem.put("agent", s(call.agent()));
        callItem.put("modelId", s(call.modelId()));
        callItem.put("inputTokens", n(call.inputTokens()));
        callItem.put("outputTokens", n(call.outputTokens()));
        callItem.put("costMicros", n(call.costMicros()));
        callItem.put("at", s(call.at().toString()));
        Map<String, AttributeValue> add = Map.of(":one", n(1), ":in", n(call.inputTokens()),
                ":out", n(call.outputTokens()), ":cost", n(call.costMicros()));
        String agent = AGENT_PREFIX + call.agent() + ":";
        try {
            client.transactWriteItems(r -> r.transactItems(
                    TransactWriteItem.builder().put(p -> p.tableName(table).item(callItem)
                            .conditionExpression("attribute_not_exists(PK)")).build(),
                    TransactWriteItem.builder().update(u -> u.tableName(table)
                            .key(key(call.workspaceId(), call.generationId()))
                            .updateExpression("ADD usageCalls :one, usageIn :in, usageOut :out, usageCost :cost")
                            .conditionExpression("attribute_exists(PK)")
                            .expressionAttributeValues(add)).build(),
                    TransactWriteItem.builder().update(u -> u.tableName(table)
                            .key(Map.of(Keys.PK, s(Keys.workspace(call.workspaceId())), Keys.SK, s(Keys.usageMonth(month))))
                            .updateExpression("SET entity = :entity ADD calls :one, inputTokens :in, outputTokens :out, "
                                    + "costMicros :cost, #ac :one, #ai :in, #ao :out, #acost :cost")
                            .expressionAttributeNames(Map.of("#ac", agent + "calls", "#ai", agent + "inputTokens",
                                    "#ao", agent + "outputTokens", "#acost", agent + "costMicros"))
                            .expressionAttributeValues(with(add, ":entity", s("UsageMonth")))).build()));
        } catch (TransactionCanceledException e) {
            if (SingleTable.conditionFailed(e, 0)) {
                return; // recorded before: a retried task reports the same call again
            }
            throw e;
        }
    }

    @Override
    public MonthlyUsage monthlyUsage(String workspaceId, String month) {
        var item = client.getItem(r -> r.tableName(table).consistentRead(true).key(Map.of(
                Keys.PK, s(Keys.workspace(workspaceId)), Keys.SK, s(Keys.usageMonth(month))))).item();
        if (item == null || item.isEmpty()) {
            return new MonthlyUsage(workspaceId, month, UsageTotals.ZERO, Map.of());
        }
        Map<String, long[]> agents = new TreeMap<>();
        item.forEach((name, value) -> {
            if (name.startsWith(AGENT_PREFIX)) {
                String[] parts = name.substring(AGENT_PREFIX.length()).split(":", 2);
                long[] counters = agents.computeIfAbsent(parts[0], a -> new long[4]);
                int index = switch (parts[1]) {
                    case "calls" -> 0;
                    case "inputTokens" -> 1;
                    case "outputTokens" -> 2;
                    default -> 3;
                };
                counters[index] = Long.parseLong(value.n());
            }
        });
        Map<String, UsageTotals> byAgent = new LinkedHashMap<>();
        agents.forEach((agent, c) -> byAgent.put(agent, new UsageTotals(c[0], c[1], c[2], c[3])));
        return new MonthlyUsage(workspaceId, month, new UsageTotals(num(item, "calls"), num(item, "inputTokens"),
                num(item, "outputTokens"), num(item, "costMicros")), byAgent);
    }

    private static Map<String, AttributeValue> versionItem(ProjectVersion v) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(Keys.workspace(v.workspaceId())));
        item.put(Keys.SK, s(Keys.version(v.projectId(), v.number())));
        item.put("entity", s("ProjectVersion"));
        item.put("projectId", s(v.projectId()));
        item.put("number", n(v.number()));
        item.put("generationId", s(v.generationId()));
        item.put("manifestKey", s(v.manifestKey()));
        item.put("fileCount", n(v.fileCount()));
        item.put("totalBytes", n(v.totalBytes()));
        item.put("createdAt", s(v.createdAt().toString()));
        return item;
    }

    private static ProjectVersion version(Map<String, AttributeValue> item) {
        String workspaceId = item.get(Keys.PK).s().substring("WS#".length());
        return new ProjectVersion(workspaceId, str(item, "projectId"), (int) num(item, "number"), str(item, "generationId"),
                str(item, "manifestKey"), (int) num(item, "fileCount"), num(item, "totalBytes"),
                Instant.parse(str(item, "createdAt")));
    }

    private static Generation generation(Map<String, AttributeValue> item) {
        Map<String, Long> stages = new LinkedHashMap<>();
        AttributeValue stageMap = item.get("stageMillis");
        if (stageMap != null && stageMap.hasM()) {
            stageMap.m().forEach((stage, ms) -> stages.put(stage, Long.parseLong(ms.n())));
        }
        return new Generation(str(item, "workspaceId"), str(item, "id"), str(item, "projectId"), str(item, "prompt"),
                "required".equals(str(item, "approval")) ? Generation.Approval.REQUIRED : Generation.Approval.AUTO,
                GenerationStatus.parse(str(item, "status")).orElse(GenerationStatus.FAILED), str(item, "currentState"),
                str(item, "executionArn"), str(item, "createdBy"), Instant.parse(str(item, "createdAt")),
                Instant.parse(str(item, "updatedAt")), stages, (int) num(item, "revisions"), str(item, "feedback"),
                item.containsKey("result") ? result(item.get("result").m()) : null, str(item, "error"),
                str(item, "cause"), new UsageTotals(num(item, "usageCalls"), num(item, "usageIn"),
                num(item, "usageOut"), num(item, "usageCost")), str(item, "planKey"));
    }

    private static AttributeValue result(Generation.Result r) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("version", n(r.version()));
        m.put("fileCount", n(r.fileCount()));
        m.put("criticalFindings", n(r.criticalFindings()));
        m.put("totalFindings", n(r.totalFindings()));
        m.put("findingRules", AttributeValue.fromL(r.findingRules().stream().map(Attributes::s).toList()));
        m.put("builds", n(r.builds()));
        m.put("fixes", AttributeValue.fromL(r.fixes().stream().map(f -> AttributeValue.fromM(Map.of(
                "kind", s(f.kind()), "signature", s(f.signature()), "source", s(f.source()), "fixer", s(f.fixer()))))
                .toList()));
        if (r.previewPath() != null) {
            m.put("previewPath", s(r.previewPath()));
        }
        return AttributeValue.fromM(m);
    }

    private static Generation.Result result(Map<String, AttributeValue> m) {
        List<String> rules = m.containsKey("findingRules") ? m.get("findingRules").l().stream().map(AttributeValue::s).toList()
                : List.of();
        List<Generation.AppliedFix> fixes = m.containsKey("fixes") ? m.get("fixes").l().stream().map(AttributeValue::m)
                .map(f -> new Generation.AppliedFix(str(f, "kind"), str(f, "signature"), str(f, "source"), str(f, "fixer")))
                .toList() : List.of();
        return new Generation.Result((int) num(m, "version"), (int) num(m, "fileCount"), (int) num(m, "criticalFindings"),
                (int) num(m, "totalFindings"), rules, (int) num(m, "builds"), fixes, str(m, "previewPath"));
    }

    private static Map<String, AttributeValue> key(String workspaceId, String generationId) {
        return Map.of(Keys.PK, s(Keys.workspace(workspaceId)), Keys.SK, s(Keys.generation(generationId)));
    }

    private static Map<String, AttributeValue> with(Map<String, AttributeValue> values, String name, AttributeValue value) {
        Map<String, AttributeValue> out = new HashMap<>(values);
        out.put(name, value);
        return out;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
