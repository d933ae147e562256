package com.nexusgen.generation;

import com.nexusgen.ai.Completion;
import com.nexusgen.domain.common.Ids;
import com.nexusgen.domain.generations.GenerationStore;
import com.nexusgen.domain.generations.UsageCall;

import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;

/** Model calls into the usage ledger, one item per call, cost in micro-dollars so that sums stay exact. */
final class UsageLedger {
    private UsageLedger() {
    }

    static void record(GenerationStore store, Clock clock, StepRef ref, String agent, List<Completion.Usage> usage) {
        for (Completion.Usage u : usage) {
            long micros = u.costUsd() == null ? 0 : u.costUsd().movePointRight(6).setScale(0, RoundingMode.HALF_UP).longValueExact();
            store.recordUsage(new UsageCall(ref.workspaceId(), ref.projectId(), ref.generationId(), Ids.newId(clock), agent,
                    u.modelId(), u.inputTokens(), u.outputTokens(), micros, clock.instant()));
        }
    }
}
