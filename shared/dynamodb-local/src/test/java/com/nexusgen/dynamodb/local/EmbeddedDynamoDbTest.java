package com.nexusgen.dynamodb.local;

import com.nexusgen.template.LocalResolver;
import com.nexusgen.template.RepositoryRoot;
import com.nexusgen.template.SamTemplate;
import com.nexusgen.template.TableDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedDynamoDbTest {

    private static TableDefinition table;

    @BeforeAll
    static void readTheTemplatesTable() {
        SamTemplate template = SamTemplate.load(RepositoryRoot.template());
        LocalResolver resolver = LocalResolver.builder(template).parameter("Stage", "local").build();
        table = template.tables().get(0).definition(resolver);
    }

    @Test
    void start_shouldServeTheTemplatesTable_whenStartedInMemory() {
        // GIVEN DynamoDB Local in memory
        try (EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.start(EmbeddedDynamoDb.Options.inMemory())) {
            System.out.printf("DynamoDB Local in memory started in %d ms%n", dynamo.startupTime().toMillis());

            // WHEN the template's table is ensured (twice: it must be idempotent) and an item is written
            dynamo.ensureTable(table.createTableRequest(), table.timeToLiveAttribute().orElseThrow());
            TableDescription description =
                    dynamo.ensureTable(table.createTableRequest(), table.timeToLiveAttribute().orElseThrow());
            DynamoDbClient client = dynamo.client();
            client.putItem(r -> r.tableName(table.tableName()).item(item("WS#1", "PROJECT#1", "first")));

            // THEN the item reads back, the index and TTL are there
            Map<String, AttributeValue> read = client.getItem(r -> r.tableName(table.tableName())
                    .key(key("WS#1", "PROJECT#1")).consistentRead(true)).item();
            assertEquals("first", read.get("name").s());
            assertEquals("nexusgen-local", description.tableName());
            assertEquals("GSI1", description.globalSecondaryIndexes().get(0).indexName());
            assertEquals(TimeToLiveStatus.ENABLED, client.describeTimeToLive(r -> r.tableName(table.tableName()))
                    .timeToLiveDescription().timeToLiveStatus());
            assertEquals("expiration", client.describeTimeToLive(r -> r.tableName(table.tableName()))
                    .timeToLiveDescription().attributeName());
            assertTrue(dynamo.endpoint().toString().startsWith("http://localhost:"));
        }
    }

    @Test
    void start_shouldKeepTheData_whenRestartedOnTheSameFolder(@TempDir Path folder) {
        // GIVEN a server with its data in a folder, holding one item
        try (EmbeddedDynamoDb first = EmbeddedDynamoDb.start(EmbeddedDynamoDb.Options.persistentIn(folder))) {
            System.out.printf("DynamoDB Local on a folder started in %d ms%n", first.startupTime().toMillis());
            first.ensureTable(table.createTableRequest(), table.timeToLiveAttribute().orElseThrow());
            first.client().putItem(r -> r.tableName(table.tableName()).item(item("WS#2", "PROJECT#9", "kept")));
        }

        // WHEN a new server starts on the same folder and ensures the table again
        try (EmbeddedDynamoDb second = EmbeddedDynamoDb.start(EmbeddedDynamoDb.Options.persistentIn(folder))) {
            second.ensureTable(table.createTableRequest(), table.timeToLiveAttribute().orElseThrow());

            // THEN the item is still there
            Map<String, AttributeValue> read = second.client().getItem(r -> r.tableName(table.tableName())
                    .key(key("WS#2", "PROJECT#9")).consistentRead(true)).item();
            assertEquals("kept", read.get("name").s());
            assertTrue(Files.exists(folder.resolve("shared-local-instance.db")));
        }
    }

    @Test
    void ensureTable_shouldAddTheIndex_whenAnExistingTableLacksIt() {
        // GIVEN the table as it was before GSI1 was added to the template
        CreateTableRequest withIndex = table.createTableRequest();
        CreateTableRequest withoutIndex = withIndex.toBuilder()
                .globalSecondaryIndexes((Collection<GlobalSecondaryIndex>) null)
                .attributeDefinitions(withIndex.attributeDefinitions().subList(0, 2))
                .build();
        try (EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.start(EmbeddedDynamoDb.Options.inMemory().withPort(0))) {
            dynamo.ensureTable(withoutIndex);

            // WHEN the current definition is ensured
            TableDescription description = dynamo.ensureTable(withIndex);

            // THEN the index exists and is active
            assertEquals(List.of("GSI1"), description.globalSecondaryIndexes().stream()
                    .map(GlobalSecondaryIndexDescription::indexName).toList());
        }
    }

    @Test
    void close_shouldEndTheServersThreads_whenTheServerStops() {
        // GIVEN a server that has created a table (which starts DynamoDB Local's background jobs)
        EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.start(EmbeddedDynamoDb.Options.inMemory());
        dynamo.ensureTable(table.createTableRequest());

        // WHEN it is closed
        dynamo.close();

        // THEN no thread is left running DynamoDB Local code (it would keep the JVM of a local run alive); a busy
        // machine may need a moment for a stopped pool's last task to return
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        List<String> leftOver;
        do {
            leftOver = Thread.getAllStackTraces().entrySet().stream()
                    .filter(entry -> entry.getKey().isAlive() && Arrays.stream(entry.getValue())
                            .anyMatch(frame -> frame.getClassName().startsWith("com.amazonaws.services.dynamodbv2.local")))
                    .map(entry -> entry.getKey().getName())
                    .toList();
        } while (!leftOver.isEmpty() && System.nanoTime() < deadline && pause());
        assertEquals(List.of(), leftOver);
    }

    private static boolean pause() {
        try {
            Thread.sleep(50);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk));
    }

    private static Map<String, AttributeValue> item(String pk, String sk, String name) {
        return Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk),
                "GSI1PK", AttributeValue.fromS("NAME#" + name), "GSI1SK", AttributeValue.fromS(sk),
                "name", AttributeValue.fromS(name));
    }
}
