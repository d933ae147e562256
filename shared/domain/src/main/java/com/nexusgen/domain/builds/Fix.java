package com.nexusgen.domain.builds;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A fix as the memory keeps it: a transformation, never someone's file. {@code fixer} names the
 * fixer that makes it and {@code parameters} what it needs beyond the error in front of it (a package's
 * known-good version, an edit template with the error's facts abstracted). Replaying a fix on another project
 * runs the transformation on that project's files, so nothing of the project it was learned on travels.
 */
public record Fix(String fixer, Map<String, String> parameters) {
    public Fix {
        Objects.requireNonNull(fixer, "fixer");
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
    }

    public static Fix of(String fixer) {
        return new Fix(fixer, Map.of());
    }

    public String parameter(String name) {
        return parameters.get(name);
    }
}
