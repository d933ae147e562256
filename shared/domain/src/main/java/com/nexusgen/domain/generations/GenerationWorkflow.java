package com.nexusgen.domain.generations;

import java.time.Instant;
import java.util.List;

/** The port to the workflow engine that runs generations (Step Functions, or its local stand-in). */
public interface GenerationWorkflow {
    /** Starts the workflow for a new generation; returns the execution's id (ARN). */
    String start(String executionName, java.util.Map<String, Object> input);

    /** Resumes a generation waiting for approval with the person's decision. False when the wait is over. */
    boolean resume(String taskToken, String decisionJson);

    void stop(String executionArn, String reason);

    /** What the execution did so far, oldest first: one event per state entered or left, and failures. */
    List<ProgressEvent> progress(String executionArn);

    record ProgressEvent(Instant at, String type, String state, String error) {
    }
}
