package com.nexusgen.dynamodb;

import com.nexusgen.domain.common.Page;
import com.nexusgen.domain.common.PageRequest;
import com.nexusgen.domain.errors.ProblemException;
import com.nexusgen.domain.projects.Project;
import com.nexusgen.domain.projects.ProjectAccess;
import com.nexusgen.domain.projects.ProjectStore;
import com.nexusgen.domain.workspaces.Member;
import software.amazon.awssdk.enhanced.dynamodb.model.ReadBatch;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactDeleteItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactPutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactWriteItemsEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Projects in the single table, with their slug claims kept in the same transactions. */
public final class DynamoDbProjectStore implements ProjectStore {
    private static final Expression NOT_EXISTS = Expression.builder().expression("attribute_not_exists(PK)").build();
    private static final Expression EXISTS = Expression.builder().expression("attribute_exists(PK)").build();

    private final SingleTable table;

    public DynamoDbProjectStore(SingleTable table) {
        this.table = table;
    }

    @Override
    public Page<Project> list(String workspaceId, PageRequest page) {
        String pk = Keys.workspace(workspaceId);
        QueryEnhancedRequest.Builder query = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBeginsWith(Key.builder().partitionValue(pk)
                        .sortValue(Keys.PROJECT_PREFIX).build()))
                .limit(page.limit());
        if (page.cursor() != null) {
            // The cursor names only a project id; the partition is always the caller's own.
            query.exclusiveStartKey(Map.of(Keys.PK, AttributeValue.fromS(pk),
                    Keys.SK, AttributeValue.fromS(Keys.project(decodeCursor(page.cursor())))));
        }
        var result = table.projects.query(query.build()).iterator().next();
        List<Project> items = new ArrayList<>(result.items().size());
        result.items().forEach(item -> items.add(item.toProject()));
        Map<String, AttributeValue> last = result.lastEvaluatedKey();
        String next = null;
        if (last != null && !last.isEmpty() && !items.isEmpty()) {
            next = encodeCursor(items.getLast().id());
        }
        return new Page<>(items, next);
    }

    @Override
    public Optional<Project> find(String workspaceId, String projectId) {
        ProjectItem item = table.projects.getItem(r -> r.key(key(workspaceId, projectId)).consistentRead(true));
        return Optional.ofNullable(item).map(ProjectItem::toProject);
    }

    @Override
    public ProjectAccess findWithMember(String workspaceId, String userId, String projectId) {
        Key memberKey = Key.builder().partitionValue(Keys.workspace(workspaceId)).sortValue(Keys.member(userId)).build();
        if (projectId == null) {
            MemberItem member = table.members.getItem(r -> r.key(memberKey).consistentRead(true));
            return new ProjectAccess(Optional.ofNullable(member).map(MemberItem::toMember), Optional.empty());
        }
        // One BatchGetItem for both: half the requests (and half the latency) of two GetItems. Both keys
        // live in the one table, so each result page is read through both schemas and told apart by SK.
        var pages = table.enhanced().batchGetItem(r -> r.readBatches(
                ReadBatch.builder(MemberItem.class).mappedTableResource(table.members)
                        .addGetItem(g -> g.key(memberKey).consistentRead(true)).build(),
                ReadBatch.builder(ProjectItem.class).mappedTableResource(table.projects)
                        .addGetItem(g -> g.key(key(workspaceId, projectId)).consistentRead(true)).build()));
        Optional<Member> member = Optional.empty();
        Optional<Project> project = Optional.empty();
        for (var page : pages) {
            for (MemberItem item : page.resultsForTable(table.members)) {
                if (item.getSk() != null && item.getSk().startsWith(Keys.MEMBER_PREFIX)) {
                    member = Optional.of(item.toMember());
                }
            }
            for (ProjectItem item : page.resultsForTable(table.projects)) {
                if (item.getSk() != null && item.getSk().startsWith(Keys.PROJECT_PREFIX)) {
                    project = Optional.of(item.toProject());
                }
            }
        }
        return new ProjectAccess(member, project);
    }

    /** The member item exists and its role may write projects. */
    private static final Expression WRITER = Expression.builder()
            .expression("attribute_exists(PK) AND #role IN (:owner, :admin, :member)")
            .putExpressionName("#role", "role")
            .putExpressionValue(":owner", AttributeValue.fromS("owner"))
            .putExpressionValue(":admin", AttributeValue.fromS("admin"))
            .putExpressionValue(":member", AttributeValue.fromS("member"))
            .build();

    @Override
    public Outcome create(Project project) {
        Key writer = Key.builder().partitionValue(Keys.workspace(project.workspaceId()))
                .sortValue(Keys.member(project.createdBy())).build();
        var request = TransactWriteItemsEnhancedRequest.builder()
                .addPutItem(table.projects, TransactPutItemEnhancedRequest.builder(ProjectItem.class)
                        .item(ProjectItem.from(project, null)).conditionExpression(NOT_EXISTS).build())
                .addPutItem(table.slugs, TransactPutItemEnhancedRequest.builder(SlugItem.class)
                        .item(SlugItem.of(project.workspaceId(), project.slug(), project.id()))
                        .conditionExpression(NOT_EXISTS).build())
                .addConditionCheck(table.members, ConditionCheck.builder().key(writer).conditionExpression(WRITER).build())
                .build();
        try {
            table.enhanced().transactWriteItems(request);
            return Outcome.OK;
        } catch (TransactionCanceledException e) {
            // Not being a writer wins: a non-member must not learn which slugs another workspace uses.
            if (SingleTable.conditionFailed(e, 2)) {
                return Outcome.NOT_A_WRITER;
            }
            if (SingleTable.conditionFailed(e, 1)) {
                return Outcome.SLUG_TAKEN;
            }
            throw e;
        }
    }

    @Override
    public Outcome update(Project project, String previousSlug) {
        var request = TransactWriteItemsEnhancedRequest.builder()
                .addPutItem(table.projects, TransactPutItemEnhancedRequest.builder(ProjectItem.class)
                        .item(ProjectItem.from(project, project.version())).conditionExpression(EXISTS).build());
        boolean slugMoves = !project.slug().equals(previousSlug);
        if (slugMoves) {
            request.addPutItem(table.slugs, TransactPutItemEnhancedRequest.builder(SlugItem.class)
                            .item(SlugItem.of(project.workspaceId(), project.slug(), project.id()))
                            .conditionExpression(NOT_EXISTS).build())
                    .addDeleteItem(table.slugs, TransactDeleteItemEnhancedRequest.builder()
                            .key(Key.builder().partitionValue(Keys.workspace(project.workspaceId()))
                                    .sortValue(Keys.slug(previousSlug)).build()).build());
        }
        try {
            table.enhanced().transactWriteItems(request.build());
            return Outcome.OK;
        } catch (TransactionCanceledException e) {
            return switch (SingleTable.failedCondition(e)) {
                case 0 -> find(project.workspaceId(), project.id()).isPresent() ? Outcome.STALE : Outcome.NOT_FOUND;
                case 1 -> Outcome.SLUG_TAKEN;
                default -> throw e;
            };
        }
    }

    @Override
    public Outcome delete(String workspaceId, String projectId, String slug, Long expectedVersion) {
        Expression condition = expectedVersion == null ? EXISTS : Expression.builder()
                .expression("attribute_exists(PK) AND #version = :version")
                .putExpressionName("#version", "version")
                .putExpressionValue(":version", AttributeValue.fromN(Long.toString(expectedVersion)))
                .build();
        var request = TransactWriteItemsEnhancedRequest.builder()
                .addDeleteItem(table.projects, TransactDeleteItemEnhancedRequest.builder()
                        .key(key(workspaceId, projectId)).conditionExpression(condition).build())
                .addDeleteItem(table.slugs, TransactDeleteItemEnhancedRequest.builder()
                        .key(Key.builder().partitionValue(Keys.workspace(workspaceId)).sortValue(Keys.slug(slug)).build())
                        .build())
                .build();
        try {
            table.enhanced().transactWriteItems(request);
            return Outcome.OK;
        } catch (TransactionCanceledException e) {
            if (SingleTable.failedCondition(e) == 0) {
                return find(workspaceId, projectId).isPresent() ? Outcome.STALE : Outcome.NOT_FOUND;
            }
            throw e;
        }
    }

    private static Key key(String workspaceId, String projectId) {
        return Key.builder().partitionValue(Keys.workspace(workspaceId)).sortValue(Keys.project(projectId)).build();
    }

    static String encodeCursor(String projectId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(projectId.getBytes(StandardCharsets.UTF_8));
    }

    static String decodeCursor(String cursor) {
        try {
            String id = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (com.nexusgen.domain.common.Ids.isValid(id)) {
                return id;
            }
        } catch (IllegalArgumentException notBase64) {
            // fall through to the same answer as a well-formed but foreign cursor
        }
        throw ProblemException.invalidField("cursor", "is not a cursor this API returned");
    }
}
