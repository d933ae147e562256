package com.nexusgen.ai;

/** Typed model failures, so callers (the workflow's Retry/Catch) can tell transient from final. */
public class ModelException extends RuntimeException {
    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The service throttled the call; it is safe to retry later. */
    public static final class Throttled extends ModelException {
        public Throttled(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A structured answer was cut off at the token limit. */
    public static final class Truncated extends ModelException {
        public Truncated(String message) {
            super(message, null);
        }
    }

    /** The structured answer did not match its schema, even after asking again with the errors. */
    public static final class InvalidOutput extends ModelException {
        public InvalidOutput(String message) {
            super(message, null);
        }
    }
}
