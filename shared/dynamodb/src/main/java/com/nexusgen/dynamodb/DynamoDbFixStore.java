package com.nexusgen.dynamodb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexusgen.domain.builds.ErrorKind;
import com.nexusgen.domain.builds.Fix;
import com.nexusgen.domain.builds.FixStore;
import com.nexusgen.domain.builds.StoredFix;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static com.nexusgen.dynamodb.Attributes.n;
import static com.nexusgen.dynamodb.Attributes.num;
import static com.nexusgen.dynamodb.Attributes.s;
import static com.nexusgen.dynamodb.Attributes.str;

/**
 * The fix memory's entries in the single table, one partition per fix so that counting outcomes never makes a hot
 * key. These are the only items not under a workspace: the memory is shared by design, and an entry holds a
 * normalized error signature and a transformation, nothing a tenant wrote. Counts change by atomic {@code ADD}, so
 * concurrent builds never lose one.
 */
public final class DynamoDbFixStore implements FixStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> PARAMETERS = new TypeReference<>() {
    };
    private static final String SK = "FIX";

    private final SingleTable table;

    public DynamoDbFixStore(SingleTable table) {
        this.table = table;
    }

    @Override
    public Optional<StoredFix> get(String id) {
        Map<String, AttributeValue> item = table.client().getItem(GetItemRequest.builder()
                .tableName(table.tableName()).key(key(id)).consistentRead(true).build()).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StoredFix(id, ErrorKind.parse(str(item, "kind")).orElse(ErrorKind.UNKNOWN),
                str(item, "signature"), new Fix(str(item, "fixer"), parameters(str(item, "parameters"))),
                num(item, "successes"), num(item, "failures"), Instant.parse(str(item, "createdAt"))));
    }

    @Override
    public boolean putIfAbsent(StoredFix fix) {
        Map<String, AttributeValue> item = new HashMap<>(key(fix.id()));
        item.put("kind", s(fix.kind().wireName()));
        item.put("signature", s(fix.signature()));
        item.put("fixer", s(fix.fix().fixer()));
        item.put("parameters", s(json(fix.fix().parameters())));
        item.put("successes", n(fix.successes()));
        item.put("failures", n(fix.failures()));
        item.put("createdAt", s(fix.createdAt().toString()));
        try {
            table.client().putItem(PutItemRequest.builder().tableName(table.tableName()).item(item)
                    .conditionExpression("attribute_not_exists(PK)").build());
            return true;
        } catch (ConditionalCheckFailedException exists) {
            return false;
        }
    }

    @Override
    public boolean recordOutcome(String id, boolean success) {
        try {
            table.client().updateItem(UpdateItemRequest.builder().tableName(table.tableName()).key(key(id))
                    .updateExpression("ADD #count :one")
                    .conditionExpression("attribute_exists(PK)")
                    .expressionAttributeNames(Map.of("#count", success ? "successes" : "failures"))
                    .expressionAttributeValues(Map.of(":one", n(1)))
                    .build());
            return true;
        } catch (ConditionalCheckFailedException missing) {
            return false;
        }
    }

    private static Map<String, AttributeValue> key(String id) {
        return Map.of(Keys.PK, s(Keys.fix(id)), Keys.SK, s(SK));
    }

    private static String json(Map<String, String> parameters) {
        try {
            return JSON.writeValueAsString(parameters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serializes", e);
        }
    }

    private static Map<String, String> parameters(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, PARAMETERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("fix parameters are not a JSON object of strings: " + json, e);
        }
    }
}
