package com.nexusgen.domain.builds;

import java.util.Locale;

/** How a build ended. {@code TIMED_OUT} is the runner's wall-time limit, not a tool's own timeout. */
public enum BuildStatus {
    SUCCEEDED, FAILED, TIMED_OUT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
