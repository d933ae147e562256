package com.nexusgen.healing;

import java.util.Locale;

/** Where a fix came from: the fix memory, a deterministic rule, or the Fixer agent. */
public enum Source {
    MEMORY, RULE, AGENT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Source parse(String wireName) {
        return valueOf(wireName.toUpperCase(Locale.ROOT));
    }
}
