package com.nexusgen.workflows;

import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.InvalidExecutionInputException;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.TaskDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The workflow port on AWS Step Functions (the SDK's SfnClient, built once by the caller). */
public final class StepFunctionsWorkflows implements Workflows {
    private final SfnClient sfn;

    public StepFunctionsWorkflows(SfnClient sfn) {
        this.sfn = sfn;
    }

    @Override
    public String start(String stateMachineArn, String name, String input) {
        return call(() -> sfn.startExecution(r -> r.stateMachineArn(stateMachineArn).name(name).input(input)).executionArn());
    }

    @Override
    public WorkflowExecution describe(String executionArn) {
        DescribeExecutionResponse r = call(() -> sfn.describeExecution(b -> b.executionArn(executionArn)));
        return new WorkflowExecution(r.executionArn(), r.stateMachineArn(), r.name(), r.statusAsString(), r.startDate(),
                r.stopDate(), r.input(), r.output(), r.error(), r.cause());
    }

    @Override
    public List<WorkflowEvent> history(String executionArn) {
        List<WorkflowEvent> events = new ArrayList<>();
        String[] currentState = {null};
        call(() -> {
            sfn.getExecutionHistoryPaginator(r -> r.executionArn(executionArn).includeExecutionData(true))
                    .events().forEach(event -> events.add(flatten(event, currentState)));
            return null;
        });
        return events;
    }

    @Override
    public void stop(String executionArn, String error, String cause) {
        call(() -> sfn.stopExecution(r -> r.executionArn(executionArn).error(error).cause(cause)));
    }

    @Override
    public void sendTaskSuccess(String taskToken, String output) {
        call(() -> sfn.sendTaskSuccess(r -> r.taskToken(taskToken).output(output)));
    }

    @Override
    public void sendTaskFailure(String taskToken, String error, String cause) {
        call(() -> sfn.sendTaskFailure(r -> r.taskToken(taskToken).error(error).cause(cause)));
    }

    @Override
    public void sendTaskHeartbeat(String taskToken) {
        call(() -> sfn.sendTaskHeartbeat(r -> r.taskToken(taskToken)));
    }

    /** Step Functions puts each event's data in a per-type details object; task events name no state. */
    private static WorkflowEvent flatten(HistoryEvent e, String[] currentState) {
        String state = null;
        String input = null;
        String output = null;
        String error = null;
        String cause = null;
        if (e.stateEnteredEventDetails() != null) {
            state = e.stateEnteredEventDetails().name();
            input = e.stateEnteredEventDetails().input();
            currentState[0] = state;
        } else if (e.stateExitedEventDetails() != null) {
            state = e.stateExitedEventDetails().name();
            output = e.stateExitedEventDetails().output();
        } else if (e.executionStartedEventDetails() != null) {
            input = e.executionStartedEventDetails().input();
        } else if (e.executionSucceededEventDetails() != null) {
            output = e.executionSucceededEventDetails().output();
        } else if (e.executionFailedEventDetails() != null) {
            error = e.executionFailedEventDetails().error();
            cause = e.executionFailedEventDetails().cause();
        } else if (e.executionAbortedEventDetails() != null) {
            error = e.executionAbortedEventDetails().error();
            cause = e.executionAbortedEventDetails().cause();
        } else if (e.executionTimedOutEventDetails() != null) {
            error = e.executionTimedOutEventDetails().error();
            cause = e.executionTimedOutEventDetails().cause();
        } else if (e.taskScheduledEventDetails() != null) {
            state = currentState[0];
            input = e.taskScheduledEventDetails().parameters();
        } else if (e.taskSubmittedEventDetails() != null) {
            state = currentState[0];
            output = e.taskSubmittedEventDetails().output();
        } else if (e.taskSucceededEventDetails() != null) {
            state = currentState[0];
            output = e.taskSucceededEventDetails().output();
        } else if (e.taskFailedEventDetails() != null) {
            state = currentState[0];
            error = e.taskFailedEventDetails().error();
            cause = e.taskFailedEventDetails().cause();
        } else if (e.taskTimedOutEventDetails() != null) {
            state = currentState[0];
            error = e.taskTimedOutEventDetails().error();
            cause = e.taskTimedOutEventDetails().cause();
        }
        return new WorkflowEvent(e.id(), e.previousEventId() == null ? 0 : e.previousEventId(), e.timestamp(),
                e.typeAsString(), state, input, output, error, cause);
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ExecutionDoesNotExistException e) {
            throw new WorkflowException(WorkflowException.Kind.EXECUTION_DOES_NOT_EXIST, e.getMessage(), e);
        } catch (ExecutionAlreadyExistsException e) {
            throw new WorkflowException(WorkflowException.Kind.EXECUTION_ALREADY_EXISTS, e.getMessage(), e);
        } catch (StateMachineDoesNotExistException e) {
            throw new WorkflowException(WorkflowException.Kind.STATE_MACHINE_DOES_NOT_EXIST, e.getMessage(), e);
        } catch (InvalidTokenException | TaskDoesNotExistException | TaskTimedOutException e) {
            throw new WorkflowException(WorkflowException.Kind.INVALID_TOKEN, e.getMessage(), e);
        } catch (InvalidExecutionInputException e) {
            throw new WorkflowException(WorkflowException.Kind.INVALID_INPUT, e.getMessage(), e);
        } catch (SfnException e) {
            throw e; // throttling and service faults: the SDK retried; the caller's own policy decides
        }
    }
}
