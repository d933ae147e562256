package com.nexusgen.domain.errors;

import java.util.List;

/**
 * A failure the caller can act on. Services throw it instead of returning null or a flag; the HTTP
 * layer turns it into problem+json with {@link #kind()}'s type and status and never shows a trace.
 */
public class ProblemException extends RuntimeException {
    private final ProblemKind kind;
    private final List<FieldError> fieldErrors;

    public ProblemException(ProblemKind kind, String detail) {
        this(kind, detail, List.of());
    }

    public ProblemException(ProblemKind kind, String detail, List<FieldError> fieldErrors) {
        super(detail, null, false, false); // no stack trace: these are expected outcomes, not bugs
        this.kind = kind;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public ProblemKind kind() {
        return kind;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(ProblemKind.NOT_FOUND, what + " '" + id + "' was not found");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemKind.FORBIDDEN, detail);
    }

    public static ProblemException validation(List<FieldError> errors) {
        return new ProblemException(ProblemKind.VALIDATION,
                errors.size() == 1 ? errors.getFirst().field() + ": " + errors.getFirst().message()
                        : errors.size() + " fields are invalid", errors);
    }

    public static ProblemException invalidField(String field, String message) {
        return validation(List.of(new FieldError(field, message)));
    }
}
