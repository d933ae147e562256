package com.nexusgen.design;

import java.util.List;

/**
 * One field of an inferred entity.
 *
 * @param name       camelCase ({@code cookTime})
 * @param type       string, text, number, boolean, date, datetime, email, url, enum or password
 * @param required   whether any form marks it required
 * @param confidence 0..1
 * @param options    the choices of an enum, in the order first seen; empty otherwise
 */
public record InferredField(String name, String type, boolean required, double confidence, List<String> options) {

    public InferredField {
        options = List.copyOf(options);
    }
}
