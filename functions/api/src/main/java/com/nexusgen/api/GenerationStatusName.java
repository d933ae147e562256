package com.nexusgen.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The wire values of a generation's status, for the OpenAPI document only. {@code WireEnumsTest}
 * keeps them equal to the domain's values.
 */
@Schema(name = "GenerationStatus", description = "Where a generation stands; the last five are final. needs_attention: "
        + "the app's build could not be healed; error and cause hold the classified errors and what was tried")
enum GenerationStatusName {
    @JsonProperty("queued") QUEUED,
    @JsonProperty("running") RUNNING,
    @JsonProperty("awaiting_approval") AWAITING_APPROVAL,
    @JsonProperty("succeeded") SUCCEEDED,
    @JsonProperty("failed") FAILED,
    @JsonProperty("cancelled") CANCELLED,
    @JsonProperty("rejected") REJECTED,
    @JsonProperty("needs_attention") NEEDS_ATTENTION
}
