package com.nexusgen.domain.workspaces;

import java.time.Instant;

/** A tenant. Every other item is keyed under a workspace, so no query can cross tenants. */
public record Workspace(String id, String name, Instant createdAt, Instant updatedAt, long version) {
}
