package com.nexusgen.template;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableDefinitionsTest {

    @Test
    void definition_shouldDescribeTheRepositoryTable_whenItIsResolvedForLocalUse() {
        // GIVEN the repository's table resolved for stage "local"
        SamTemplate template = SamTemplate.load(RepositoryRoot.template());
        LocalResolver resolver = LocalResolver.builder(template).parameter("Stage", "local").build();
        TableResource table = template.tables().get(0);

        // WHEN it becomes a CreateTableRequest
        TableDefinition definition = table.definition(resolver);
        CreateTableRequest request = definition.createTableRequest();

        // THEN keys, index, billing mode and TTL follow the template (DESIGN.md §11 rule 5)
        assertEquals("nexusgen-local", request.tableName());
        assertEquals(BillingMode.PAY_PER_REQUEST, request.billingMode());
        assertNull(request.provisionedThroughput());
        assertEquals(List.of("PK", "SK", "GSI1PK", "GSI1SK"),
                request.attributeDefinitions().stream().map(a -> a.attributeName()).toList());
        assertEquals("PK", request.keySchema().get(0).attributeName());
        assertEquals(KeyType.HASH, request.keySchema().get(0).keyType());
        assertEquals(KeyType.RANGE, request.keySchema().get(1).keyType());
        GlobalSecondaryIndex gsi = request.globalSecondaryIndexes().get(0);
        assertEquals("GSI1", gsi.indexName());
        assertEquals(ProjectionType.ALL, gsi.projection().projectionType());
        assertEquals(Optional.of("expiration"), definition.timeToLiveAttribute());
    }

    @Test
    void fromProperties_shouldCarryProvisionedThroughputLsisAndStreams_whenTheTableHasThem() {
        // GIVEN a provisioned table with a local index, an index projecting some attributes, and a stream
        var properties = SamTemplate.parseYaml("""
                AttributeDefinitions:
                  - {AttributeName: id, AttributeType: S}
                  - {AttributeName: at, AttributeType: N}
                  - {AttributeName: owner, AttributeType: S}
                KeySchema: [{AttributeName: id, KeyType: HASH}, {AttributeName: at, KeyType: RANGE}]
                ProvisionedThroughput: {ReadCapacityUnits: 5, WriteCapacityUnits: 2}
                LocalSecondaryIndexes:
                  - IndexName: ByOwner
                    KeySchema: [{AttributeName: id, KeyType: HASH}, {AttributeName: owner, KeyType: RANGE}]
                    Projection: {ProjectionType: INCLUDE, NonKeyAttributes: [title]}
                GlobalSecondaryIndexes:
                  - IndexName: OwnerIndex
                    KeySchema: [{AttributeName: owner, KeyType: HASH}]
                    ProvisionedThroughput: {ReadCapacityUnits: 1, WriteCapacityUnits: 1}
                StreamSpecification: {StreamViewType: NEW_AND_OLD_IMAGES}
                TimeToLiveSpecification: {AttributeName: ttl, Enabled: false}
                """);

        // WHEN it is converted
        TableDefinition definition = TableDefinitions.fromProperties("events", properties);
        CreateTableRequest request = definition.createTableRequest();

        // THEN every part is carried over; a disabled TTL is no TTL; a GSI without Projection keeps only keys
        assertEquals(BillingMode.PROVISIONED, request.billingMode());
        assertEquals(5L, request.provisionedThroughput().readCapacityUnits());
        assertEquals(List.of("title"), request.localSecondaryIndexes().get(0).projection().nonKeyAttributes());
        assertEquals(ProjectionType.INCLUDE, request.localSecondaryIndexes().get(0).projection().projectionType());
        assertEquals(ProjectionType.KEYS_ONLY, request.globalSecondaryIndexes().get(0).projection().projectionType());
        assertEquals(1L, request.globalSecondaryIndexes().get(0).provisionedThroughput().writeCapacityUnits());
        assertEquals(StreamViewType.NEW_AND_OLD_IMAGES, request.streamSpecification().streamViewType());
        assertEquals(Optional.empty(), definition.timeToLiveAttribute());
    }

    @Test
    void fromProperties_shouldFail_whenAnIntrinsicIsLeftIn() {
        // GIVEN unresolved properties
        var properties = SamTemplate.parseYaml("""
                AttributeDefinitions: [{AttributeName: !Ref KeyName, AttributeType: S}]
                KeySchema: [{AttributeName: !Ref KeyName, KeyType: HASH}]
                """);

        // WHEN / THEN
        TemplateException error = assertThrows(TemplateException.class,
                () -> TableDefinitions.fromProperties("t", properties));
        assertTrue(error.getMessage().contains("Unresolved intrinsic Ref at Properties.AttributeDefinitions[0].AttributeName"),
                error.getMessage());
    }
}
