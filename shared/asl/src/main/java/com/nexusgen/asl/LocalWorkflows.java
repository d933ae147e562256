package com.nexusgen.asl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexusgen.workflows.WorkflowEvent;
import com.nexusgen.workflows.WorkflowException;
import com.nexusgen.workflows.WorkflowExecution;
import com.nexusgen.workflows.Workflows;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** The workflow port on the local interpreter: state machines registered by ARN, executions in {@link LocalExecutions}. */
public final class LocalWorkflows implements Workflows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalExecutions executions;
    private final Map<String, String> definitions = new ConcurrentHashMap<>();

    public LocalWorkflows(LocalExecutions executions) {
        this.executions = executions;
    }

    /** Makes a state machine startable under {@code stateMachineArn}; the definition is checked now. */
    public void register(String stateMachineArn, String definition) {
        StateMachine.parse(definition);
        definitions.put(stateMachineArn, definition);
    }

    public LocalExecutions executions() {
        return executions;
    }

    @Override
    public String start(String stateMachineArn, String name, String input) {
        String definition = definitions.get(stateMachineArn);
        if (definition == null) {
            throw new WorkflowException(WorkflowException.Kind.STATE_MACHINE_DOES_NOT_EXIST,
                    "State Machine Does Not Exist: '" + stateMachineArn + "'", null);
        }
        JsonNode parsed = parse(input == null ? "{}" : input);
        return call(() -> executions.start(stateMachineArn, definition, name, parsed).executionArn());
    }

    @Override
    public WorkflowExecution describe(String executionArn) {
        ExecutionRecord r = call(() -> executions.describe(executionArn));
        return new WorkflowExecution(r.executionArn(), r.stateMachineArn(), r.name(), r.status(), r.startDate(),
                r.stopDate(), text(r.input()), text(r.output()), r.error(), r.cause());
    }

    @Override
    public List<WorkflowEvent> history(String executionArn) {
        return call(() -> executions.history(executionArn)).stream()
                .map(e -> new WorkflowEvent(e.id(), e.previousEventId(), e.timestamp(), e.type(), e.stateName(),
                        text(e.input()), text(e.output()), e.error(), e.cause()))
                .toList();
    }

    @Override
    public void stop(String executionArn, String error, String cause) {
        call(() -> executions.stop(executionArn, error, cause));
    }

    @Override
    public void sendTaskSuccess(String taskToken, String output) {
        JsonNode parsed = parse(output);
        call(() -> {
            executions.tokens().sendSuccess(taskToken, parsed);
            return null;
        });
    }

    @Override
    public void sendTaskFailure(String taskToken, String error, String cause) {
        call(() -> {
            executions.tokens().sendFailure(taskToken, error, cause);
            return null;
        });
    }

    @Override
    public void sendTaskHeartbeat(String taskToken) {
        call(() -> {
            executions.tokens().sendHeartbeat(taskToken);
            return null;
        });
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new WorkflowException(WorkflowException.Kind.INVALID_INPUT, "not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode node) {
        return node == null ? null : node.toString();
    }

    private static <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (LocalExecutions.ExecutionDoesNotExist e) {
            throw new WorkflowException(WorkflowException.Kind.EXECUTION_DOES_NOT_EXIST, e.getMessage(), e);
        } catch (LocalExecutions.ExecutionAlreadyExists e) {
            throw new WorkflowException(WorkflowException.Kind.EXECUTION_ALREADY_EXISTS, e.getMessage(), e);
        } catch (TaskTokens.InvalidToken e) {
            throw new WorkflowException(WorkflowException.Kind.INVALID_TOKEN, e.getMessage(), e);
        }
    }
}
