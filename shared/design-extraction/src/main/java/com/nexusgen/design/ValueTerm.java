package com.nexusgen.design;

/**
 * One term of a declaration's value after {@code var()} references are replaced by what they point to.
 *
 * @param text the term as CSS text: {@code 1.5rem}, {@code #fff}, {@code rgba(0,0,0,.1)}, {@code "Inter"}, {@code ,}
 * @param kind what sort of term it is
 */
record ValueTerm(String text, Kind kind) {

    enum Kind { WORD, STRING, FUNCTION, OPERATOR }

    boolean isOperator(String operator) {
        return kind == Kind.OPERATOR && text.equals(operator);
    }

    /** The text without the quotes of a string literal. */
    String unquoted() {
        if (kind == Kind.STRING && text.length() >= 2) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }
}
