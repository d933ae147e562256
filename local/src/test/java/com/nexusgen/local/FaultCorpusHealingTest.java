package com.nexusgen.local;

import com.nexusgen.ai.offline.MiniLmEmbeddings;
import com.nexusgen.builderrors.BuildLogParser;
import com.nexusgen.builds.CachingBuildRunner;
import com.nexusgen.builds.LocalBuildRunner;
import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.faultcorpus.FaultCase;
import com.nexusgen.faultcorpus.FaultCorpus;
import com.nexusgen.healing.FixMemories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The targets on the whole fault corpus: every case is a generated app with one real fault, built for real
 * and healed by the loop the workflow runs (offline: fix memory and deterministic fixers).
 * <ul>
 *   <li>First pass, empty memory: each case's first build fails with the error its case recorded, the parser
 *       classifies it as the case's kind, and the loop heals it (≥ 95 %, median ≤ 2 builds).</li>
 *   <li>Second pass on what the first one learnt: ≥ 90 % of the cases' first fixes come from the memory. Its
 *       builds are the first pass's inputs again, served by the content-addressed build cache (the corpus's builds
 *       are deterministic): the pass measures the memory, and a second hour of npm would measure nothing new.
 *       {@code scripts/local.sh bench-healing} runs both passes on real builds.</li>
 * </ul>
 */
class FaultCorpusHealingTest {
    @TempDir
    Path memoryFolder;

    @Test
    void theCorpusHeals_inAtMostTwoBuildsMostly_andTheSecondPassHealsFromMemory() throws Exception {
        List<FaultCase> cases = FaultCorpus.cases();
        assertTrue(cases.size() >= 40, "the corpus has at least 40 cases: " + cases.size());
        HealingCorpus.Pass first;
        HealingCorpus.Pass second;
        CachingBuildRunner runner = new CachingBuildRunner(LocalBuildRunner.withDefaults());
        try (FixMemories.Local memory = FixMemories.inFolder(memoryFolder, new MiniLmEmbeddings())) {
            first = HealingCorpus.run(cases, memory.memory(), runner, 2, "first", System.out::println);
            System.out.println(HealingCorpus.summary("first pass", first));
            int built = runner.size();
            second = HealingCorpus.run(cases, memory.memory(), runner, 2, "second", System.out::println);
            System.out.println(HealingCorpus.summary("second pass", second));
            assertEquals(built, runner.size(), "the second pass built nothing the first had not");
        }
        // every fault broke its build the way its case recorded, and was classified as its kind
        List<String> wrong = new ArrayList<>();
        for (HealingCorpus.CaseOutcome outcome : first.outcomes()) {
            FaultCase fault = outcome.fault();
            String log = outcome.report().firstFailureLog();
            if (log == null) {
                wrong.add(fault.id() + ": its first build passed");
                continue;
            }
            Stream.of(fault.expect().code(), fault.expect().file(), fault.expect().message())
                    .filter(expected -> expected != null && !log.contains(expected))
                    .forEach(expected -> wrong.add(fault.id() + ": the output does not contain \"" + expected + "\""));
            List<BuildError> errors = BuildLogParser.parse(log);
            if (errors.isEmpty() || errors.getFirst().kind() != fault.kind()) {
                wrong.add(fault.id() + ": classified " + (errors.isEmpty() ? "as nothing" : errors.getFirst().kind().wireName()));
            }
        }
        assertEquals(List.of(), wrong);
        String unhealed = first.unhealed().stream().map(HealingCorpus::describe).collect(Collectors.joining("\n"));
        assertTrue(first.healRate() >= 0.95, "heal rate " + first.healRate() + "; not healed:\n" + unhealed);
        assertTrue(first.medianBuilds() <= 2, "median builds per heal " + first.medianBuilds());
        assertTrue(second.memoryHitRate() >= 0.9, "second-pass memory hits " + second.memoryHitRate());
        assertEquals(first.healed(), second.healed(), "what healed once heals again");
    }
}
