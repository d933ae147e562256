package com.nexusgen.template;

import com.fasterxml.jackson.databind.JsonNode;

/** Recognises intrinsic functions in their JSON form. */
final class Intrinsics {

    private Intrinsics() {
    }

    /**
     * A single-key object whose key is {@code Ref} or {@code Fn::*}. ({@code {"Condition": "X"}} is only an
     * intrinsic inside {@code Conditions}; elsewhere, e.g. in an IAM statement, {@code Condition} is data.)
     */
    static boolean isIntrinsic(JsonNode node) {
        if (!node.isObject() || node.size() != 1) {
            return false;
        }
        String key = node.fieldNames().next();
        return "Ref".equals(key) || key.startsWith("Fn::");
    }
}
