package com.nexusgen.design;

import java.util.ArrayList;
import java.util.List;

/** Splits CSS text into its top-level rules by brace depth, aware of comments and strings. */
final class TopLevelBlocks {

    private TopLevelBlocks() {
    }

    static List<String> split(String css) {
        List<String> blocks = new ArrayList<>();
        int depth = 0;
        int start = 0;
        int i = 0;
        int n = css.length();
        while (i < n) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < n && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                continue;
            }
            if (c == '"' || c == '\'') {
                i = skipString(css, i);
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth > 0) {
                    depth--;
                }
                if (depth == 0) {
                    blocks.add(css.substring(start, i + 1));
                    start = i + 1;
                }
            }
            i++;
        }
        if (start < n && !css.substring(start).isBlank()) {
            blocks.add(css.substring(start));
        }
        return blocks;
    }

    /** How many blocks are still open at the end of the text. */
    static int unclosedBraces(String css) {
        int depth = 0;
        int i = 0;
        int n = css.length();
        while (i < n) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < n && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                continue;
            }
            if (c == '"' || c == '\'') {
                i = skipString(css, i);
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            }
            i++;
        }
        return depth;
    }

    private static int skipString(String css, int quoteAt) {
        char quote = css.charAt(quoteAt);
        int i = quoteAt + 1;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote || c == '\n') {
                return i + 1;
            }
            i++;
        }
        return css.length();
    }
}
