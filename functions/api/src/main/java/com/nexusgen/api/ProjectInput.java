package com.nexusgen.api;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * The documented shape of a project body. Bodies are bound as plain JSON objects and validated by
 * the shared {@code Projects} service, so every field error comes back at once in one problem.
 */
@Serdeable
@Schema(name = "ProjectInput", description = "Fields of a project; on PATCH every field is optional (JSON merge patch)")
public record ProjectInput(
        @Schema(description = "Required on create", maxLength = 120) String name,
        @Schema(description = "Derived from the name when absent", pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength = 64) String slug,
        @Schema(maxLength = 2000) String description,
        @Schema(implementation = ProjectTypeName.class, description = "Default: web-app") String type,
        @Schema(implementation = ProjectStatusName.class, description = "Default: draft") String status,
        @Schema(maxLength = 2000) String visionStatement,
        @Schema(maxLength = 100) String targetFeeling,
        @Schema(description = "At most 20 names or URLs") List<String> referenceApps,
        @Schema(maxLength = 50) String icon,
        @Schema(pattern = "^#[0-9a-fA-F]{6}$") String color,
        Map<String, Object> settings,
        @Schema(description = "PATCH only: the version you read, if not sent as If-Match") Long version) {
}
