package com.nexusgen.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** Whether a person approves a generation's plan before code is written (OpenAPI document only). */
@Schema(name = "Approval", description = "required: a person approves the plan before code is written")
enum ApprovalName {
    @JsonProperty("auto") AUTO,
    @JsonProperty("required") REQUIRED
}
