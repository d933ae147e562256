package com.nexusgen.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The wire values of a domain enum, for the OpenAPI document only (fields stay strings on the wire).
 * {@code WireEnumsTest} keeps them equal to the domain's values.
 */
@Schema(name = "ProjectStatus", description = "Where a project is in its lifecycle")
enum ProjectStatusName {
    @JsonProperty("draft") DRAFT,
    @JsonProperty("generating") GENERATING,
    @JsonProperty("building") BUILDING,
    @JsonProperty("ready") READY,
    @JsonProperty("deployed") DEPLOYED,
    @JsonProperty("failed") FAILED,
    @JsonProperty("archived") ARCHIVED
}
