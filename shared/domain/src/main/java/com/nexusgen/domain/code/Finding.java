package com.nexusgen.domain.code;

import java.util.Objects;

/**
 * One thing the Reviewer found in an app's files. {@code line} is 1-based (0 when the finding is about
 * the whole file); {@code ruleId} is stable, so findings can be counted and compared across rounds.
 */
public record Finding(String ruleId, Severity severity, Category category, String file, int line, String message,
                      String suggestedFix) {

    public enum Severity { CRITICAL, HIGH, MEDIUM, LOW }

    public enum Category { SECURITY, ACCESSIBILITY, PERFORMANCE, QUALITY }

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0");
        }
    }

    public boolean critical() {
        return severity == Severity.CRITICAL;
    }
}
