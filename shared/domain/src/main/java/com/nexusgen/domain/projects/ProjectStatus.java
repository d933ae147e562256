package com.nexusgen.domain.projects;

import java.util.Locale;
import java.util.Optional;

/** Lifecycle of a project (seed NexusGen {@code ProjectStatus}). */
public enum ProjectStatus {
    DRAFT, GENERATING, BUILDING, READY, DEPLOYED, FAILED, ARCHIVED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ProjectStatus> parse(String value) {
        for (ProjectStatus status : values()) {
            if (status.wireName().equals(value)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    public static String allowed() {
        return "draft, generating, building, ready, deployed, failed, archived";
    }
}
