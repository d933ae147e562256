package com.nexusgen.template;

/**
 * A template that cannot be read or does not have the shape the local platform needs.
 * Unchecked: a broken template.yaml is a configuration error, not something a caller recovers from.
 */
public class TemplateException extends RuntimeException {

    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
