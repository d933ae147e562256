package com.nexusgen.design;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lengths in px. rem and em count at 16px: mockups rarely change the root size, and tokens are compared in px. */
final class CssLength {

    static final double ROOT_FONT_PX = 16.0;

    private static final Pattern DIMENSION =
            Pattern.compile("([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)([a-zA-Z%]*)");

    private CssLength() {
    }

    /** The px of a length term; empty for percentages, viewport units and anything that is not a length. */
    static OptionalDouble toPx(String term) {
        if (term == null || term.isEmpty() || term.length() > 32) {
            return OptionalDouble.empty();
        }
        Matcher m = DIMENSION.matcher(term.trim());
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        double number;
        try {
            number = Double.parseDouble(m.group(1));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
        if (!Double.isFinite(number)) {
            return OptionalDouble.empty();
        }
        return switch (m.group(2).toLowerCase()) {
            case "px" -> OptionalDouble.of(number);
            case "rem", "em" -> OptionalDouble.of(number * ROOT_FONT_PX);
            case "pt" -> OptionalDouble.of(number * 4.0 / 3.0);
            case "pc" -> OptionalDouble.of(number * 16.0);
            case "in" -> OptionalDouble.of(number * 96.0);
            case "cm" -> OptionalDouble.of(number * 96.0 / 2.54);
            case "mm" -> OptionalDouble.of(number * 96.0 / 25.4);
            case "" -> number == 0 ? OptionalDouble.of(0) : OptionalDouble.empty();
            default -> OptionalDouble.empty();
        };
    }

    /** A unitless number ({@code 2}, {@code .5}); empty for anything else. */
    static OptionalDouble toNumber(String term) {
        if (term == null || term.isEmpty() || term.length() > 32) {
            return OptionalDouble.empty();
        }
        Matcher m = DIMENSION.matcher(term.trim());
        if (!m.matches() || !m.group(2).isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double number = Double.parseDouble(m.group(1));
            return Double.isFinite(number) ? OptionalDouble.of(number) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** Whether the term is a percentage, e.g. {@code 50%}. */
    static boolean isPercentage(String term) {
        Matcher m = DIMENSION.matcher(term == null ? "" : term.trim());
        return m.matches() && m.group(2).equals("%");
    }
}
