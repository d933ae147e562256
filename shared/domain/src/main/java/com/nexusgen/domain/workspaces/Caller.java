package com.nexusgen.domain.workspaces;

/**
 * Who is asking, resolved from a verified token and the membership record: the role always comes
 * from the table, never from the token, so a demotion takes effect on the next request.
 */
public record Caller(String userId, String workspaceId, Role role) {
}
