package com.nexusgen.workflows;

/** A refusal from the workflow service, with the Step Functions error it stands for. */
public final class WorkflowException extends RuntimeException {
    public enum Kind {
        EXECUTION_DOES_NOT_EXIST, EXECUTION_ALREADY_EXISTS, STATE_MACHINE_DOES_NOT_EXIST, INVALID_TOKEN, INVALID_INPUT
    }

    private final Kind kind;

    public WorkflowException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
