package com.nexusgen.healing;

import com.nexusgen.builds.BuildResult;
import com.nexusgen.domain.builds.BuildError;

import java.util.List;
import java.util.Map;

/**
 * How a healing run ended.
 *
 * @param healed    the last build passed
 * @param builds    builds run, the first one included
 * @param attempts  the fixes applied, in order
 * @param reason    why the loop stopped without a passing build; null when healed
 * @param errors    the last failed build's classified errors; empty when healed
 * @param files     the app as last built (the fixes applied)
 * @param lastBuild the last build's result (its dist is the preview when healed)
 * @param firstFailureLog the first build's log when it failed (what the loop started from), null when it passed
 */
public record HealingReport(boolean healed, int builds, List<Attempt> attempts, String reason, List<BuildError> errors,
                            Map<String, String> files, BuildResult lastBuild, String firstFailureLog) {
    public HealingReport {
        attempts = List.copyOf(attempts);
        errors = List.copyOf(errors);
        files = Map.copyOf(files);
    }

    /** {@code succeeded}, or {@code needs_attention}: a person has to look, and nothing more is spent until then. */
    public String status() {
        return healed ? "succeeded" : "needs_attention";
    }
}
