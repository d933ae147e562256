package com.nexusgen.domain.generations;

import java.time.Instant;
import java.util.Objects;

/**
 * One agent's model call, as the ledger records it. {@code callId} makes recording idempotent: a
 * retried task that records the same call again changes nothing.
 */
public record UsageCall(String workspaceId, String projectId, String generationId, String callId, String agent,
                        String modelId, long inputTokens, long outputTokens, long costMicros, Instant at) {
    public UsageCall {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(generationId, "generationId");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(at, "at");
    }

    public UsageTotals totals() {
        return new UsageTotals(1, inputTokens, outputTokens, costMicros);
    }
}
