package com.nexusgen.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.nexusgen.generation.GenerationSteps;
import io.micronaut.context.ApplicationContext;

import java.util.Set;

/** ArchitectFunction: the Plan state. */
public class ArchitectHandler extends StepHandler<GenerationSteps> {
    public ArchitectHandler() {
        super(GenerationSteps.class);
    }

    public ArchitectHandler(ApplicationContext context) {
        super(context, GenerationSteps.class);
    }

    @Override
    protected Set<String> actions() {
        return Set.of("plan");
    }

    @Override
    protected JsonNode run(String action, JsonNode input, GenerationSteps steps) {
        return steps.plan(input);
    }
}
