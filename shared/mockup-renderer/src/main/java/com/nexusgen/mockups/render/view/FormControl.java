package com.nexusgen.mockups.render.view;

import java.util.List;

/**
 * One labelled form control.
 *
 * @param widget       input, textarea, select or checkbox: decides the element
 * @param id           unique in the document; the label's {@code for}
 * @param name         the submitted name
 * @param inputType    the input's type (text, number, date, …) when widget is input
 * @param autocomplete an autocomplete hint, or null
 * @param step         the number input's step, or null
 * @param value        the prefilled value, or null for an empty control
 * @param checked      whether a checkbox starts checked
 * @param options      the choices of a select
 */
public record FormControl(String widget, String id, String name, String label, String inputType, boolean required,
                          String autocomplete, String step, String value, boolean checked, List<Option> options) {
}
