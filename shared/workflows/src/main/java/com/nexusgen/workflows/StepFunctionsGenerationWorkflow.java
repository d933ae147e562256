package com.nexusgen.workflows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexusgen.domain.generations.GenerationWorkflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Generations on the generation state machine, through the Workflows port (Step Functions or local). */
public final class StepFunctionsGenerationWorkflow implements GenerationWorkflow {
    /** The history events a person following a generation cares about; the rest is Step Functions' bookkeeping. */
    private static final Set<String> SHOWN = Set.of("ExecutionStarted", "TaskStateEntered", "TaskStateExited",
            "MapStateEntered", "MapStateExited", "ChoiceStateEntered", "TaskFailed", "TaskTimedOut",
            "ExecutionSucceeded", "ExecutionFailed", "ExecutionAborted", "ExecutionTimedOut");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Workflows workflows;
    private final String stateMachineArn;

    public StepFunctionsGenerationWorkflow(Workflows workflows, String stateMachineArn) {
        this.workflows = workflows;
        this.stateMachineArn = stateMachineArn;
    }

    @Override
    public String start(String executionName, Map<String, Object> input) {
        try {
            return workflows.start(stateMachineArn, executionName, JSON.writeValueAsString(input));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the generation's input is not JSON-shaped", e);
        }
    }

    @Override
    public boolean resume(String taskToken, String decisionJson) {
        try {
            workflows.sendTaskSuccess(taskToken, decisionJson);
            return true;
        } catch (WorkflowException e) {
            if (e.kind() == WorkflowException.Kind.INVALID_TOKEN) { // the wait timed out, or the execution ended
                return false;
            }
            throw e;
        }
    }

    @Override
    public void stop(String executionArn, String reason) {
        try {
            workflows.stop(executionArn, "Cancelled", reason);
        } catch (WorkflowException e) {
            if (e.kind() != WorkflowException.Kind.EXECUTION_DOES_NOT_EXIST) {
                throw e;
            }
        }
    }

    @Override
    public List<ProgressEvent> progress(String executionArn) {
        List<ProgressEvent> events = new ArrayList<>();
        for (WorkflowEvent event : workflows.history(executionArn)) {
            if (SHOWN.contains(event.type())) {
                events.add(new ProgressEvent(event.timestamp(), event.type(), event.stateName(), event.error()));
            }
        }
        return events;
    }
}
