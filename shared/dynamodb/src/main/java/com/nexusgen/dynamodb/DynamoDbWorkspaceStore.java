package com.nexusgen.dynamodb;

import com.nexusgen.domain.workspaces.Member;
import com.nexusgen.domain.workspaces.Role;
import com.nexusgen.domain.workspaces.Workspace;
import com.nexusgen.domain.workspaces.WorkspaceStore;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactDeleteItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactPutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactWriteItemsEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Workspaces and memberships. Owner changes go through a read-modify-write of the workspace's
 * versioned {@code ownerCount} in the same transaction as the membership, retried on contention.
 */
public final class DynamoDbWorkspaceStore implements WorkspaceStore {
    private static final Expression NOT_EXISTS = Expression.builder().expression("attribute_not_exists(PK)").build();
    private static final int CONTENTION_RETRIES = 8;

    private final SingleTable table;

    public DynamoDbWorkspaceStore(SingleTable table) {
        this.table = table;
    }

    @Override
    public Optional<Workspace> findWorkspace(String workspaceId) {
        return Optional.ofNullable(workspaceItem(workspaceId)).map(WorkspaceItem::toWorkspace);
    }

    @Override
    public Optional<Member> findMember(String workspaceId, String userId) {
        MemberItem item = table.members.getItem(r -> r.key(memberKey(workspaceId, userId)).consistentRead(true));
        return Optional.ofNullable(item).map(MemberItem::toMember);
    }

    @Override
    public List<Member> listMembers(String workspaceId) {
        List<Member> out = new ArrayList<>();
        table.members.query(r -> r.queryConditional(QueryConditional.sortBeginsWith(Key.builder()
                        .partitionValue(Keys.workspace(workspaceId)).sortValue(Keys.MEMBER_PREFIX).build()))
                        .consistentRead(true))
                .items().forEach(item -> out.add(item.toMember()));
        return out;
    }

    @Override
    public boolean createWorkspace(Workspace workspace, Member owner) {
        var request = TransactWriteItemsEnhancedRequest.builder()
                .addPutItem(table.workspaces, TransactPutItemEnhancedRequest.builder(WorkspaceItem.class)
                        .item(WorkspaceItem.from(workspace, 1, null)).conditionExpression(NOT_EXISTS).build())
                .addPutItem(table.members, TransactPutItemEnhancedRequest.builder(MemberItem.class)
                        .item(MemberItem.from(owner)).conditionExpression(NOT_EXISTS).build())
                .build();
        try {
            table.enhanced().transactWriteItems(request);
            return true;
        } catch (TransactionCanceledException e) {
            if (SingleTable.failedCondition(e) >= 0) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean addMember(Member member) {
        if (member.role() != Role.OWNER) {
            try {
                table.members.putItem(PutItemEnhancedRequest.builder(MemberItem.class)
                        .item(MemberItem.from(member)).conditionExpression(NOT_EXISTS).build());
                return true;
            } catch (ConditionalCheckFailedException exists) {
                return false;
            }
        }
        for (int attempt = 0; attempt < CONTENTION_RETRIES; attempt++) {
            WorkspaceItem workspace = workspaceItem(member.workspaceId());
            if (workspace == null) {
                return false;
            }
            workspace.setOwnerCount(workspace.getOwnerCount() + 1);
            var request = TransactWriteItemsEnhancedRequest.builder()
                    .addPutItem(table.members, TransactPutItemEnhancedRequest.builder(MemberItem.class)
                            .item(MemberItem.from(member)).conditionExpression(NOT_EXISTS).build())
                    .addPutItem(table.workspaces, workspace)
                    .build();
            try {
                table.enhanced().transactWriteItems(request);
                return true;
            } catch (TransactionCanceledException e) {
                if (SingleTable.failedCondition(e) == 0) {
                    return false;
                }
                // the workspace moved under us (another owner change): read it again
            }
        }
        throw new IllegalStateException("workspace " + member.workspaceId() + " is too contended to add an owner");
    }

    @Override
    public Removal removeMember(String workspaceId, String userId) {
        for (int attempt = 0; attempt < CONTENTION_RETRIES; attempt++) {
            Optional<Member> member = findMember(workspaceId, userId);
            if (member.isEmpty()) {
                return Removal.NOT_FOUND;
            }
            Expression sameVersion = Expression.builder()
                    .expression("#version = :version")
                    .putExpressionName("#version", "version")
                    .putExpressionValue(":version", AttributeValue.fromN(Long.toString(member.get().version())))
                    .build();
            var delete = TransactDeleteItemEnhancedRequest.builder()
                    .key(memberKey(workspaceId, userId)).conditionExpression(sameVersion).build();
            var request = TransactWriteItemsEnhancedRequest.builder().addDeleteItem(table.members, delete);
            if (member.get().role() == Role.OWNER) {
                WorkspaceItem workspace = workspaceItem(workspaceId);
                if (workspace == null || workspace.getOwnerCount() <= 1) {
                    return Removal.LAST_OWNER;
                }
                workspace.setOwnerCount(workspace.getOwnerCount() - 1);
                request.addPutItem(table.workspaces, workspace);
            }
            try {
                table.enhanced().transactWriteItems(request.build());
                return Removal.REMOVED;
            } catch (TransactionCanceledException e) {
                // the membership or the owner count changed: decide again from fresh reads
            }
        }
        throw new IllegalStateException("workspace " + workspaceId + " is too contended to remove a member");
    }

    private WorkspaceItem workspaceItem(String workspaceId) {
        return table.workspaces.getItem(r -> r.key(Key.builder().partitionValue(Keys.workspace(workspaceId))
                .sortValue(Keys.WORKSPACE_SK).build()).consistentRead(true));
    }

    private static Key memberKey(String workspaceId, String userId) {
        return Key.builder().partitionValue(Keys.workspace(workspaceId)).sortValue(Keys.member(userId)).build();
    }
}
