package com.nexusgen.ai;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;

/**
 * The answer: text, or the structured output (already schema-valid), why the model stopped, and
 * what it cost across every call it took (re-asks included).
 */
public record Completion(String text, JsonNode output, String stopReason, Usage usage) {

    /** Tokens and cost; {@code calls} counts the model calls this completion needed. */
    public record Usage(String modelId, long inputTokens, long outputTokens, BigDecimal costUsd, int calls) {
        Usage plus(long in, long out, BigDecimal cost) {
            return new Usage(modelId, inputTokens + in, outputTokens + out, costUsd.add(cost), calls + 1);
        }
    }

    public boolean truncated() {
        return "max_tokens".equals(stopReason);
    }
}
