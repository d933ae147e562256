package com.nexusgen.domain.generations;

import java.time.Instant;
import java.util.Objects;

/** A saved version of a project's app: its number (1, 2, ...), the generation that made it, its manifest. */
public record ProjectVersion(String workspaceId, String projectId, int number, String generationId,
                             String manifestKey, int fileCount, long totalBytes, Instant createdAt) {
    public ProjectVersion {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(manifestKey, "manifestKey");
        if (number < 1) {
            throw new IllegalArgumentException("version numbers start at 1");
        }
    }
}
