package com.nexusgen.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.nexusgen.asl.TaskInvoker;

import java.util.List;

/**
 * Every Task resource the platform runs: CodeBuild's {@code startBuild.sync} on the local build runner, and
 * Lambda functions (bare ARNs and {@code lambda:invoke}) on their real handlers.
 */
final class LocalTasks implements TaskInvoker {
    private final LambdaTasks lambdas;
    private final LocalCodeBuild codeBuild;

    LocalTasks(LambdaTasks lambdas, LocalCodeBuild codeBuild) {
        this.lambdas = lambdas;
        this.codeBuild = codeBuild;
    }

    /** Refuses, before anything runs, a resource that has no local target. */
    void checkResources(List<String> resources) {
        lambdas.checkResources(resources.stream().filter(r -> !r.equals(LocalCodeBuild.START_BUILD_SYNC)).toList());
    }

    @Override
    public JsonNode invoke(String resource, JsonNode parameters, JsonNode context) throws InterruptedException {
        return resource.equals(LocalCodeBuild.START_BUILD_SYNC) ? codeBuild.invoke(resource, parameters, context)
                : lambdas.invoke(resource, parameters, context);
    }
}
