package com.nexusgen.api;

import com.nexusgen.domain.projects.Project;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A project as the API shows it. */
@Serdeable
@Schema(name = "Project", description = "A project: the app a workspace designs and generates")
public record ProjectView(
        @Schema(description = "Project id (26 characters, time-ordered)") String id,
        String workspaceId,
        String name,
        @Schema(description = "Unique in the workspace; lowercase words joined by hyphens") String slug,
        String description,
        @Schema(implementation = ProjectTypeName.class) String type,
        @Schema(implementation = ProjectStatusName.class) String status,
        String visionStatement,
        @Schema(description = "How the app should feel, e.g. professional, playful, minimal, bold") String targetFeeling,
        List<String> referenceApps,
        String icon,
        @Schema(description = "Hex color of the project card, e.g. #4f46e5") String color,
        @Schema(description = "Free-form settings object") Map<String, Object> settings,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Optimistic-locking version: send it back (If-Match or body) when you change the project") long version) {

    static ProjectView of(Project p) {
        return new ProjectView(p.id(), p.workspaceId(), p.name(), p.slug(), p.description(), p.type().wireName(),
                p.status().wireName(), p.visionStatement(), p.targetFeeling(), p.referenceApps(), p.icon(), p.color(),
                p.settings(), p.createdBy(), p.createdAt(), p.updatedAt(), p.version());
    }
}
