package com.nexusgen.domain.workspaces;

/**
 * Who the verified token says the caller is, before membership is checked. Reads of a single item
 * check membership in the same round trip as the item (see {@code ProjectStore.findWithMember});
 * everything else resolves a {@link Caller} first.
 */
public record Identity(String userId, String workspaceId) {
}
