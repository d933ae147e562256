package com.nexusgen.domain;

import com.nexusgen.domain.workspaces.Role;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleTest {

    @Test
    void canGrant_shouldLetAdminsGrantUpToAdmin_andOnlyOwnersGrantOwner() {
        assertTrue(Role.OWNER.canGrant(Role.OWNER));
        assertTrue(Role.ADMIN.canGrant(Role.ADMIN));
        assertFalse(Role.ADMIN.canGrant(Role.OWNER));
        assertFalse(Role.MEMBER.canGrant(Role.VIEWER));
    }

    @Test
    void permissions_shouldFollowTheRoleOrder() {
        assertFalse(Role.VIEWER.canWriteProjects());
        assertTrue(Role.MEMBER.canWriteProjects());
        assertFalse(Role.MEMBER.canManageMembers());
        assertTrue(Role.ADMIN.canManageMembers());
    }

    @Test
    void parse_shouldAcceptWireNamesInAnyCase_andRejectOthers() {
        assertEquals(Role.ADMIN, Role.parse("Admin").orElseThrow());
        assertTrue(Role.parse("root").isEmpty());
        assertTrue(Role.parse(null).isEmpty());
    }
}
