package com.nexusgen.design;

import java.util.Set;

/**
 * What a rule (or a style attribute) styles, in the words colour roles are decided by.
 *
 * @param roles         the kinds of element styled
 * @param buttonVariant when buttons are styled and they all share one variant, that variant; otherwise null
 * @param state         the rule styles :hover, :focus and the like, not the element at rest
 * @param subjectWords  the words of the selector's last compound ({@code .btn-primary} gives btn, primary)
 */
record StyleTarget(Set<Role> roles, String buttonVariant, boolean state, Set<String> subjectWords) {

    enum Role { PAGE, BUTTON, LINK, SURFACE, HEADING, NAV, INPUT }

    boolean is(Role role) {
        return roles.contains(role);
    }
}
