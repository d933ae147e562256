package com.nexusgen.domain.builds;

import java.util.Optional;

/**
 * A leaf of the build-error taxonomy (seed NexusGen §3.4.1): what went wrong, precisely enough to choose a
 * fixer. Categories without leaves in the seed (configuration, network, unknown) are leaves themselves. The
 * wire name ({@code dependency.missing}, {@code configuration}) is what the API, the fix memory and the
 * fault corpus store.
 */
public enum ErrorKind {
    DEPENDENCY_MISSING(ErrorCategory.DEPENDENCY, "dependency.missing"),
    DEPENDENCY_VERSION(ErrorCategory.DEPENDENCY, "dependency.version"),
    DEPENDENCY_PEER(ErrorCategory.DEPENDENCY, "dependency.peer"),
    DEPENDENCY_NATIVE(ErrorCategory.DEPENDENCY, "dependency.native"),
    SYNTAX_PARSE(ErrorCategory.SYNTAX, "syntax.parse"),
    SYNTAX_TOKEN(ErrorCategory.SYNTAX, "syntax.token"),
    SYNTAX_EOF(ErrorCategory.SYNTAX, "syntax.eof"),
    TYPE_MISMATCH(ErrorCategory.TYPE, "type.mismatch"),
    TYPE_MISSING_PROPERTY(ErrorCategory.TYPE, "type.missing-property"),
    TYPE_NULL(ErrorCategory.TYPE, "type.null"),
    TYPE_GENERIC(ErrorCategory.TYPE, "type.generic"),
    RUNTIME_IMPORT(ErrorCategory.RUNTIME, "runtime.import"),
    RUNTIME_ENV(ErrorCategory.RUNTIME, "runtime.env"),
    RUNTIME_FILE(ErrorCategory.RUNTIME, "runtime.file"),
    RUNTIME_PERMISSION(ErrorCategory.RUNTIME, "runtime.permission"),
    RESOURCE_MEMORY(ErrorCategory.RESOURCE, "resource.memory"),
    RESOURCE_DISK(ErrorCategory.RESOURCE, "resource.disk"),
    RESOURCE_TIMEOUT(ErrorCategory.RESOURCE, "resource.timeout"),
    RESOURCE_CPU(ErrorCategory.RESOURCE, "resource.cpu"),
    CONFIGURATION(ErrorCategory.CONFIGURATION, "configuration"),
    NETWORK(ErrorCategory.NETWORK, "network"),
    UNKNOWN(ErrorCategory.UNKNOWN, "unknown");

    private final ErrorCategory category;
    private final String wireName;

    ErrorKind(ErrorCategory category, String wireName) {
        this.category = category;
        this.wireName = wireName;
    }

    public ErrorCategory category() {
        return category;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ErrorKind> parse(String wireName) {
        for (ErrorKind kind : values()) {
            if (kind.wireName.equals(wireName)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
