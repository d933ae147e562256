package com.nexusgen.domain.errors;

/** One invalid field of a request: a JSON Pointer-ish path ("name", "referenceApps/2") and why. */
public record FieldError(String field, String message) {
}
