package com.nexusgen.agents.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import com.nexusgen.agents.AgentResult;
import com.nexusgen.agents.Architect;
import com.nexusgen.agents.PrdRules;
import com.nexusgen.agents.PrdSchema;
import com.nexusgen.ai.Completion;
import com.nexusgen.ai.LanguageModel;
import com.nexusgen.ai.ModelException;
import com.nexusgen.ai.Prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Architect on a language model: the request (and, on a re-plan, the rejected plan and the
 * person's feedback) in, a PRD out through the forced tool {@code submit_prd}, whose input schema is
 * prd-v1.json and whose check is {@link PrdRules}, so a plan with broken references goes back to the
 * model within its bounded repairs. Which model answers is decided where the {@link LanguageModel} is
 * built, from configuration.
 */
public final class BedrockArchitect implements Architect {
    public static final String TOOL = "submit_prd";
    public static final int DEFAULT_MAX_TOKENS = 8192;
    public static final double DEFAULT_TEMPERATURE = 0.3;
    private static final PromptTemplate SYSTEM = PromptTemplate.load("architect.system.md");
    private static final PromptTemplate USER = PromptTemplate.load("architect.user.md");
    private static final String SCHEMA = PrdSchema.json();

    private final LanguageModel model;
    private final int maxTokens;
    private final double temperature;

    public BedrockArchitect(LanguageModel model) {
        this(model, DEFAULT_MAX_TOKENS, DEFAULT_TEMPERATURE);
    }

    public BedrockArchitect(LanguageModel model, int maxTokens, double temperature) {
        this.model = model;
        this.maxTokens = maxTokens;
        this.temperature = temperature;
    }

    @Override
    public AgentResult<JsonNode> plan(PlanRequest request) {
        boolean revising = request.feedback() != null && !request.feedback().isBlank();
        String user = USER.render(Map.of(
                "projectName", orNone(request.projectName()),
                "projectDescription", orNone(request.projectDescription()),
                "prompt", orNone(request.prompt()),
                "previousPlan", revising && request.previousPlan() != null
                        ? request.previousPlan().toPrettyString() : "(none: this is the first plan)",
                "feedback", revising ? request.feedback().strip() : "(none)"));
        Prompt prompt = new Prompt(SYSTEM.render(), List.of(new Prompt.Message(Prompt.Role.USER, user)),
                new Prompt.OutputTool(TOOL, "Submit the app's product requirements document (prd/v1).", SCHEMA,
                        PrdRules::problems), maxTokens, temperature);
        Completion completion = model.complete(prompt);
        JsonNode prd = completion.output();
        if (prd == null) {
            throw new ModelException.InvalidOutput("the model answered in text instead of calling " + TOOL);
        }
        // The Bedrock adapter already held the answer to both; another adapter may not have.
        List<String> problems = new ArrayList<>(PrdSchema.problems(prd));
        if (problems.isEmpty()) {
            problems.addAll(PrdRules.problems(prd));
        }
        if (!problems.isEmpty()) {
            throw new ModelException.InvalidOutput("the model's PRD is invalid: " + String.join("; ", problems));
        }
        return new AgentResult<>(prd, List.of(completion.usage()));
    }

    private static String orNone(String text) {
        return text == null || text.isBlank() ? "(none)" : text.strip();
    }
}
