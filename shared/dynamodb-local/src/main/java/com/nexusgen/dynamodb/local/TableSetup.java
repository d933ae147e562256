package com.nexusgen.dynamodb.local;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Brings a table to the state a {@code CreateTableRequest} (and a TTL attribute) describe, on any DynamoDB:
 * DynamoDB Local here, but equally LocalStack. Safe to run at every start: a table that exists is kept with
 * its data; a global index the request adds is created; a different key schema is an error (a local table
 * cannot change its keys: delete the data folder).
 */
public final class TableSetup {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(50);

    private final DynamoDbClient client;

    public TableSetup(DynamoDbClient client) {
        this.client = client;
    }

    /** Creates the table if missing and waits until it and its indexes are active. */
    public TableDescription ensureTable(CreateTableRequest request) {
        String table = request.tableName();
        TableDescription existing = describe(table);
        if (existing == null) {
            try {
                client.createTable(request);
            } catch (ResourceInUseException alreadyCreated) {
                // someone else created it between our describe and create: fine, it is the same table
            }
        } else {
            checkKeys(request, existing);
            addMissingIndexes(request, existing);
        }
        return waitUntilActive(table);
    }

    /** As {@link #ensureTable(CreateTableRequest)}, then turns TTL on for {@code timeToLiveAttribute}. */
    public TableDescription ensureTable(CreateTableRequest request, String timeToLiveAttribute) {
        TableDescription table = ensureTable(request);
        enableTimeToLive(request.tableName(), timeToLiveAttribute);
        return table;
    }

    /** Turns TTL on unless it already is on for that attribute (DynamoDB rejects enabling it twice). */
    public void enableTimeToLive(String table, String attribute) {
        TimeToLiveDescription current = client.describeTimeToLive(r -> r.tableName(table)).timeToLiveDescription();
        boolean enabled = current != null && current.timeToLiveStatus() == TimeToLiveStatus.ENABLED;
        if (enabled && attribute.equals(current.attributeName())) {
            return;
        }
        if (enabled) {
            throw new IllegalStateException("Table " + table + " has TTL on " + current.attributeName()
                    + ", not " + attribute + "; DynamoDB allows one TTL attribute");
        }
        client.updateTimeToLive(r -> r.tableName(table)
                .timeToLiveSpecification(s -> s.attributeName(attribute).enabled(true)));
    }

    private TableDescription describe(String table) {
        try {
            return client.describeTable(DescribeTableRequest.builder().tableName(table).build()).table();
        } catch (ResourceNotFoundException missing) {
            return null;
        }
    }

    private static void checkKeys(CreateTableRequest request, TableDescription existing) {
        if (!request.keySchema().equals(existing.keySchema())) {
            throw new IllegalStateException("Table " + request.tableName() + " exists with keys " + existing.keySchema()
                    + " but the definition wants " + request.keySchema()
                    + "; keys cannot change: delete the local data to recreate it");
        }
    }

    private void addMissingIndexes(CreateTableRequest request, TableDescription existing) {
        Set<String> present = existing.globalSecondaryIndexes().stream()
                .map(GlobalSecondaryIndexDescription::indexName).collect(Collectors.toSet());
        for (GlobalSecondaryIndex index : request.globalSecondaryIndexes()) {
            if (present.contains(index.indexName())) {
                continue;
            }
            Set<String> keyNames = index.keySchema().stream().map(k -> k.attributeName()).collect(Collectors.toSet());
            List<AttributeDefinition> definitions = request.attributeDefinitions().stream()
                    .filter(definition -> keyNames.contains(definition.attributeName())).toList();
            client.updateTable(r -> r.tableName(request.tableName())
                    .attributeDefinitions(definitions)
                    .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder()
                            .create(CreateGlobalSecondaryIndexAction.builder()
                                    .indexName(index.indexName())
                                    .keySchema(index.keySchema())
                                    .projection(index.projection())
                                    .provisionedThroughput(index.provisionedThroughput())
                                    .build())
                            .build()));
            waitUntilActive(request.tableName());
        }
    }

    /**
     * Polls briefly instead of using the SDK waiter: DynamoDB Local makes tables active at once, and the
     * waiter's first back-off would add seconds to every start.
     */
    private TableDescription waitUntilActive(String table) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            TableDescription description = describe(table);
            if (description != null && description.tableStatus() == TableStatus.ACTIVE
                    && description.globalSecondaryIndexes().stream()
                    .allMatch(index -> index.indexStatus() == IndexStatus.ACTIVE)) {
                return description;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Table " + table + " not active after " + TIMEOUT.toSeconds() + " s: "
                        + (description == null ? "missing" : description.tableStatusAsString()));
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for table " + table, e);
            }
        }
    }
}
