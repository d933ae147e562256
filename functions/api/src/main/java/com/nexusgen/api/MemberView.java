package com.nexusgen.api;

import com.nexusgen.domain.workspaces.Member;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** A member of the workspace. */
@Serdeable
@Schema(name = "Member")
public record MemberView(@Schema(description = "The identity provider's subject") String userId,
                         @Schema(implementation = RoleName.class) String role,
                         String email, String displayName, Instant addedAt, String addedBy) {
    static MemberView of(Member m) {
        return new MemberView(m.userId(), m.role().wireName(), m.email(), m.displayName(), m.addedAt(), m.addedBy());
    }
}
