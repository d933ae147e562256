package com.nexusgen.agents;

import com.nexusgen.ai.Completion;

import java.util.List;

/** What an agent produced, and the model calls it took to produce it (none for offline agents). */
public record AgentResult<T>(T value, List<Completion.Usage> usage) {
    public AgentResult {
        usage = usage == null ? List.of() : List.copyOf(usage);
    }

    public static <T> AgentResult<T> offline(T value) {
        return new AgentResult<>(value, List.of());
    }
}
