package com.nexusgen.appgen;

import java.util.List;

/**
 * One field of an entity as the generated code names it. {@code key} is the property name (a valid identifier,
 * unique within the entity, never id/createdAt/updatedAt); {@code label} is what people read. For ENUM fields
 * {@code enumType}, {@code optionsConst} and {@code guard} name the module's union type, its options array and
 * its type guard; for REFERENCE fields {@code reference} is the entity it points to (its unique Pascal name).
 */
record FieldModel(String rawName, String key, String label, FieldKind kind, boolean required, List<String> values,
                  FieldRules rules, String validationText, String enumType, String optionsConst, String guard,
                  String reference) {

    /** The property's TypeScript type in the entity's Input interface. */
    String tsType() {
        return switch (kind) {
            case INTEGER, DECIMAL -> required ? "number" : "number | null";
            case BOOLEAN -> "boolean";
            case ENUM -> required ? enumType : enumType + " | null";
            default -> "string";
        };
    }

    /** The property's type in the Draft interface (what a form hands over before validation). */
    String draftType() {
        return switch (kind) {
            case INTEGER, DECIMAL -> "number | null";
            case BOOLEAN -> "boolean | null";
            default -> "string | null";
        };
    }

    /** A missing required value is reported (booleans are never missing: unchecked is an answer). */
    boolean canBeMissing() {
        return required && kind != FieldKind.BOOLEAN;
    }

    /** Searched by the list page's search box. */
    boolean searchable() {
        return kind.isTextual() || kind == FieldKind.ENUM;
    }
}
