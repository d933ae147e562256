package com.nexusgen.domain.workspaces;

import java.util.Locale;
import java.util.Optional;

/** A member's role in a workspace, from least to most powerful. */
public enum Role {
    VIEWER, MEMBER, ADMIN, OWNER;

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }

    public boolean canWriteProjects() {
        return atLeast(MEMBER);
    }

    public boolean canManageMembers() {
        return atLeast(ADMIN);
    }

    /** Owners may grant anything; admins may grant up to admin; nobody else grants anything. */
    public boolean canGrant(Role granted) {
        return this == OWNER || (this == ADMIN && granted != OWNER);
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Role role : values()) {
            if (role.wireName().equals(value.toLowerCase(Locale.ROOT))) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
