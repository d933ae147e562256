package com.nexusgen.mockups.render;

import com.nexusgen.mockups.render.view.FormControl;
import com.nexusgen.mockups.render.view.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Picks the control each field gets, the one a real app would use: a date picker for a date, a checkbox for a
 * yes/no, a select for an enum, a text area for long text, the matching input type and autocomplete hint for
 * e-mail addresses, phone numbers and names. Every control has a label and a unique id for the label's {@code for}.
 */
final class FormControls {

    private final DocumentIds ids;

    FormControls(DocumentIds ids) {
        this.ids = ids;
    }

    /**
     * The control of one field of an entity.
     *
     * @param prefill the value an edit form starts with, or null for an empty create form
     */
    FormControl forField(String entityName, FieldSpec field, SampleValue prefill) {
        String name = field.name() == null || field.name().isBlank() ? "field" : field.name();
        String label = Wording.fieldLabel(field);
        String type = field.type() == null ? "string" : field.type().toLowerCase(Locale.ROOT);
        List<String> words = Wording.words(name);
        String value = prefill == null ? null : prefill.machine();
        return switch (type) {
            case "text" -> control("textarea", name, label, null, field.required(), null, null, value);
            case "boolean", "bool" -> checkbox(name, label, prefill != null && "true".equals(prefill.machine()));
            case "integer", "int", "long" -> control("input", name, label, "number", field.required(), null, "1",
                    value);
            case "decimal", "money" -> control("input", name, label, "number", field.required(), null, "0.01", value);
            case "number", "float", "double" -> control("input", name, label, "number", field.required(), null,
                    "any", value);
            case "date" -> control("input", name, label, "date", field.required(),
                    words.contains("birth") || words.contains("birthday") ? "bday" : null, null, value);
            case "datetime", "timestamp", "date-time" -> control("input", name, label, "datetime-local",
                    field.required(), null, null, value);
            case "email" -> control("input", name, label, "email", field.required(), "email", null, value);
            case "url" -> control("input", name, label, "url", field.required(), "url", null, value);
            case "enum" -> field.options().isEmpty() ? text(name, label, words, field.required(), value)
                    : select(name, label, field.required(), enumOptions(field.options(), value));
            case "reference", "relation", "ref" -> select(name, label, field.required(),
                    referenceOptions(name, words, value));
            default -> text(name, label, words, field.required(), value);
        };
    }

    /** A one-line input with the type and autocomplete hint its name suggests. */
    private FormControl text(String name, String label, List<String> words, boolean required, String value) {
        String inputType = "text";
        String autocomplete = null;
        if (words.contains("email")) {
            inputType = "email";
            autocomplete = "email";
        } else if (words.contains("password")) {
            inputType = "password";
            autocomplete = "new-password";
            value = null;
        } else if (hasAny(words, Set.of("phone", "mobile", "tel", "telephone"))) {
            inputType = "tel";
            autocomplete = "tel";
        } else if (hasAny(words, Set.of("url", "website", "homepage"))) {
            inputType = "url";
            autocomplete = "url";
        } else if (words.contains("first") && words.contains("name")) {
            autocomplete = "given-name";
        } else if (words.contains("last") && words.contains("name") || words.contains("surname")) {
            autocomplete = "family-name";
        } else if (words.equals(List.of("full", "name")) || words.equals(List.of("fullname"))) {
            autocomplete = "name";
        } else if (words.contains("city")) {
            autocomplete = "address-level2";
        } else if (words.contains("country")) {
            autocomplete = "country-name";
        } else if (words.contains("address") || words.contains("street")) {
            autocomplete = "street-address";
        } else if (hasAny(words, Set.of("zip", "postcode", "postal"))) {
            autocomplete = "postal-code";
        } else if (words.contains("username")) {
            autocomplete = "username";
        }
        return control("input", name, label, inputType, required, autocomplete, null, value);
    }

    /** A one-line input that is not drawn from an entity's field: e-mail and password of a sign-in form. */
    FormControl input(String name, String label, String inputType, boolean required, String autocomplete,
                      String value) {
        return control("input", name, label, inputType, required, autocomplete, null, value);
    }

    FormControl checkbox(String name, String label, boolean checked) {
        return new FormControl("checkbox", ids.unique("field-", name), name, label, "checkbox", false, null, null,
                null, checked, List.of());
    }

    /** A select whose first option is an empty "Choose …", so a required select is not answered by default. */
    FormControl select(String name, String label, boolean required, List<Option> options) {
        boolean chosen = options.stream().anyMatch(Option::selected);
        List<Option> all = new ArrayList<>(options.size() + 1);
        all.add(new Option("", "Choose " + label.toLowerCase(Locale.ROOT), !chosen));
        all.addAll(options);
        return new FormControl("select", ids.unique("field-", name), name, label, null, required, null, null, null,
                false, all);
    }

    private FormControl control(String widget, String name, String label, String inputType, boolean required,
                                String autocomplete, String step, String value) {
        return new FormControl(widget, ids.unique("field-", name), name, label, inputType, required, autocomplete,
                step, value, false, List.of());
    }

    private static List<Option> enumOptions(List<String> values, String selected) {
        List<Option> options = new ArrayList<>(values.size());
        for (String value : values) {
            options.add(new Option(value, Wording.humanize(value), value.equals(selected)));
        }
        return options;
    }

    /** Three records of the referenced entity to choose from, the same ones the lists show. */
    private static List<Option> referenceOptions(String name, List<String> words, String selected) {
        List<Option> options = new ArrayList<>(3);
        for (int row = 0; row < 3; row++) {
            SampleValue record = SampleRecords.reference(name, words, row);
            options.add(new Option(record.machine(), record.text(), record.machine().equals(selected)));
        }
        return options;
    }

    private static boolean hasAny(List<String> words, Set<String> vocabulary) {
        for (String word : words) {
            if (vocabulary.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
