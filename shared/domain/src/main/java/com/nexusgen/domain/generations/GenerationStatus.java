package com.nexusgen.domain.generations;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a generation stands. The last five are final: nothing moves a generation out of them.
 * {@code NEEDS_ATTENTION}: the app was written but its build could not be healed within the retry policy; the
 * generation's error and cause say which classified errors remain and what was tried.
 */
public enum GenerationStatus {
    QUEUED, RUNNING, AWAITING_APPROVAL, SUCCEEDED, FAILED, CANCELLED, REJECTED, NEEDS_ATTENTION;

    public boolean isFinal() {
        return ordinal() >= SUCCEEDED.ordinal();
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<GenerationStatus> parse(String value) {
        for (GenerationStatus status : values()) {
            if (status.wireName().equals(value)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
