package com.nexusgen.agents;

import com.nexusgen.domain.code.Finding;

import java.util.List;
import java.util.Map;

/** The app's files → findings; critical ones send the code back to the Coder. */
public interface Reviewer {
    AgentResult<List<Finding>> review(Map<String, String> files);
}
