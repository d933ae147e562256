package com.nexusgen.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.nexusgen.generation.BuildSteps;
import io.micronaut.context.ApplicationContext;

import java.util.Set;

/**
 * BuildStepsFunction: the states around CodeBuild: prepare a build, heal after a failed one (the fix memory, the
 * deterministic fixers and the Fixer agent), publish the preview of a passing one.
 */
public class BuildStepsHandler extends StepHandler<BuildSteps> {
    public BuildStepsHandler() {
        super(BuildSteps.class);
    }

    public BuildStepsHandler(ApplicationContext context) {
        super(context, BuildSteps.class);
    }

    @Override
    protected Set<String> actions() {
        return Set.of("prepare-build", "heal", "publish");
    }

    @Override
    protected JsonNode run(String action, JsonNode input, BuildSteps steps) {
        return switch (action) {
            case "prepare-build" -> steps.prepare(input);
            case "heal" -> steps.heal(input);
            default -> steps.publish(input);
        };
    }
}
