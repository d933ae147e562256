package com.nexusgen.mockups.render;

import java.util.List;

/**
 * One field of an entity.
 *
 * @param name     the field's name, e.g. {@code dueDate}; shown humanised ("Due date")
 * @param type     string, text, number, integer, decimal, boolean, date, datetime, email, url, enum or reference;
 *                 anything else is drawn as a string
 * @param required whether a form must have it
 * @param options  the values of an enum field; may be empty
 */
public record FieldSpec(String name, String type, boolean required, List<String> options) {

    public FieldSpec {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
