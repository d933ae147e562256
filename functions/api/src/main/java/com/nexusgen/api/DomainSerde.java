package com.nexusgen.api;

import com.nexusgen.domain.errors.FieldError;
import io.micronaut.serde.annotation.SerdeImport;

/** Compile-time serializers for the domain types the API writes as they are (shared/ has no framework). */
@SerdeImport(FieldError.class)
final class DomainSerde {
    private DomainSerde() {
    }
}
