package com.nexusgen.asl;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** What DescribeExecution tells about an execution. Status: RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED. */
public record ExecutionRecord(String executionArn, String stateMachineArn, String name, String status,
                              Instant startDate, Instant stopDate, JsonNode input, JsonNode output, String error,
                              String cause) {

    public boolean finished() {
        return !status.equals("RUNNING");
    }
}
