package com.nexusgen.design;

/** One field as one form, table or definition list shows it. */
record FieldSighting(String name, FieldTypes.Guess type, boolean required, boolean fromForm) {
}
