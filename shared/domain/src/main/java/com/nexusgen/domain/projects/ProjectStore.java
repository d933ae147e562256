package com.nexusgen.domain.projects;

import com.nexusgen.domain.common.Page;
import com.nexusgen.domain.common.PageRequest;

import java.util.Optional;

/** Persistence of projects; every call is scoped to one workspace by construction. */
public interface ProjectStore {
    Page<Project> list(String workspaceId, PageRequest page);

    Optional<Project> find(String workspaceId, String projectId);

    /**
     * The project and {@code userId}'s membership of the workspace, read together (one request);
     * a null {@code projectId} reads the membership alone.
     */
    ProjectAccess findWithMember(String workspaceId, String userId, String projectId);

    enum Outcome { OK, SLUG_TAKEN, STALE, NOT_FOUND, NOT_A_WRITER }

    /**
     * Inserts the project and claims its slug in one transaction, which also checks that
     * {@code project.createdBy()} is a member allowed to write (owner, admin or member).
     */
    Outcome create(Project project);

    /**
     * Replaces the project if its stored version is still {@code project.version()}; the stored
     * version becomes {@code version + 1}. Moves the slug claim when {@code previousSlug} differs.
     */
    Outcome update(Project project, String previousSlug);

    /** Deletes the project and its slug claim; {@code expectedVersion} null means any version. */
    Outcome delete(String workspaceId, String projectId, String slug, Long expectedVersion);
}
