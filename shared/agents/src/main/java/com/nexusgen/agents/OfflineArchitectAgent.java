package com.nexusgen.agents;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The Architect with no model: {@link OfflineArchitect} plans the prompt (and the project's description),
 * and on a re-plan {@link PlanRevision} applies the person's feedback to the plan they rejected. Same
 * request in, same plan out.
 */
public final class OfflineArchitectAgent implements Architect {
    private final OfflineArchitect architect;
    private final PlanRevision revision;

    public OfflineArchitectAgent() {
        this(new OfflineArchitect());
    }

    public OfflineArchitectAgent(OfflineArchitect architect) {
        this.architect = architect;
        this.revision = new PlanRevision(architect);
    }

    @Override
    public AgentResult<JsonNode> plan(PlanRequest request) {
        String brief = brief(request);
        JsonNode plan = architect.plan(brief, request.projectName());
        if (request.feedback() == null || request.feedback().isBlank()) {
            return AgentResult.offline(plan);
        }
        // Revise what the person saw, so that earlier rounds' changes are kept; a plan that is not
        // prd/v1 (say, from an older schema) cannot be revised safely, so it is planned afresh.
        JsonNode base = request.previousPlan() != null && PrdSchema.problems(request.previousPlan()).isEmpty()
                ? request.previousPlan() : plan;
        JsonNode revised = revision.revise(base, brief, request.projectName(), request.feedback());
        List<String> problems = new ArrayList<>(PrdSchema.problems(revised));
        problems.addAll(PrdRules.problems(revised));
        if (!problems.isEmpty()) {
            // A revision never empties what the schema needs; reaching this is a bug, not bad feedback.
            throw new IllegalStateException("the revised plan is invalid: " + String.join("; ", problems));
        }
        return AgentResult.offline(revised);
    }

    /** The prompt, followed by the project's description when it adds something. */
    static String brief(PlanRequest request) {
        String prompt = request.prompt() == null ? "" : request.prompt().strip();
        String description = request.projectDescription() == null ? "" : request.projectDescription().strip();
        if (prompt.isEmpty() && description.isEmpty()) {
            throw new IllegalArgumentException("nothing to plan: the prompt and the project's description are empty");
        }
        if (description.isEmpty() || prompt.contains(description)) {
            return prompt;
        }
        if (prompt.isEmpty()) {
            return description;
        }
        // The planner's vision is the first sentence: end the prompt's so the description does not run into it.
        return prompt + (prompt.matches(".*[.!?]$") ? " " : ". ") + description;
    }
}
