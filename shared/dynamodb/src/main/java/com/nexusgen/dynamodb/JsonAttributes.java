package com.nexusgen.dynamodb;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores a free-form JSON object (as parsed into maps, lists, strings, numbers, booleans) as a native
 * DynamoDB map, so it stays queryable and readable in the console instead of an opaque string.
 */
public final class JsonAttributes implements AttributeConverter<Map<String, Object>> {
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final EnhancedType<Map<String, Object>> TYPE =
            (EnhancedType) EnhancedType.mapOf(String.class, Object.class);

    @Override
    public AttributeValue transformFrom(Map<String, Object> input) {
        return toAttribute(input);
    }

    @Override
    public Map<String, Object> transformTo(AttributeValue input) {
        Object value = fromAttribute(input);
        return value instanceof Map<?, ?> ? castMap(value) : Map.of();
    }

    @Override
    public EnhancedType<Map<String, Object>> type() {
        return TYPE;
    }

    @Override
    public AttributeValueType attributeValueType() {
        return AttributeValueType.M;
    }

    static AttributeValue toAttribute(Object value) {
        if (value == null) {
            return AttributeValue.fromNul(true);
        }
        if (value instanceof String s) {
            return AttributeValue.fromS(s);
        }
        if (value instanceof Boolean b) {
            return AttributeValue.fromBool(b);
        }
        if (value instanceof Number n) {
            return AttributeValue.fromN(new BigDecimal(n.toString()).toPlainString());
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, AttributeValue> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), toAttribute(v)));
            return AttributeValue.fromM(out);
        }
        if (value instanceof Iterable<?> list) {
            List<AttributeValue> out = new ArrayList<>();
            list.forEach(item -> out.add(toAttribute(item)));
            return AttributeValue.fromL(out);
        }
        if (value instanceof byte[] bytes) {
            return AttributeValue.fromB(SdkBytes.fromByteArray(bytes));
        }
        return AttributeValue.fromS(value.toString());
    }

    static Object fromAttribute(AttributeValue value) {
        return switch (value.type()) {
            case S -> value.s();
            case N -> number(value.n());
            case BOOL -> value.bool();
            case NUL -> null;
            case M -> {
                Map<String, Object> out = new LinkedHashMap<>();
                value.m().forEach((k, v) -> out.put(k, fromAttribute(v)));
                yield out;
            }
            case L -> {
                List<Object> out = new ArrayList<>();
                value.l().forEach(v -> out.add(fromAttribute(v)));
                yield out;
            }
            case SS -> new ArrayList<>(value.ss());
            case NS -> value.ns().stream().map(JsonAttributes::number).toList();
            case B -> value.b().asByteArray();
            default -> null;
        };
    }

    private static Object number(String n) {
        BigDecimal decimal = new BigDecimal(n);
        if (decimal.scale() <= 0) {
            try {
                return decimal.longValueExact();
            } catch (ArithmeticException tooBig) {
                return decimal;
            }
        }
        return decimal.doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }
}
