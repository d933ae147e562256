package com.nexusgen.asl;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One event of an execution's history, in the shape of Step Functions' GetExecutionHistory:
 * {@code type} such as ExecutionStarted, TaskStateEntered, TaskSucceeded, TaskStateExited; the state's
 * name where there is one; its input or output; and error/cause for failures.
 */
public record HistoryEvent(long id, long previousEventId, Instant timestamp, String type, String stateName,
                           JsonNode input, JsonNode output, String error, String cause) {
}
