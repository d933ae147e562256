package com.nexusgen.healing.fixers;

/**
 * A source file addressed the way compilers report positions: 1-based lines and columns. Just enough to find and
 * replace what sits at a reported position; fixers that need more ask the error for it rather than parse code.
 */
final class SourceText {
    private final String text;
    private final int[] lineStarts;

    SourceText(String text) {
        this.text = text;
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        lineStarts = new int[lines];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts[line++] = i + 1;
            }
        }
    }

    String text() {
        return text;
    }

    int lineCount() {
        return lineStarts.length;
    }

    /** The offset of a reported position, or -1 when it is outside the file. */
    int offset(int line, int column) {
        if (line < 1 || line > lineStarts.length || column < 1) {
            return -1;
        }
        int offset = lineStarts[line - 1] + column - 1;
        int lineEnd = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        return offset <= lineEnd ? offset : -1;
    }

    String line(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        return text.substring(start, end);
    }

    /** The identifier that starts at {@code offset} (letters, digits, '_' and '$'), or "" when none does. */
    String identifierAt(int offset) {
        int end = offset;
        while (end < text.length() && isIdentifierPart(text.charAt(end))) {
            end++;
        }
        return text.substring(offset, end);
    }

    String replace(int start, int end, String replacement) {
        return text.substring(0, start) + replacement + text.substring(end);
    }

    String insert(int offset, String insertion) {
        return replace(offset, offset, insertion);
    }

    static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** Whether {@code name} occurs in {@code text} as a whole word. */
    static boolean containsWord(String text, String name) {
        int from = 0;
        while (true) {
            int at = text.indexOf(name, from);
            if (at < 0) {
                return false;
            }
            boolean before = at == 0 || !isIdentifierPart(text.charAt(at - 1));
            boolean after = at + name.length() >= text.length() || !isIdentifierPart(text.charAt(at + name.length()));
            if (before && after) {
                return true;
            }
            from = at + 1;
        }
    }
}
