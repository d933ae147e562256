package com.nexusgen.healing;

import com.nexusgen.domain.builds.ErrorCategory;

import java.util.ArrayList;
import java.util.List;

/**
 * What one healing run has done so far: how many builds ran and the fixes applied between them. It is all the
 * loop needs to decide the next step, so it travels in the workflow's state between stateless task invocations.
 */
public record HealingState(int builds, List<Attempt> attempts) {
    public static final HealingState START = new HealingState(0, List.of());

    public HealingState {
        if (builds < 0) {
            throw new IllegalArgumentException("builds must not be negative");
        }
        attempts = List.copyOf(attempts);
    }

    public HealingState afterBuild() {
        return new HealingState(builds + 1, attempts);
    }

    public HealingState with(Attempt attempt) {
        List<Attempt> next = new ArrayList<>(attempts);
        next.add(attempt);
        return new HealingState(builds, next);
    }

    public long attemptsFor(ErrorCategory category) {
        return attempts.stream().filter(a -> a.kind().category() == category).count();
    }

    /** The fix applied before the latest build, if any. */
    public java.util.Optional<Attempt> lastAttempt() {
        return attempts.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(attempts.getLast());
    }
}
