package com.nexusgen.dynamodb;

import com.nexusgen.domain.builds.FixStore;
import com.nexusgen.domain.builds.FixStoreContract;
import com.nexusgen.dynamodb.local.EmbeddedDynamoDb;
import com.nexusgen.template.LocalResolver;
import com.nexusgen.template.RepositoryRoot;
import com.nexusgen.template.SamTemplate;
import com.nexusgen.template.TableDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The fix memory's store against DynamoDB Local, on the template's table. */
class DynamoDbFixStoreTest extends FixStoreContract {
    private static EmbeddedDynamoDb dynamoDb;
    private static DynamoDbFixStore store;

    @BeforeAll
    static void start() {
        SamTemplate template = SamTemplate.load(RepositoryRoot.template());
        TableDefinition table = template.tables().getFirst()
                .definition(LocalResolver.builder(template).parameter("Stage", "fix-test").build());
        dynamoDb = EmbeddedDynamoDb.start(EmbeddedDynamoDb.Options.inMemory());
        dynamoDb.ensureTable(table.createTableRequest(), table.timeToLiveAttribute().orElseThrow());
        store = new DynamoDbFixStore(new SingleTable(dynamoDb.client(), table.tableName()));
    }

    @AfterAll
    static void stop() {
        dynamoDb.close();
    }

    @Override
    protected FixStore store() {
        return store;
    }
}
