package com.nexusgen.workflows;

import java.time.Instant;

/** DescribeExecution. {@code status}: RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED. */
public record WorkflowExecution(String executionArn, String stateMachineArn, String name, String status,
                                Instant startDate, Instant stopDate, String input, String output, String error,
                                String cause) {
}
