package com.nexusgen.mockups.render;

import java.util.List;

/**
 * The data a page shows or edits, as the database wizard inferred it.
 *
 * @param name   the entity's name in the product's words, e.g. {@code Lesson}
 * @param fields its fields in display order; the first is the record's title in lists
 */
public record EntitySpec(String name, List<FieldSpec> fields) {

    public EntitySpec {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
