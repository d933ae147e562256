package com.nexusgen.generation;

import com.fasterxml.jackson.databind.JsonNode;

/** Whose generation a workflow step works on: every step's input names the workspace and the generation. */
record StepRef(String workspaceId, String projectId, String generationId) {
    static StepRef of(JsonNode input) {
        String ws = input.path("workspaceId").asText(null);
        String generation = input.path("generationId").asText(null);
        if (ws == null || generation == null) {
            throw new IllegalArgumentException("a step's input needs workspaceId and generationId");
        }
        return new StepRef(ws, input.path("projectId").asText(null), generation);
    }
}
