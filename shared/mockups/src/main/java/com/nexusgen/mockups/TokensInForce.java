package com.nexusgen.mockups;

import com.nexusgen.design.DesignExtractor;
import com.nexusgen.design.MockupDocument;
import com.nexusgen.domain.code.BlobStore;
import com.nexusgen.domain.mockups.DesignTokenSource;
import com.nexusgen.domain.mockups.Page;
import com.nexusgen.domain.mockups.PageStore;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tokens in force for a project, without the API's access checks: for the workflow's Coder, which
 * runs for a generation the API already authorized. Extracted from the latest mockup of every page,
 * then overridden by people's confirmations.
 */
public final class TokensInForce implements DesignTokenSource {
    private final PageStore store;
    private final BlobStore blobs;
    private final DesignExtractor extractor;

    public TokensInForce(PageStore store, BlobStore blobs, DesignExtractor extractor) {
        this.store = store;
        this.blobs = blobs;
        this.extractor = extractor;
    }

    @Override
    public Map<String, String> tokens(String workspaceId, String projectId) {
        Map<String, String> tokens = new TreeMap<>();
        List<MockupDocument> documents = latest(workspaceId, projectId);
        if (!documents.isEmpty()) {
            extractor.extract(documents).tokens().forEach(t -> tokens.put(t.name(), t.value()));
        }
        tokens.putAll(store.confirmations(workspaceId, projectId).tokens());
        return tokens;
    }

    /** The latest mockup of every page that has one. */
    List<MockupDocument> latest(String workspaceId, String projectId) {
        List<MockupDocument> documents = new ArrayList<>();
        for (Page page : store.list(workspaceId, projectId)) {
            if (page.latestMockup() > 0) {
                store.mockup(workspaceId, projectId, page.id(), page.latestMockup()).ifPresent(m -> {
                    if (m.htmlKey().startsWith("ws/" + workspaceId + "/")) {
                        blobs.get(m.htmlKey()).ifPresent(html -> documents.add(
                                new MockupDocument(page.id(), page.slug(), new String(html, StandardCharsets.UTF_8))));
                    }
                });
            }
        }
        return documents;
    }
}
