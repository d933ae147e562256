package com.nexusgen.domain.projects;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A project: the app a workspace is designing and generating (seed fields of FlexOS and NexusGen).
 * {@code version} is the optimistic-locking counter every edit must quote.
 */
public record Project(
        String workspaceId,
        String id,
        String name,
        String slug,
        String description,
        ProjectType type,
        ProjectStatus status,
        String visionStatement,
        String targetFeeling,
        List<String> referenceApps,
        String icon,
        String color,
        Map<String, Object> settings,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Project {
        referenceApps = referenceApps == null ? List.of() : List.copyOf(referenceApps);
        settings = settings == null ? Map.of() : settings;
    }
}
