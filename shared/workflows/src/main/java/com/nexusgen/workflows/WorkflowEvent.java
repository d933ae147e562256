package com.nexusgen.workflows;

import java.time.Instant;

/**
 * One history event, flattened from Step Functions' per-type details: the state it belongs to (for
 * task events, the state that scheduled them), and its input, output, error and cause where it has them.
 */
public record WorkflowEvent(long id, long previousEventId, Instant timestamp, String type, String stateName,
                            String input, String output, String error, String cause) {
}
