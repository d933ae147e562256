package com.nexusgen.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs a Task state's resource (a Lambda function, a service integration...). The local platform
 * maps resources to in-process handlers; failures are thrown as {@link StatesError} with the error
 * name Step Functions would report.
 */
@FunctionalInterface
public interface TaskInvoker {
    /**
     * @param resource   the Task's Resource ARN as written (after DefinitionSubstitutions)
     * @param parameters the effective parameters (the state's input after InputPath and Parameters)
     * @param context    the context object of this state ({@code $$}), including Task.Token when one applies
     * @return the task's result, before ResultSelector and ResultPath
     */
    JsonNode invoke(String resource, JsonNode parameters, JsonNode context) throws InterruptedException;
}
