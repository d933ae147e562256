/**
 * DynamoDB Local embedded in the calling JVM, for {@code local/} and tests only (never in a Lambda jar).
 *
 * <pre>{@code
 * try (EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.start(EmbeddedDynamoDb.Options.persistentIn(dataDir))) {
 *     dynamo.ensureTable(table.createTableRequest(), "expiration");   // idempotent across restarts
 *     URI endpoint = dynamo.endpoint();                               // for other clients' endpoint override
 *     dynamo.client().getItem(...);
 * }
 * }</pre>
 */
package com.nexusgen.dynamodb.local;
