package com.nexusgen.agents;

import com.nexusgen.domain.code.Finding;

import java.util.List;
import java.util.Map;

/** The app's files → findings; critical ones send the code back to the Coder. */
public interface Reviewer {
    AgentResult<List<Finding>> review(Map<String, String> files);

    /**
     * The same review, also holding the code to the project's design system (its tokens: name → CSS
     * value); with no tokens it is {@link #review(Map)}.
     */
    default AgentResult<List<Finding>> review(Map<String, String> files, Map<String, String> designTokens) {
        return review(files);
    }
}
