package com.nexusgen.asl;

/**
 * A failure with a States Language error name ({@code States.Runtime}, {@code States.TaskFailed}, a
 * task's own error...) and a cause, as Retry and Catch match them and executions report them.
 */
public class StatesError extends RuntimeException {
    private final String error;

    public StatesError(String error, String cause) {
        super(cause, null, false, false);
        this.error = error;
    }

    public StatesError(String error, String cause, Throwable origin) {
        super(cause, origin, false, false);
        this.error = error;
    }

    public String error() {
        return error;
    }

    public String cause() {
        return getMessage();
    }

    public static StatesError runtime(String cause) {
        return new StatesError(Errors.RUNTIME, cause);
    }

    public static StatesError intrinsic(String cause) {
        return new StatesError(Errors.INTRINSIC_FAILURE, cause);
    }
}
