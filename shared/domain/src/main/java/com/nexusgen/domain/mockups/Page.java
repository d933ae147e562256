package com.nexusgen.domain.mockups;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A page of a project's app (FlexOS {@code pages}): what it is for, on which device first, and its
 * latest mockup. {@code slug} names the page's exported file ({@code slug.html}) and is unique in the
 * project; {@code version} is the optimistic-locking counter edits quote.
 */
public record Page(String workspaceId, String projectId, String id, String name, String slug, String path,
                   String purpose, String primaryDevice, String status, List<String> keyElements, String parentId,
                   int sortOrder, int latestMockup, Instant createdAt, Instant updatedAt, long version) {
    public static final List<String> DEVICES = List.of("mobile", "tablet", "desktop", "responsive");
    public static final List<String> STATUSES = List.of("draft", "designed", "approved", "built");

    public Page {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(id, "id");
        keyElements = keyElements == null ? List.of() : List.copyOf(keyElements);
    }

    public Page withLatestMockup(int number, Instant at) {
        return new Page(workspaceId, projectId, id, name, slug, path, purpose, primaryDevice,
                status.equals("draft") ? "designed" : status, keyElements, parentId, sortOrder, number, createdAt, at, version);
    }
}
