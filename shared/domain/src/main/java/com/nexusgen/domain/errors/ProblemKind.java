package com.nexusgen.domain.errors;

/**
 * The stable error taxonomy of the public API. Each kind becomes an RFC 9457 problem whose
 * {@code type} URI never changes, so clients can branch on it; the HTTP status is part of the
 * contract too, which is why it lives here and not in the HTTP layer.
 */
public enum ProblemKind {
    VALIDATION("validation-failed", 400, "Request validation failed"),
    MALFORMED_REQUEST("malformed-request", 400, "Malformed request"),
    UNAUTHENTICATED("unauthenticated", 401, "Authentication required"),
    FORBIDDEN("forbidden", 403, "Not allowed"),
    NOT_FOUND("not-found", 404, "Resource not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
    CONFLICT("conflict", 409, "Conflict"),
    VERSION_CONFLICT("version-conflict", 409, "The resource was changed by someone else"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    PRECONDITION_REQUIRED("precondition-required", 428, "The version you read is required"),
    INTERNAL("internal", 500, "Internal error");

    /** Base of every problem type URI; resolvable documentation lives in the OpenAPI document. */
    public static final String TYPE_BASE = "https://nexusgen.dev/problems/";

    private final String slug;
    private final int status;
    private final String title;

    ProblemKind(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String type() {
        return TYPE_BASE + slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
