package com.nexusgen.appgen;

import java.util.Locale;

/** The PRD's field types (prd-v1 "type"), plus REFERENCE for the id of the entity a record belongs to. */
enum FieldKind {
    STRING, TEXT, INTEGER, DECIMAL, BOOLEAN, DATE, DATETIME, EMAIL, URL, ENUM, REFERENCE;

    /** An unknown type is treated as a short string: the app still builds and the value is still kept. */
    static FieldKind of(String prdType) {
        if (prdType == null) {
            return STRING;
        }
        return switch (prdType.toLowerCase(Locale.ROOT).strip()) {
            case "text", "longtext", "markdown" -> TEXT;
            case "integer", "int", "long" -> INTEGER;
            case "decimal", "number", "float", "double", "money", "currency" -> DECIMAL;
            case "boolean", "bool" -> BOOLEAN;
            case "date" -> DATE;
            case "datetime", "timestamp", "date-time" -> DATETIME;
            case "email" -> EMAIL;
            case "url", "uri", "link" -> URL;
            case "enum" -> ENUM;
            default -> STRING;
        };
    }

    boolean isNumeric() {
        return this == INTEGER || this == DECIMAL;
    }

    /** Kept as a string whose length is limited. */
    boolean isTextual() {
        return this == STRING || this == TEXT || this == EMAIL || this == URL;
    }

    /** Stored as a string in the record ('' when left empty). */
    boolean isStringValued() {
        return isTextual() || this == DATE || this == DATETIME || this == REFERENCE;
    }
}
