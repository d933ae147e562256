package com.nexusgen.domain.workspaces;

import java.time.Instant;

/** A user's membership in a workspace. {@code userId} is the identity provider's subject. */
public record Member(String workspaceId, String userId, Role role, String email, String displayName,
                     Instant addedAt, String addedBy, long version) {
}
