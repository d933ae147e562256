package com.nexusgen.domain.generations;

/**
 * Model usage added up: per generation, per workspace and month. Cost is in millionths of a US dollar,
 * an integer so that sums are exact and DynamoDB can add them atomically.
 */
public record UsageTotals(long calls, long inputTokens, long outputTokens, long costMicros) {
    public static final UsageTotals ZERO = new UsageTotals(0, 0, 0, 0);

    public UsageTotals plus(UsageTotals other) {
        return new UsageTotals(calls + other.calls, inputTokens + other.inputTokens,
                outputTokens + other.outputTokens, costMicros + other.costMicros);
    }
}
