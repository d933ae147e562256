package com.nexusgen.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.nexusgen.generation.GenerationSteps;
import io.micronaut.context.ApplicationContext;

import java.util.Set;

/** GenerationStepsFunction: the workflow's bookkeeping states (no model calls): validate, approval, assemble, save, fail. */
public class GenerationStepsHandler extends StepHandler<GenerationSteps> {
    public GenerationStepsHandler() {
        super(GenerationSteps.class);
    }

    public GenerationStepsHandler(ApplicationContext context) {
        super(context, GenerationSteps.class);
    }

    @Override
    protected Set<String> actions() {
        return Set.of("start", "await-approval", "assemble", "save", "fail");
    }

    @Override
    protected JsonNode run(String action, JsonNode input, GenerationSteps steps) {
        return switch (action) {
            case "start" -> steps.start(input);
            case "await-approval" -> steps.awaitApproval(input);
            case "assemble" -> steps.assemble(input);
            case "save" -> steps.save(input);
            default -> steps.fail(input);
        };
    }
}
