package com.nexusgen.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.nexusgen.generation.GenerationSteps;
import io.micronaut.context.ApplicationContext;

import java.util.Set;

/** ArchitectFunction: the Plan state. */
public class ArchitectHandler extends StepHandler {
    public ArchitectHandler() {
    }

    public ArchitectHandler(ApplicationContext context) {
        super(context);
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
