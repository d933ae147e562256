package com.nexusgen.template;

import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

import java.util.Optional;

/**
 * What it takes to create a template's table on another DynamoDB (DynamoDB Local, LocalStack):
 * the {@code CreateTableRequest}, and the TTL attribute, which DynamoDB only accepts in a separate
 * {@code UpdateTimeToLive} call once the table exists.
 *
 * @param createTableRequest  keys, attribute definitions, indexes, billing mode, streams
 * @param timeToLiveAttribute the TTL attribute when {@code TimeToLiveSpecification.Enabled} is true
 */
public record TableDefinition(CreateTableRequest createTableRequest, Optional<String> timeToLiveAttribute) {

    public String tableName() {
        return createTableRequest.tableName();
    }
}
