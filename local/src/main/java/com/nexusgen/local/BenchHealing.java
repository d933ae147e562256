package com.nexusgen.local;

import com.nexusgen.ai.offline.MiniLmEmbeddings;
import com.nexusgen.builds.LocalBuildRunner;
import com.nexusgen.faultcorpus.FaultCorpus;
import com.nexusgen.healing.FixMemories;
import com.nexusgen.vectors.VectorIndexBench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Deque;

/**
 * {@code scripts/local.sh bench-healing}: the fault corpus twice on one fresh fix memory (heal rate, builds per
 * heal, the second pass's memory hits), then the k-NN lookup at 100k vectors against exact search.
 */
final class BenchHealing {
    private BenchHealing() {
    }

    static int run(Deque<String> args) throws Exception {
        Path memoryFolder = Files.createTempDirectory("nexusgen-bench-fix-memory-");
        HealingCorpus.Pass first;
        HealingCorpus.Pass second;
        try (FixMemories.Local memory = FixMemories.inFolder(memoryFolder, new MiniLmEmbeddings())) {
            LocalBuildRunner runner = LocalBuildRunner.withDefaults();
            int parallel = Runtime.getRuntime().availableProcessors();
            first = HealingCorpus.run(FaultCorpus.cases(), memory.memory(), runner, parallel, "first", System.out::println);
            System.out.println(HealingCorpus.summary("first pass (empty memory)", first));
            second = HealingCorpus.run(FaultCorpus.cases(), memory.memory(), runner, parallel, "second", System.out::println);
            System.out.println(HealingCorpus.summary("second pass (memory from the first)", second));
        }
        System.out.println();
        System.out.println("| pass | cases | healed | heal rate | builds per heal (median, max) | first fix from memory |");
        System.out.println("|---|---|---|---|---|---|");
        for (var row : java.util.List.of(java.util.Map.entry("first", first), java.util.Map.entry("second", second))) {
            HealingCorpus.Pass pass = row.getValue();
            System.out.printf("| %s | %d | %d | %.1f %% | %.1f, %d | %.1f %% |%n", row.getKey(), pass.outcomes().size(),
                    pass.healed(), 100 * pass.healRate(), pass.medianBuilds(), pass.maxBuilds(), 100 * pass.memoryHitRate());
        }
        System.out.println();
        VectorIndexBench.main(new String[0]);
        boolean met = first.healRate() >= 0.95 && first.medianBuilds() <= 2 && second.memoryHitRate() >= 0.9;
        return met ? 0 : 1;
    }
}
