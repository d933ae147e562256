package com.nexusgen.mockups.render;

/**
 * One made-up value of a record's field.
 *
 * @param text    as people read it: "Mar 4, 2025", "$24.00", "Yes"
 * @param machine as markup needs it: a {@code <time datetime>}, an input's value, a select's option value
 * @param isDate  whether {@code machine} is a date or date-time, drawn as {@code <time>}
 */
record SampleValue(String text, String machine, boolean isDate) {

    static SampleValue plain(String text) {
        return new SampleValue(text, text, false);
    }
}
