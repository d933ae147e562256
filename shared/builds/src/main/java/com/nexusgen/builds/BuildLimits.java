package com.nexusgen.builds;

import java.time.Duration;
import java.util.Objects;

/**
 * What one build may use. The runner stops a build at {@code wallTime} (all stages together), keeps at most
 * {@code outputCapBytes} of its log (the beginning and the end, where the errors are), and fails a build whose
 * {@code dist/} is bigger than {@code distCapBytes}: a preview that large is a fault, not an app.
 */
public record BuildLimits(Duration wallTime, int outputCapBytes, long distCapBytes) {
    public static final BuildLimits DEFAULT = new BuildLimits(Duration.ofMinutes(5), 1 << 20, 20L << 20);

    public BuildLimits {
        Objects.requireNonNull(wallTime, "wallTime");
        if (wallTime.isNegative() || wallTime.isZero()) {
            throw new IllegalArgumentException("wallTime must be positive: " + wallTime);
        }
        if (outputCapBytes < 4096) {
            throw new IllegalArgumentException("outputCapBytes must be at least 4096: " + outputCapBytes);
        }
        if (distCapBytes <= 0) {
            throw new IllegalArgumentException("distCapBytes must be positive: " + distCapBytes);
        }
    }

    public BuildLimits withWallTime(Duration wallTime) {
        return new BuildLimits(wallTime, outputCapBytes, distCapBytes);
    }
}
