package com.nexusgen.domain.builds;

import java.util.Locale;

/**
 * The top of the build-error taxonomy (seed NexusGen §3.4.1). The retry policy's limits are per category.
 */
public enum ErrorCategory {
    DEPENDENCY, SYNTAX, TYPE, RUNTIME, RESOURCE, CONFIGURATION, NETWORK, UNKNOWN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
