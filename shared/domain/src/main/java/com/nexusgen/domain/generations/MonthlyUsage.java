package com.nexusgen.domain.generations;

import java.util.Map;

/** A workspace's model usage in one calendar month (UTC), in total and per agent. */
public record MonthlyUsage(String workspaceId, String month, UsageTotals total, Map<String, UsageTotals> byAgent) {
    public MonthlyUsage {
        byAgent = byAgent == null ? Map.of() : Map.copyOf(byAgent);
    }
}
