package com.nexusgen.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The wire values of a domain enum, for the OpenAPI document only (fields stay strings on the wire).
 * {@code WireEnumsTest} keeps them equal to the domain's values.
 */
@Schema(name = "Role", description = "A member's role, from most to least powerful")
enum RoleName {
    @JsonProperty("owner") OWNER,
    @JsonProperty("admin") ADMIN,
    @JsonProperty("member") MEMBER,
    @JsonProperty("viewer") VIEWER
}
