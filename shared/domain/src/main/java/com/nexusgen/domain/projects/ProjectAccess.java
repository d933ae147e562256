package com.nexusgen.domain.projects;

import com.nexusgen.domain.workspaces.Member;

import java.util.Optional;

/** A project read together with the reader's membership of its workspace, in one round trip. */
public record ProjectAccess(Optional<Member> member, Optional<Project> project) {
}
