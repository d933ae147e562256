package com.nexusgen.api;

import com.nexusgen.domain.workspaces.Caller;
import com.nexusgen.domain.workspaces.Workspace;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** The caller's workspace, with the caller's own role in it. */
@Serdeable
@Schema(name = "Workspace")
public record WorkspaceView(String id, String name,
                            @Schema(implementation = RoleName.class) String yourRole,
                            Instant createdAt, long version) {
    static WorkspaceView of(Workspace w, Caller caller) {
        return new WorkspaceView(w.id(), w.name(), caller.role().wireName(), w.createdAt(), w.version());
    }
}
