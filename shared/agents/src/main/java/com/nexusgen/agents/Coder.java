package com.nexusgen.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.nexusgen.domain.code.CodeTask;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.domain.code.Finding;

import java.util.List;
import java.util.Map;

/**
 * PRD → file operations for a React + TypeScript + Vite app, one task at a time (the workflow runs a
 * plan's tasks in parallel), and fixes for a reviewer's findings.
 */
public interface Coder {
    /** The plan's tasks, deterministic; no two write the same file. */
    List<CodeTask> tasks(JsonNode prd);

    /**
     * One task's operations. {@code baseFiles} is the previous version of the app (empty for a first
     * version): files that exist there are changed by PATCH operations, not rewritten.
     */
    AgentResult<List<FileOperation>> code(JsonNode prd, CodeTask task, Map<String, String> baseFiles,
                                          Map<String, String> designTokens);

    /** Operations that fix the findings in {@code files} (the whole app as it stands). */
    AgentResult<List<FileOperation>> fix(JsonNode prd, Map<String, String> files, List<Finding> findings);
}
