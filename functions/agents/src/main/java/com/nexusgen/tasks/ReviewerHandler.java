package com.nexusgen.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.nexusgen.generation.GenerationSteps;
import io.micronaut.context.ApplicationContext;

import java.util.Set;

/** ReviewerFunction: the Review state. */
public class ReviewerHandler extends StepHandler<GenerationSteps> {
    public ReviewerHandler() {
        super(GenerationSteps.class);
    }

    public ReviewerHandler(ApplicationContext context) {
        super(context, GenerationSteps.class);
    }

    @Override
    protected Set<String> actions() {
        return Set.of("review");
    }

    @Override
    protected JsonNode run(String action, JsonNode input, GenerationSteps steps) {
        return steps.review(input);
    }
}
