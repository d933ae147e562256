package com.nexusgen.local;

import com.nexusgen.builds.BuildLimits;
import com.nexusgen.builds.BuildRunner;
import com.nexusgen.faultcorpus.FaultCase;
import com.nexusgen.faultcorpus.FaultCorpus;
import com.nexusgen.healing.Attempt;
import com.nexusgen.healing.FixMemory;
import com.nexusgen.healing.Healer;
import com.nexusgen.healing.HealingReport;
import com.nexusgen.healing.RetryPolicy;
import com.nexusgen.healing.SelfHealer;
import com.nexusgen.healing.Source;
import com.nexusgen.healing.fixers.DeterministicFixers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The fault corpus through the self-healing loop: every case built for real, healed from one shared fix memory,
 * the way the workflow heals (offline: the memory and the deterministic fixers). Run it twice on one memory and the
 * second pass shows what the memory learnt. Used by the corpus test and {@code bench-healing}.
 */
final class HealingCorpus {
    /** How one case went. {@code firstFixFromMemory}: the first fix it needed was a remembered one. */
    record CaseOutcome(FaultCase fault, HealingReport report, Duration elapsed) {
        boolean firstFixFromMemory() {
            return !report.attempts().isEmpty() && report.attempts().getFirst().source() == Source.MEMORY;
        }
    }

    /** One pass over the corpus. */
    record Pass(List<CaseOutcome> outcomes) {
        long healed() {
            return outcomes.stream().filter(o -> o.report().healed()).count();
        }

        double healRate() {
            return outcomes.isEmpty() ? 0 : (double) healed() / outcomes.size();
        }

        /** Builds per healed case, the failing first build included. */
        List<Integer> buildsPerHeal() {
            return outcomes.stream().filter(o -> o.report().healed()).map(o -> o.report().builds()).sorted().toList();
        }

        double medianBuilds() {
            List<Integer> builds = buildsPerHeal();
            if (builds.isEmpty()) {
                return 0;
            }
            int mid = builds.size() / 2;
            return builds.size() % 2 == 1 ? builds.get(mid) : (builds.get(mid - 1) + builds.get(mid)) / 2.0;
        }

        int maxBuilds() {
            return buildsPerHeal().stream().max(Comparator.naturalOrder()).orElse(0);
        }

        /** Of the cases that needed a fix, the share whose first fix came from the memory. */
        double memoryHitRate() {
            List<CaseOutcome> fixed = outcomes.stream().filter(o -> !o.report().attempts().isEmpty()).toList();
            return fixed.isEmpty() ? 0 : (double) fixed.stream().filter(CaseOutcome::firstFixFromMemory).count() / fixed.size();
        }

        List<CaseOutcome> unhealed() {
            return outcomes.stream().filter(o -> !o.report().healed()).toList();
        }
    }

    private HealingCorpus() {
    }

    /** Heals every case, {@code parallel} at a time (the runner still builds at most one per core). */
    static Pass run(List<FaultCase> cases, FixMemory memory, BuildRunner runner, int parallel, String label,
                    Consumer<String> progress) throws Exception {
        // No waiting between builds: the corpus measures fixes, and the policy's delays are tested on their own.
        RetryPolicy policy = RetryPolicy.DEFAULT.withDelays(Duration.ZERO, Duration.ZERO);
        Healer healer = new Healer(memory, DeterministicFixers.all(), null, policy, new Random(7));
        SelfHealer selfHealer = new SelfHealer(runner, healer, delay -> { });
        List<CaseOutcome> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(parallel)) {
            List<Future<CaseOutcome>> futures = new ArrayList<>();
            for (FaultCase fault : cases) {
                futures.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    HealingReport report = selfHealer.heal(label + "-" + fault.id(), FaultCorpus.files(fault), "/",
                            BuildLimits.DEFAULT, line -> { });
                    CaseOutcome outcome = new CaseOutcome(fault, report, Duration.ofNanos(System.nanoTime() - start));
                    progress.accept(describe(outcome));
                    return outcome;
                }));
            }
            for (Future<CaseOutcome> future : futures) {
                outcomes.add(future.get());
            }
        }
        return new Pass(outcomes);
    }

    static String describe(CaseOutcome outcome) {
        StringBuilder line = new StringBuilder(String.format("%-44s %-22s %-8s builds=%d", outcome.fault().id(),
                outcome.fault().kind().wireName(), outcome.report().healed() ? "healed" : "ATTENTION", outcome.report().builds()));
        for (Attempt attempt : outcome.report().attempts()) {
            line.append(' ').append(attempt.source().wireName()).append(':').append(attempt.fix().fixer());
        }
        if (!outcome.report().healed()) {
            line.append(" (").append(outcome.report().reason()).append(')');
        }
        return line.append(String.format(" %.1f s", outcome.elapsed().toMillis() / 1000.0)).toString();
    }

    static String summary(String label, Pass pass) {
        return String.format("%s: %d cases, healed %d (%.1f %%), builds per heal median %.1f max %d, "
                        + "first fix from memory %.1f %%", label, pass.outcomes().size(), pass.healed(),
                100 * pass.healRate(), pass.medianBuilds(), pass.maxBuilds(), 100 * pass.memoryHitRate());
    }
}
