package com.nexusgen.domain.generations;

import java.util.Locale;
import java.util.Optional;

/** Where a generation stands. The last four are final: nothing moves a generation out of them. */
public enum GenerationStatus {
    QUEUED, RUNNING, AWAITING_APPROVAL, SUCCEEDED, FAILED, CANCELLED, REJECTED;

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
