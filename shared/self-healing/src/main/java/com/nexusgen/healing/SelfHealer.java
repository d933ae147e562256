package com.nexusgen.healing;

import com.nexusgen.builds.BuildLimits;
import com.nexusgen.builds.BuildRequest;
import com.nexusgen.builds.BuildResult;
import com.nexusgen.builds.BuildRunner;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The self-healing loop in one process: build, and on failure let the {@link Healer} choose a fix, apply it and
 * build again, until a build passes or the healer escalates. The workflow runs the same turns as separate states;
 * this loop serves {@code scripts/local.sh build}, the fault corpus and the bench.
 */
public final class SelfHealer {
    /** Waits between builds; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration delay) throws InterruptedException;
    }

    private final BuildRunner runner;
    private final Healer healer;
    private final Sleeper sleeper;

    public SelfHealer(BuildRunner runner, Healer healer, Sleeper sleeper) {
        this.runner = runner;
        this.healer = healer;
        this.sleeper = sleeper;
    }

    public HealingReport heal(String buildId, Map<String, String> files, String basePath, BuildLimits limits,
                              Consumer<String> progress) throws InterruptedException {
        HealingState state = HealingState.START;
        Map<String, String> current = Map.copyOf(files);
        String firstFailure = null;
        while (true) {
            state = state.afterBuild();
            BuildResult result = runner.build(new BuildRequest(buildId + "-" + state.builds(), current, basePath, limits));
            if (!result.updatedFiles().isEmpty()) {
                Map<String, String> updated = new HashMap<>(current);
                updated.putAll(result.updatedFiles());
                current = Map.copyOf(updated);
            }
            progress.accept("build " + state.builds() + " " + result.status().wireName() + " in "
                    + result.duration().toMillis() + " ms");
            if (result.succeeded()) {
                healer.afterSuccess(state);
                return new HealingReport(true, state.builds(), state.attempts(), null, List.of(), current, result, firstFailure);
            }
            if (firstFailure == null) {
                firstFailure = result.log();
            }
            Healer.Decision decision = healer.afterFailure(state, result.log(), current);
            if (decision instanceof Healer.Escalate escalate) {
                progress.accept("needs attention: " + escalate.reason());
                return new HealingReport(false, state.builds(), state.attempts(), escalate.reason(), escalate.errors(),
                        current, result, firstFailure);
            }
            Healer.Retry retry = (Healer.Retry) decision;
            progress.accept("fix " + retry.attempt().source().wireName() + " " + retry.attempt().fix().fixer() + ": "
                    + retry.attempt().summary());
            sleeper.sleep(retry.delay());
            state = retry.state();
            current = retry.files();
        }
    }
}
