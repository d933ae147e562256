package com.nexusgen.appgen;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The limits a PRD field's free-text {@code validation} asks for ("between 1 and 5", "at most 80 characters",
 * "positive"), read with a few forgiving patterns. For text-like fields the numbers are lengths, for numeric
 * fields they are values; text fields always get an upper length so nothing unbounded is stored.
 * {@code minExclusive}/{@code maxExclusive} mark "more than"/"less than".
 */
record FieldRules(Integer minLength, Integer maxLength, BigDecimal min, boolean minExclusive, BigDecimal max,
                  boolean maxExclusive) {

    private static final String NUMBER = "(-?\\d+(?:\\.\\d+)?)";
    private static final Pattern BETWEEN = Pattern.compile("(?:between|from)\\s+" + NUMBER + "\\s*(?:and|to|-|–)\\s*" + NUMBER);
    private static final Pattern RANGE = Pattern.compile("(?<![\\w.])" + NUMBER + "\\s*(?:-|–|\\.\\.|to)\\s*" + NUMBER + "(?![\\w.])");
    private static final Pattern AT_LEAST = Pattern.compile(
            "(?:at least|min(?:imum)?(?: of)?|>=|no less than|not less than|no fewer than)\\s*:?\\s*" + NUMBER);
    private static final Pattern AT_MOST = Pattern.compile(
            "(?:at most|max(?:imum)?(?: of)?|<=|up to|no more than|not more than|no longer than)\\s*:?\\s*" + NUMBER);
    private static final Pattern MORE_THAN = Pattern.compile("(?:more than|greater than|longer than|above|over|>)\\s*" + NUMBER);
    private static final Pattern LESS_THAN = Pattern.compile("(?:less than|fewer than|shorter than|below|under|<)\\s*" + NUMBER);
    private static final Pattern EXACTLY = Pattern.compile("exactly\\s+" + NUMBER);

    static final int STRING_MAX = 200;
    static final int TEXT_MAX = 5000;
    static final int EMAIL_MAX = 254;
    static final int URL_MAX = 2048;

    static FieldRules none() {
        return new FieldRules(null, null, null, false, null, false);
    }

    /** The rules of one field of {@code kind}; {@code validation} may be null. Contradictions (min above max) drop the minimum. */
    static FieldRules parse(FieldKind kind, String validation) {
        String text = validation == null ? "" : validation.toLowerCase(Locale.ROOT);
        BigDecimal low = null;
        BigDecimal high = null;
        boolean lowExclusive = false;
        boolean highExclusive = false;
        Matcher m;
        if ((m = BETWEEN.matcher(text)).find() || (m = RANGE.matcher(text)).find()) {
            BigDecimal a = new BigDecimal(m.group(1));
            BigDecimal b = new BigDecimal(m.group(2));
            low = a.min(b);
            high = a.max(b);
        } else if ((m = EXACTLY.matcher(text)).find()) {
            low = new BigDecimal(m.group(1));
            high = low;
        }
        if (low == null && (m = AT_LEAST.matcher(text)).find()) {
            low = new BigDecimal(m.group(1));
        }
        if (high == null && (m = AT_MOST.matcher(text)).find()) {
            high = new BigDecimal(m.group(1));
        }
        if (low == null && (m = MORE_THAN.matcher(text)).find()) {
            low = new BigDecimal(m.group(1));
            lowExclusive = true;
        }
        if (high == null && (m = LESS_THAN.matcher(text)).find()) {
            high = new BigDecimal(m.group(1));
            highExclusive = true;
        }
        if (low == null && text.matches(".*\\b(non-negative|nonnegative|not negative|zero or more)\\b.*")) {
            low = BigDecimal.ZERO;
        } else if (low == null && text.matches(".*\\bpositive\\b.*")) {
            low = BigDecimal.ZERO;
            lowExclusive = true;
        }

        if (kind.isNumeric()) {
            if (low != null && high != null && low.compareTo(high) > 0) {
                low = null;
            }
            return new FieldRules(null, null, low, lowExclusive, high, highExclusive);
        }
        if (!kind.isTextual()) {
            return none();
        }
        Integer minLength = low == null ? null : lengthOf(low, lowExclusive ? 1 : 0);
        Integer maxLength = high == null ? null : lengthOf(high, highExclusive ? -1 : 0);
        int cap = switch (kind) {
            case TEXT -> TEXT_MAX;
            case EMAIL -> EMAIL_MAX;
            case URL -> URL_MAX;
            default -> STRING_MAX;
        };
        if (maxLength == null || maxLength > cap * 10 || maxLength < 1) {
            maxLength = maxLength != null && maxLength > cap * 10 ? cap * 10 : cap;
        }
        if (minLength != null && (minLength <= 0 || minLength > maxLength)) {
            minLength = null;
        }
        return new FieldRules(minLength, maxLength, null, false, null, false);
    }

    private static Integer lengthOf(BigDecimal value, int shift) {
        try {
            return Math.max(0, value.intValueExact() + shift);
        } catch (ArithmeticException e) {
            return null;
        }
    }

    boolean hasRange() {
        return min != null || max != null;
    }
}
