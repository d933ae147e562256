package com.nexusgen.domain.mockups;

import java.util.Map;

/**
 * The design tokens in force for a project (people's confirmations over what was extracted from its
 * mockups): what the Coder writes into the app's tokens.css. Empty when the project has no design yet.
 */
public interface DesignTokenSource {
    DesignTokenSource NONE = (workspaceId, projectId) -> Map.of();

    Map<String, String> tokens(String workspaceId, String projectId);
}
