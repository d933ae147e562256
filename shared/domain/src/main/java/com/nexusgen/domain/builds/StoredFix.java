package com.nexusgen.domain.builds;

import java.time.Instant;
import java.util.Objects;

/**
 * A fix the memory keeps for a kind of error, with how often replaying it made a build pass and how often not.
 * It holds the error's normalized signature and the transformation, nothing of the project it was learned on,
 * which is why one memory can serve every tenant.
 */
public record StoredFix(String id, ErrorKind kind, String signature, Fix fix, long successes, long failures,
                        Instant createdAt) {
    public StoredFix {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(createdAt, "createdAt");
        if (successes < 0 || failures < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** Laplace-smoothed success rate: an untried fix starts at one half. */
    public double successRate() {
        return (successes + 1.0) / (successes + failures + 2.0);
    }
}
