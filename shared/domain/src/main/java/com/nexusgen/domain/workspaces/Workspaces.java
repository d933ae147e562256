package com.nexusgen.domain.workspaces;

import com.nexusgen.domain.errors.FieldError;
import com.nexusgen.domain.errors.ProblemException;
import com.nexusgen.domain.errors.ProblemKind;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import com.nexusgen.domain.common.Fields;

/** Workspaces and their members: who may see and change what. */
public final class Workspaces {
    /** Subjects from Cognito are UUIDs; other issuers use other shapes, so only bound them. */
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9@._:|+-]{1,128}");
    private static final Pattern WORKSPACE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}");

    private final WorkspaceStore store;
    private final Clock clock;

    public Workspaces(WorkspaceStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Resolves a verified token's subject and workspace claim to a caller. Not being a member is a
     * 403: the token is valid, it just opens nothing here.
     */
    public Caller resolveCaller(String userId, String workspaceId) {
        if (userId == null || userId.isBlank()) {
            throw new ProblemException(ProblemKind.UNAUTHENTICATED, "The token has no subject");
        }
        if (workspaceId == null || workspaceId.isBlank()) {
            throw ProblemException.forbidden("The token names no workspace");
        }
        Member member = store.findMember(workspaceId, userId)
                .orElseThrow(() -> ProblemException.forbidden("You are not a member of this workspace"));
        return new Caller(userId, workspaceId, member.role());
    }

    public Workspace current(Caller caller) {
        return store.findWorkspace(caller.workspaceId())
                .orElseThrow(() -> ProblemException.notFound("Workspace", caller.workspaceId()));
    }

    public List<Member> members(Caller caller) {
        return store.listMembers(caller.workspaceId());
    }

    /** Body of "add a member": {@code userId}, {@code role}, optional {@code email}, {@code displayName}. */
    public Member addMember(Caller caller, Map<String, Object> body) {
        List<FieldError> errors = new ArrayList<>();
        String userId = Fields.requiredString(body, "userId", USER_ID, 128, errors);
        String roleName = Fields.requiredString(body, "role", null, 16, errors);
        String email = Fields.optionalString(body, "email", EMAIL, 320, errors);
        String displayName = Fields.optionalString(body, "displayName", null, 120, errors);
        Fields.rejectUnknown(body, List.of("userId", "role", "email", "displayName"), errors);
        Role role = null;
        if (roleName != null) {
            role = Role.parse(roleName).orElse(null);
            if (role == null) {
                errors.add(new FieldError("role", "must be one of owner, admin, member, viewer"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        if (!caller.role().canManageMembers()) {
            throw ProblemException.forbidden("Only owners and admins manage members");
        }
        if (!caller.role().canGrant(role)) {
            throw ProblemException.forbidden("A " + caller.role().wireName() + " cannot grant the "
                    + role.wireName() + " role");
        }
        Member member = new Member(caller.workspaceId(), userId, role, email, displayName, clock.instant(),
                caller.userId(), 1);
        if (!store.addMember(member)) {
            throw new ProblemException(ProblemKind.CONFLICT, "User '" + userId + "' is already a member");
        }
        return member;
    }

    /** Members may leave; owners and admins remove others (admins never remove an owner). */
    public void removeMember(Caller caller, String userId) {
        Member target = store.findMember(caller.workspaceId(), userId)
                .orElseThrow(() -> ProblemException.notFound("Member", userId));
        boolean self = caller.userId().equals(userId);
        if (!self) {
            if (!caller.role().canManageMembers()) {
                throw ProblemException.forbidden("Only owners and admins remove members");
            }
            if (target.role() == Role.OWNER && caller.role() != Role.OWNER) {
                throw ProblemException.forbidden("Only an owner removes an owner");
            }
        }
        switch (store.removeMember(caller.workspaceId(), userId)) {
            case REMOVED -> { }
            case NOT_FOUND -> throw ProblemException.notFound("Member", userId);
            case LAST_OWNER -> throw new ProblemException(ProblemKind.CONFLICT,
                    "A workspace keeps at least one owner: add another owner first");
        }
    }

    /**
     * Makes sure the workspace exists and the user is a member with {@code role} (the local platform's
     * development tokens use it; production workspaces are created through the API).
     */
    public Member ensureMembership(String workspaceId, String userId, Role role) {
        if (workspaceId == null || !WORKSPACE_ID.matcher(workspaceId).matches()) {
            throw ProblemException.invalidField("workspace", "must match " + WORKSPACE_ID.pattern());
        }
        if (userId == null || !USER_ID.matcher(userId).matches()) {
            throw ProblemException.invalidField("sub", "must match " + USER_ID.pattern());
        }
        Instant now = clock.instant();
        Member wanted = new Member(workspaceId, userId, role, null, null, now, userId, 1);
        if (store.findWorkspace(workspaceId).isEmpty()) {
            Member owner = role == Role.OWNER ? wanted
                    : new Member(workspaceId, "system", Role.OWNER, null, null, now, "system", 1);
            store.createWorkspace(new Workspace(workspaceId, workspaceId, now, now, 1), owner);
        }
        var existing = store.findMember(workspaceId, userId);
        if (existing.isPresent() && existing.get().role() == role) {
            return existing.get();
        }
        if (existing.isPresent()) {
            store.removeMember(workspaceId, userId);
        }
        store.addMember(wanted);
        return store.findMember(workspaceId, userId).orElse(wanted);
    }
}
