package com.nexusgen.agents;

import com.fasterxml.jackson.databind.JsonNode;

/** Prompt (+ project fields, + a person's feedback on an earlier plan) → a PRD valid against prd-v1.json. */
public interface Architect {
    AgentResult<JsonNode> plan(PlanRequest request);

    /**
     * @param previousPlan the plan a person rejected, null on the first round
     * @param feedback     why they rejected it, null on the first round
     */
    record PlanRequest(String prompt, String projectName, String projectDescription, JsonNode previousPlan,
                       String feedback) {
    }
}
