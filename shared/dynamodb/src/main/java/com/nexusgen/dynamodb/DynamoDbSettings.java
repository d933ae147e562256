package com.nexusgen.dynamodb;

import java.net.URI;

/**
 * Where the table is. {@code endpoint} is set only on one machine and in tests (DynamoDB Local or
 * LocalStack); in AWS it is null and the SDK's regional endpoint and credential chain apply.
 */
public record DynamoDbSettings(String tableName, URI endpoint, String region) {
    public DynamoDbSettings {
        if (tableName == null || tableName.isBlank()) {
            throw new IllegalArgumentException("the table name is required (NEXUSGEN_TABLE)");
        }
    }
}
