package com.nexusgen.domain.workspaces;

import java.util.List;
import java.util.Optional;

/** Persistence of workspaces and memberships (DynamoDB in every environment). */
public interface WorkspaceStore {
    Optional<Workspace> findWorkspace(String workspaceId);

    Optional<Member> findMember(String workspaceId, String userId);

    List<Member> listMembers(String workspaceId);

    /** Creates the workspace with its first owner atomically; false if the workspace already exists. */
    boolean createWorkspace(Workspace workspace, Member owner);

    /** Adds a membership (counting owners atomically); false if the user already is a member. */
    boolean addMember(Member member);

    /** Outcome of a removal, decided atomically with the delete. */
    enum Removal { REMOVED, NOT_FOUND, LAST_OWNER }

    /** Removes a membership; never leaves a workspace without an owner. */
    Removal removeMember(String workspaceId, String userId);
}
