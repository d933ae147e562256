package com.nexusgen.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexusgen.workflows.WorkflowEvent;
import com.nexusgen.workflows.WorkflowException;
import com.nexusgen.workflows.WorkflowExecution;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The Step Functions API (AWS JSON 1.0 protocol: {@code X-Amz-Target: AWSStepFunctions.<Action>}) over
 * the local executions, so an unmodified SfnClient can drive them: StartExecution, DescribeExecution,
 * StopExecution, GetExecutionHistory (paged, with per-type event details), SendTaskSuccess/Failure/Heartbeat.
 * Errors come back as 400 with {@code __type}, which the SDK turns into its typed exceptions. Served by
 * the local platform's HTTP port, or on its own by {@link StepFunctionsApiServer}.
 */
public final class StepFunctionsProtocol {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String TARGET_PREFIX = "AWSStepFunctions.";

    private final LocalWorkflows workflows;

    /** A protocol response: the HTTP status and the JSON body. */
    public record Reply(int status, byte[] body) {
    }

    public StepFunctionsProtocol(LocalWorkflows workflows) {
        this.workflows = workflows;
    }

    /** Answers one request: {@code target} is the X-Amz-Target header, {@code body} the JSON request. */
    public Reply handle(String target, byte[] body) {
        try {
            JsonNode request = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
            if (target == null || !target.startsWith(TARGET_PREFIX)) {
                return reply(400, error("UnknownOperationException", "missing or foreign X-Amz-Target: " + target));
            }
            return reply(200, dispatch(target.substring(TARGET_PREFIX.length()), request));
        } catch (WorkflowException e) {
            return reply(400, error(typeOf(e.kind()), e.getMessage()));
        } catch (IllegalArgumentException | java.io.IOException e) {
            return reply(400, error("ValidationException", e.getMessage()));
        }
    }

    private static Reply reply(int status, JsonNode body) {
        try {
            return new Reply(status, JSON.writeValueAsBytes(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode dispatch(String action, JsonNode request) {
        ObjectNode out = JSON.createObjectNode();
        switch (action) {
            case "StartExecution" -> {
                String arn = workflows.start(request.path("stateMachineArn").asText(), text(request, "name"),
                        text(request, "input"));
                out.put("executionArn", arn).put("startDate", epoch(workflows.describe(arn).startDate()));
            }
            case "DescribeExecution" -> {
                WorkflowExecution e = workflows.describe(request.path("executionArn").asText());
                out.put("executionArn", e.executionArn()).put("stateMachineArn", e.stateMachineArn())
                        .put("name", e.name()).put("status", e.status()).put("startDate", epoch(e.startDate()))
                        .put("input", e.input());
                if (e.stopDate() != null) {
                    out.put("stopDate", epoch(e.stopDate()));
                }
                putIfPresent(out, "output", e.output());
                putIfPresent(out, "error", e.error());
                putIfPresent(out, "cause", e.cause());
            }
            case "StopExecution" -> {
                String arn = request.path("executionArn").asText();
                workflows.stop(arn, text(request, "error"), text(request, "cause"));
                Instant stopped = workflows.describe(arn).stopDate();
                out.put("stopDate", epoch(stopped == null ? Instant.now() : stopped));
            }
            case "GetExecutionHistory" -> history(request, out);
            case "SendTaskSuccess" -> workflows.sendTaskSuccess(request.path("taskToken").asText(), request.path("output").asText());
            case "SendTaskFailure" -> workflows.sendTaskFailure(request.path("taskToken").asText(), text(request, "error"), text(request, "cause"));
            case "SendTaskHeartbeat" -> workflows.sendTaskHeartbeat(request.path("taskToken").asText());
            default -> throw new IllegalArgumentException("operation " + action + " has no local stand-in");
        }
        return out;
    }

    private void history(JsonNode request, ObjectNode out) {
        List<WorkflowEvent> events = workflows.history(request.path("executionArn").asText());
        if (request.path("reverseOrder").asBoolean(false)) {
            events = events.reversed();
        }
        int max = request.path("maxResults").asInt(0) <= 0 ? 100 : Math.min(request.path("maxResults").asInt(), 1000);
        int from = request.hasNonNull("nextToken") ? Integer.parseInt(request.get("nextToken").asText()) : 0;
        ArrayNode page = out.putArray("events");
        for (WorkflowEvent e : events.subList(Math.min(from, events.size()), Math.min(from + max, events.size()))) {
            ObjectNode event = page.addObject().put("id", e.id()).put("previousEventId", e.previousEventId())
                    .put("timestamp", epoch(e.timestamp())).put("type", e.type());
            details(event, e);
        }
        if (from + max < events.size()) {
            out.put("nextToken", Integer.toString(from + max));
        }
    }

    /** Each event type carries its data in a details object of its own name, as Step Functions does. */
    private static void details(ObjectNode event, WorkflowEvent e) {
        String type = e.type();
        if (type.endsWith("StateEntered")) {
            event.putObject("stateEnteredEventDetails").put("name", e.stateName()).put("input", e.input());
        } else if (type.endsWith("StateExited")) {
            event.putObject("stateExitedEventDetails").put("name", e.stateName()).put("output", e.output());
        } else {
            switch (type) {
                case "ExecutionStarted" -> event.putObject("executionStartedEventDetails").put("input", e.input());
                case "ExecutionSucceeded" -> event.putObject("executionSucceededEventDetails").put("output", e.output());
                case "ExecutionFailed", "ExecutionAborted", "ExecutionTimedOut", "TaskFailed", "TaskTimedOut" -> {
                    String key = Character.toLowerCase(type.charAt(0)) + type.substring(1) + "EventDetails";
                    event.putObject(key).put("error", e.error()).put("cause", e.cause());
                }
                case "TaskScheduled" -> event.putObject("taskScheduledEventDetails").put("parameters", e.input());
                case "TaskSubmitted" -> event.putObject("taskSubmittedEventDetails").put("output", e.output());
                case "TaskSucceeded" -> event.putObject("taskSucceededEventDetails").put("output", e.output());
                default -> { }
            }
        }
    }

    private static String typeOf(WorkflowException.Kind kind) {
        return switch (kind) {
            case EXECUTION_DOES_NOT_EXIST -> "ExecutionDoesNotExist";
            case EXECUTION_ALREADY_EXISTS -> "ExecutionAlreadyExists";
            case STATE_MACHINE_DOES_NOT_EXIST -> "StateMachineDoesNotExist";
            case INVALID_TOKEN -> "InvalidToken";
            case INVALID_INPUT -> "InvalidExecutionInput";
        };
    }

    private static ObjectNode error(String type, String message) {
        return JSON.createObjectNode().put("__type", type).put("message", message);
    }

    private static BigDecimal epoch(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3);
    }

    private static void putIfPresent(ObjectNode out, String field, String value) {
        if (value != null) {
            out.put(field, value);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
