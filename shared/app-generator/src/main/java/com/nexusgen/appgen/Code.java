package com.nexusgen.appgen;

/** A generated source file, line by line; indentation is two spaces per level, as Prettier would write it. */
final class Code {
    private final StringBuilder out = new StringBuilder();

    /** One line at {@code level} levels of indentation. */
    Code line(int level, String text) {
        out.append("  ".repeat(level)).append(text).append('\n');
        return this;
    }

    Code line(String text) {
        return line(0, text);
    }

    Code blank() {
        out.append('\n');
        return this;
    }

    /** Several lines (a text block), each indented by {@code level} more levels. */
    Code block(int level, String text) {
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                out.append("  ".repeat(level)).append(line);
            }
            out.append('\n');
        }
        // A text block ends with a newline, which split turned into one empty line too many.
        if (text.endsWith("\n")) {
            out.setLength(out.length() - 1);
        }
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
