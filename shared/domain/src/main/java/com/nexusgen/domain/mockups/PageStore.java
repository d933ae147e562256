package com.nexusgen.domain.mockups;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Pages, their mockup versions and the design-system confirmations of a project. */
public interface PageStore {
    enum Outcome { OK, SLUG_TAKEN, STALE, NOT_FOUND }

    /** Inserts the page and claims its slug in the project, in one transaction. */
    Outcome create(Page page);

    /** Replaces the page when its version is still {@code page.version()}; moves the slug claim if it changed. */
    Outcome update(Page page, String previousSlug);

    Outcome delete(String workspaceId, String projectId, String pageId, String slug, long expectedVersion);

    Optional<Page> find(String workspaceId, String projectId, String pageId);

    /** Every page of the project, by sort order then name. */
    List<Page> list(String workspaceId, String projectId);

    /**
     * Adds the next mockup version of a page and points the page at it, in one transaction; the number
     * is {@code page.latestMockup() + 1}. Empty when another version was added meanwhile (retry).
     */
    Optional<Mockup> addMockup(Page page, Mockup mockup);

    Optional<Mockup> mockup(String workspaceId, String projectId, String pageId, int number);

    /** Newest first. */
    List<Mockup> mockups(String workspaceId, String projectId, String pageId);

    /** Token name → value that people confirmed or overrode, and the document's version. */
    Confirmations confirmations(String workspaceId, String projectId);

    /** Replaces the confirmations when their version is still {@code expectedVersion}. */
    Outcome saveConfirmations(String workspaceId, String projectId, Map<String, String> tokens, long expectedVersion);

    record Confirmations(Map<String, String> tokens, long version) {
        public Confirmations {
            tokens = Map.copyOf(tokens);
        }
    }
}
