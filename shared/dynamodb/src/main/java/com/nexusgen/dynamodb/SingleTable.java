package com.nexusgen.dynamodb;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.extensions.VersionedRecordExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.util.List;

/** The one table, seen through each item type's schema. Built once per process. */
public final class SingleTable {
    private final DynamoDbEnhancedClient enhanced;
    private final DynamoDbClient client;
    private final String tableName;
    final DynamoDbTable<WorkspaceItem> workspaces;
    final DynamoDbTable<MemberItem> members;
    final DynamoDbTable<ProjectItem> projects;
    final DynamoDbTable<SlugItem> slugs;

    public SingleTable(DynamoDbClient client, String tableName) {
        this.client = client;
        this.tableName = tableName;
        this.enhanced = DynamoDbEnhancedClient.builder()
                .dynamoDbClient(client)
                .extensions(VersionedRecordExtension.builder().build())
                .build();
        this.workspaces = enhanced.table(tableName, WorkspaceItem.SCHEMA);
        this.members = enhanced.table(tableName, MemberItem.SCHEMA);
        this.projects = enhanced.table(tableName, ProjectItem.SCHEMA);
        this.slugs = enhanced.table(tableName, SlugItem.SCHEMA);
    }

    /**
     * The low-level client, for the writes the enhanced client cannot express: partial conditional
     * updates from several writers and atomic counters (generations, usage).
     */
    DynamoDbClient client() {
        return client;
    }

    String tableName() {
        return tableName;
    }

    DynamoDbEnhancedClient enhanced() {
        return enhanced;
    }

    /** True when the condition of transaction item {@code index} failed. */
    static boolean conditionFailed(TransactionCanceledException e, int index) {
        List<CancellationReason> reasons = e.cancellationReasons();
        return index < reasons.size() && "ConditionalCheckFailed".equals(reasons.get(index).code());
    }

    /** Index of the first transaction item whose condition failed, or -1 (e.g. a conflict between transactions). */
    static int failedCondition(TransactionCanceledException e) {
        List<CancellationReason> reasons = e.cancellationReasons();
        for (int i = 0; i < reasons.size(); i++) {
            if ("ConditionalCheckFailed".equals(reasons.get(i).code())) {
                return i;
            }
        }
        return -1;
    }
}
