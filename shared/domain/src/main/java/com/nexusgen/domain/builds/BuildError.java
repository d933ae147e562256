package com.nexusgen.domain.builds;

import java.util.Map;
import java.util.Objects;

/**
 * One error a build reported, parsed from the tool's output and classified.
 *
 * @param tool    the tool that reported it: {@code npm}, {@code tsc}, {@code vite}, {@code esbuild}, {@code rollup},
 *                {@code vitest}, {@code node} or {@code runner} (the build runner itself: timeouts, output caps)
 * @param file    the app-relative path with forward slashes, or null when the error names no file
 * @param line    1-based line, 0 when unknown
 * @param column  1-based column, 0 when unknown
 * @param code    the tool's error code ({@code TS2304}, {@code ERESOLVE}, {@code ETARGET}), or null
 * @param message the tool's message, first line first, trimmed
 * @param kind    the taxonomy leaf
 * @param facts   what a fixer needs, named: {@code module} (a package or import specifier), {@code identifier},
 *                {@code property}, {@code type}, {@code expected}, {@code envVar}, {@code version}, {@code path}.
 *                Only the facts the message states.
 */
public record BuildError(String tool, String file, int line, int column, String code, String message,
                         ErrorKind kind, Map<String, String> facts) {
    public BuildError {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(kind, "kind");
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }

    public ErrorCategory category() {
        return kind.category();
    }

    public String fact(String name) {
        return facts.get(name);
    }
}
