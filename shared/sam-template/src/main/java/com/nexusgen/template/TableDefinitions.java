package com.nexusgen.template;

import com.fasterxml.jackson.databind.JsonNode;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the {@code Properties} of an {@code AWS::DynamoDB::Table} into an SDK v2 {@link CreateTableRequest}.
 *
 * <p>Only what shapes the data is carried over: keys, attribute definitions, indexes, billing mode and
 * streams. Encryption, point-in-time recovery, deletion protection, table class and tags have no effect
 * on a local table and are left out (some are separate API calls in DynamoDB anyway).
 */
public final class TableDefinitions {

    private TableDefinitions() {
    }

    /**
     * @param tableName  the name to create the table under (the resource's physical name)
     * @param properties the table's properties with every intrinsic already evaluated
     * @throws TemplateException when a required property is missing or an intrinsic is left in
     */
    public static TableDefinition fromProperties(String tableName, JsonNode properties) {
        rejectIntrinsics(properties, "Properties");
        boolean onDemand = "PAY_PER_REQUEST".equals(properties.path("BillingMode").asText("PROVISIONED"));

        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(tableName)
                .attributeDefinitions(attributeDefinitions(required(properties, "AttributeDefinitions")))
                .keySchema(keySchema(required(properties, "KeySchema"), "KeySchema"))
                .billingMode(onDemand ? BillingMode.PAY_PER_REQUEST : BillingMode.PROVISIONED);
        if (!onDemand) {
            request.provisionedThroughput(throughput(required(properties, "ProvisionedThroughput")));
        }

        List<GlobalSecondaryIndex> globalIndexes = new ArrayList<>();
        for (JsonNode index : properties.path("GlobalSecondaryIndexes")) {
            String name = index.path("IndexName").asText();
            GlobalSecondaryIndex.Builder gsi = GlobalSecondaryIndex.builder()
                    .indexName(name)
                    .keySchema(keySchema(required(index, "KeySchema"), name + ".KeySchema"))
                    .projection(projection(index.path("Projection")));
            if (!onDemand) {
                gsi.provisionedThroughput(throughput(required(index, "ProvisionedThroughput")));
            }
            globalIndexes.add(gsi.build());
        }
        if (!globalIndexes.isEmpty()) {
            request.globalSecondaryIndexes(globalIndexes);
        }

        List<LocalSecondaryIndex> localIndexes = new ArrayList<>();
        for (JsonNode index : properties.path("LocalSecondaryIndexes")) {
            String name = index.path("IndexName").asText();
            localIndexes.add(LocalSecondaryIndex.builder()
                    .indexName(name)
                    .keySchema(keySchema(required(index, "KeySchema"), name + ".KeySchema"))
                    .projection(projection(index.path("Projection")))
                    .build());
        }
        if (!localIndexes.isEmpty()) {
            request.localSecondaryIndexes(localIndexes);
        }

        JsonNode stream = properties.path("StreamSpecification").path("StreamViewType");
        if (!stream.isMissingNode()) {
            request.streamSpecification(StreamSpecification.builder()
                    .streamEnabled(true).streamViewType(stream.asText()).build());
        }

        return new TableDefinition(request.build(), timeToLiveAttribute(properties));
    }

    /** The TTL attribute when {@code TimeToLiveSpecification} is present and enabled. */
    public static Optional<String> timeToLiveAttribute(JsonNode properties) {
        JsonNode ttl = properties.path("TimeToLiveSpecification");
        if (ttl.isMissingNode() || !ttl.path("Enabled").asBoolean(false)) {
            return Optional.empty();
        }
        return Optional.of(required(ttl, "AttributeName").asText());
    }

    private static List<AttributeDefinition> attributeDefinitions(JsonNode definitions) {
        List<AttributeDefinition> result = new ArrayList<>();
        for (JsonNode definition : definitions) {
            result.add(AttributeDefinition.builder()
                    .attributeName(required(definition, "AttributeName").asText())
                    .attributeType(required(definition, "AttributeType").asText())
                    .build());
        }
        return result;
    }

    private static List<KeySchemaElement> keySchema(JsonNode keys, String where) {
        if (!keys.isArray() || keys.isEmpty()) {
            throw new TemplateException(where + " must be a non-empty list");
        }
        List<KeySchemaElement> result = new ArrayList<>();
        for (JsonNode key : keys) {
            result.add(KeySchemaElement.builder()
                    .attributeName(required(key, "AttributeName").asText())
                    .keyType(required(key, "KeyType").asText())
                    .build());
        }
        return result;
    }

    private static Projection projection(JsonNode projection) {
        // CloudFormation's default projection is KEYS_ONLY
        Projection.Builder result = Projection.builder()
                .projectionType(projection.path("ProjectionType").asText("KEYS_ONLY"));
        JsonNode nonKey = projection.path("NonKeyAttributes");
        if (nonKey.isArray() && !nonKey.isEmpty()) {
            List<String> names = new ArrayList<>();
            nonKey.forEach(name -> names.add(name.asText()));
            result.nonKeyAttributes(names);
        }
        return result.build();
    }

    private static ProvisionedThroughput throughput(JsonNode throughput) {
        return ProvisionedThroughput.builder()
                .readCapacityUnits(required(throughput, "ReadCapacityUnits").asLong())
                .writeCapacityUnits(required(throughput, "WriteCapacityUnits").asLong())
                .build();
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            throw new TemplateException("DynamoDB table property " + field + " is missing");
        }
        return value;
    }

    /** An unresolved intrinsic would end up as a literal attribute name; fail loudly instead. */
    private static void rejectIntrinsics(JsonNode node, String location) {
        if (Intrinsics.isIntrinsic(node)) {
            throw new TemplateException("Unresolved intrinsic " + node.fieldNames().next() + " at " + location
                    + ": resolve the table properties with LocalResolver first");
        }
        if (node.isObject()) {
            node.properties().forEach(field -> rejectIntrinsics(field.getValue(), location + "." + field.getKey()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                rejectIntrinsics(node.get(i), location + "[" + i + "]");
            }
        }
    }
}
