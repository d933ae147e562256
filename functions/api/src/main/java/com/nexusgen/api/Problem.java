package com.nexusgen.api;

import com.nexusgen.domain.errors.FieldError;
import com.nexusgen.domain.errors.ProblemKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem detail, the body of every error response. */
@Serdeable
@Schema(name = "Problem", description = "RFC 9457 problem details; branch on `type`, it never changes")
public record Problem(String type, String title, int status, String detail, @Nullable String instance,
                      @Nullable @Schema(description = "Field errors of a validation problem") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    static Problem of(ProblemKind kind, String detail, String instance, List<FieldError> errors) {
        return new Problem(kind.type(), kind.title(), kind.status(), detail, instance,
                errors == null || errors.isEmpty() ? null : errors);
    }
}
