package com.nexusgen.api;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The documented shape of "add a member". */
@Serdeable
@Schema(name = "MemberInput")
public record MemberInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String userId,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = RoleName.class) String role,
                          String email, String displayName) {
}
