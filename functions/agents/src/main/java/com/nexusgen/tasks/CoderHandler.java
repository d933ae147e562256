package com.nexusgen.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.nexusgen.generation.GenerationSteps;
import io.micronaut.context.ApplicationContext;

import java.util.Set;

/** CoderFunction: one task of the Code map, and the Fix state. */
public class CoderHandler extends StepHandler<GenerationSteps> {
    public CoderHandler() {
        super(GenerationSteps.class);
    }

    public CoderHandler(ApplicationContext context) {
        super(context, GenerationSteps.class);
    }

    @Override
    protected Set<String> actions() {
        return Set.of("code", "fix");
    }

    @Override
    protected JsonNode run(String action, JsonNode input, GenerationSteps steps) {
        return action.equals("code") ? steps.code(input) : steps.fix(input);
    }
}
