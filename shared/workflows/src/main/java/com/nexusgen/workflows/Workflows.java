package com.nexusgen.workflows;

import java.util.List;

/**
 * The workflow port: what the API and the agents need from Step Functions. Inputs and outputs are
 * JSON text, as in the Step Functions API. Two adapters: {@link StepFunctionsWorkflows} (AWS) and
 * the local one in shared/asl; both pass the same contract tests.
 */
public interface Workflows {
    /** StartExecution; returns the execution ARN. {@code name} may be null (a UUID is used). */
    String start(String stateMachineArn, String name, String input);

    WorkflowExecution describe(String executionArn);

    /** GetExecutionHistory, oldest first, every page. */
    List<WorkflowEvent> history(String executionArn);

    void stop(String executionArn, String error, String cause);

    void sendTaskSuccess(String taskToken, String output);

    void sendTaskFailure(String taskToken, String error, String cause);

    void sendTaskHeartbeat(String taskToken);
}
