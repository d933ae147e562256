package com.nexusgen.api;

import com.nexusgen.domain.errors.FieldError;
import com.nexusgen.domain.errors.ProblemException;
import com.nexusgen.domain.errors.ProblemKind;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.exceptions.response.HateoasErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The one place errors become responses: every failure, ours or the framework's (unknown route,
 * wrong method, unsupported media type, unreadable JSON), leaves as application/problem+json with a
 * stable type. Unexpected exceptions are logged with their trace and answered with a bare 500.
 */
@Singleton
@Replaces(HateoasErrorResponseProcessor.class)
@Produces(Problem.MEDIA_TYPE)
class ProblemResponses implements ErrorResponseProcessor<Problem>, ExceptionHandler<ProblemException, HttpResponse<Problem>> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ProblemException e) {
        return respond(HttpResponse.status(HttpStatus.valueOf(e.kind().status())),
                Problem.of(e.kind(), e.detail(), request.getPath(), e.fieldErrors()));
    }

    /** Framework-detected errors arrive here with only a status and messages. */
    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        ProblemKind kind = kindOf(status, context);
        String detail = context.getErrors().isEmpty() ? kind.title() : context.getErrors().getFirst().getMessage();
        List<FieldError> fieldErrors = List.of();
        if (status == 500) {
            context.getRootCause().ifPresent(cause -> LOG.error("Unhandled error on {}", context.getRequest().getPath(), cause));
            detail = "An unexpected error occurred; it was logged";
        } else if (kind == ProblemKind.MALFORMED_REQUEST) {
            detail = "The request body is not valid JSON for this operation";
        }
        return respond(response, Problem.of(kind, detail, context.getRequest().getPath(), fieldErrors));
    }

    private static ProblemKind kindOf(int status, ErrorContext context) {
        return switch (status) {
            case 400 -> ProblemKind.MALFORMED_REQUEST;
            case 401 -> ProblemKind.UNAUTHENTICATED;
            case 403 -> ProblemKind.FORBIDDEN;
            case 404 -> ProblemKind.NOT_FOUND;
            case 405 -> ProblemKind.METHOD_NOT_ALLOWED;
            case 406 -> ProblemKind.NOT_ACCEPTABLE;
            case 409 -> ProblemKind.CONFLICT;
            case 413 -> ProblemKind.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemKind.UNSUPPORTED_MEDIA_TYPE;
            default -> ProblemKind.INTERNAL;
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> MutableHttpResponse<Problem> respond(MutableHttpResponse<T> response, Problem problem) {
        MutableHttpResponse<Problem> out = (MutableHttpResponse<Problem>) response;
        return out.body(problem).contentType(Problem.MEDIA_TYPE);
    }
}
