package com.nexusgen.design;

import java.util.List;

/**
 * A data entity the mockups imply: a thing the app creates, lists, shows, edits or deletes.
 *
 * @param name         singular, PascalCase ({@code Recipe})
 * @param fields       its fields, those seen in forms first
 * @param confidence   0..1; grows with the number of pages and signals that agree
 * @param inferredFrom the pages it was seen on, sorted
 * @param crud         where each operation appears
 */
public record InferredEntity(String name, List<InferredField> fields, double confidence, List<String> inferredFrom,
                             CrudLocations crud) {

    public InferredEntity {
        fields = List.copyOf(fields);
        inferredFrom = List.copyOf(inferredFrom);
    }
}
