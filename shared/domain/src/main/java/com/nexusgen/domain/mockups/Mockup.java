package com.nexusgen.domain.mockups;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One version of a page's mockup (FlexOS {@code mockups}). The HTML lives in the blob store under its
 * SHA-256; the item keeps what lists and diffs need: who changed it and why, its parent version, and
 * what extraction found in it.
 *
 * @param changedBy       user (uploaded), ai (rendered from the spec) or wizard
 * @param parentVersion   the version this one was made from, 0 for the first
 * @param colorsUsed      normalized colors found in this version
 * @param components      component kinds detected in this version
 */
public record Mockup(String workspaceId, String projectId, String pageId, int number, String htmlKey, String sha256,
                     long sizeBytes, String changeDescription, String changedBy, int parentVersion, String createdBy,
                     Instant createdAt, List<String> colorsUsed, List<String> components, int spacingBaseUnit) {
    public Mockup {
        Objects.requireNonNull(pageId, "pageId");
        Objects.requireNonNull(htmlKey, "htmlKey");
        colorsUsed = colorsUsed == null ? List.of() : List.copyOf(colorsUsed);
        components = components == null ? List.of() : List.copyOf(components);
    }
}
