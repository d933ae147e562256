package com.nexusgen.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the "code view" of a script: the same text, character for character and line for line, with the
 * contents of comments, string literals, template literals, regular-expression literals and JSX text
 * blanked to spaces. Rules search the code view so that {@code eval(} in a comment or {@code console.log}
 * in a message string does not fire, and look the real text up at the same offsets when they need it.
 *
 * <p>What stays: every code token, the quote/backtick/slash delimiters of literals (a rule can still see
 * "a string starts here"), {@code ${...}} expressions inside template literals (they are code), JSX tag
 * names, attribute names and {@code {...}} expressions. Line breaks are never blanked.
 *
 * <p>The lexer is a small state machine over an explicit stack of frames (code, template literal, JSX
 * opening tag, JSX children) rather than recursion, so deeply nested input cannot overflow the stack, and
 * every step consumes at least one character, so it always finishes in linear time.
 *
 * <p>Where JavaScript is ambiguous it guesses like a human reader would: a {@code /} or {@code <} starts
 * a regex or a JSX element only where an expression may begin (after {@code ( , = : ? ! & | ; { [ =>},
 * at the start, or after {@code return}, {@code yield}, {@code await}, ...). An unterminated regex falls
 * back to division. In {@code .tsx}, {@code <T,>(...)} and {@code <T extends X>} are generics, not JSX.
 */
final class CodeMasker {

    /** The masked text plus what the lexer learned on the way: where JSX tags and string literals are. */
    record Result(String code, int[] tagStarts, int[] literalSpans) {
    }

    private static final int CODE_ROOT = 0;
    private static final int CODE_EXPR = 1; // inside ${...} or a JSX {...}: ends at its unmatched '}'
    private static final int TEMPLATE = 2;
    private static final int TAG = 3;       // a JSX opening tag, between '<' and '>' or '/>'
    private static final int CHILDREN = 4;  // between a JSX opening tag's '>' and its closing tag

    private static final int PREV_START = 0;
    private static final int PREV_PUNCT = 1;
    private static final int PREV_WORD = 2;
    private static final int PREV_VALUE = 3;

    /** Words after which an expression (so a regex or a JSX element) may start. */
    private static final String[] EXPRESSION_KEYWORDS = {"return", "typeof", "instanceof", "in", "of", "new",
            "delete", "void", "throw", "case", "do", "else", "yield", "await", "default"};

    private final String src;
    private final char[] out;
    private final boolean jsx;
    private final IntList tagStarts = new IntList();
    private final IntList literalSpans = new IntList();

    private int[] frames = new int[16];
    private int[] depth = new int[16];   // CODE frames: open '{' count; TEMPLATE frames: start offset
    private boolean[] substituted = new boolean[16]; // TEMPLATE frames: saw a ${...}
    private int top = -1;
    private int pos;
    private int end;

    private int prevKind = PREV_START;
    private char prevPunct;
    private int prevWordStart;
    private int prevWordEnd;

    private CodeMasker(String src, char[] out, boolean jsx) {
        this.src = src;
        this.out = out;
        this.jsx = jsx;
    }

    /** The code view of a whole script file ({@code jsx}: whether JSX may appear, i.e. not plain .ts). */
    static Result maskScript(String text, boolean jsx) {
        CodeMasker masker = new CodeMasker(text, text.toCharArray(), jsx);
        masker.run(0, text.length());
        return new Result(new String(masker.out), masker.tagStarts.toArray(), masker.literalSpans.toArray());
    }

    /** The two views of an HTML file: code (only inline script bodies, lexed as JS) and markup. */
    record HtmlViews(String code, String markup, int[] tagStarts, int[] literalSpans) {
    }

    /**
     * HTML: the markup view blanks {@code <!-- -->} comments and the bodies of {@code <script>} and
     * {@code <style>} (so a {@code <} in a script is not taken for a tag); the code view keeps nothing but
     * the bodies of JavaScript {@code <script>} elements, masked like any script. Tag starts are every
     * {@code <name} and {@code </name} left in the markup view.
     */
    static HtmlViews maskHtml(String text) {
        int n = text.length();
        char[] markup = text.toCharArray();
        char[] code = blank(text).toCharArray();
        IntList literals = new IntList();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c != '<') {
                i++;
                continue;
            }
            if (text.startsWith("<!--", i)) {
                int close = text.indexOf("-->", i + 4);
                int stop = close < 0 ? n : close + 3;
                blankRange(text, markup, i, stop);
                i = stop;
                continue;
            }
            boolean script = startsWithTag(text, i, "script");
            if (script || startsWithTag(text, i, "style")) {
                int openEnd = endOfHtmlTag(text, i);
                int close = indexOfIgnoreCase(text, script ? "</script" : "</style", openEnd);
                int bodyEnd = close < 0 ? n : close;
                ScriptKind kind = script ? scriptKind(text.substring(i, openEnd)) : ScriptKind.DATA;
                if (kind != ScriptKind.DATA) {
                    text.getChars(openEnd, bodyEnd, code, openEnd);
                    CodeMasker masker = new CodeMasker(text, code, kind == ScriptKind.JSX);
                    masker.run(openEnd, bodyEnd);
                    literals.addAll(masker.literalSpans);
                }
                blankRange(text, markup, openEnd, bodyEnd);
                i = bodyEnd;
                continue;
            }
            i++;
        }
        // tags are read one after the other, each to its end, so a '<' inside a quoted attribute value is not
        // a tag, and a tag that never ends is one tag, not thousands
        String markupView = new String(markup);
        IntList tags = new IntList();
        int k = 0;
        while (k + 1 < n) {
            char next = markup[k + 1];
            if (markup[k] == '<' && (Character.isLetter(next)
                    || (next == '/' && k + 2 < n && Character.isLetter(markup[k + 2])))) {
                tags.add(k);
                k = endOfHtmlTag(markupView, k);
            } else {
                k++;
            }
        }
        return new HtmlViews(new String(code), markupView, tags.toArray(), literals.toArray());
    }

    /** The text with everything but line breaks blanked: the code view of a file that has no code. */
    static String blank(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            out[i] = c == '\n' || c == '\r' ? c : ' ';
        }
        return new String(out);
    }

    // ------------------------------------------------------------------ the lexer

    private void run(int from, int to) {
        pos = from;
        end = to;
        push(CODE_ROOT, 0);
        while (pos < end) {
            switch (frames[top]) {
                case CODE_ROOT, CODE_EXPR -> code();
                case TEMPLATE -> template();
                case TAG -> tag();
                default -> children();
            }
        }
    }

    private void code() {
        char c = src.charAt(pos);
        char next = at(pos + 1);
        if (c == '/' && next == '/') {
            lineComment();
        } else if (c == '/' && next == '*') {
            blockComment();
        } else if (c == '\'' || c == '"') {
            string(c);
            prevKind = PREV_VALUE;
        } else if (c == '`') {
            push(TEMPLATE, pos);
            pos++;
        } else if (c == '/' && expressionMayStart() && regex()) {
            prevKind = PREV_VALUE;
        } else if (c == '<' && jsx && expressionMayStart() && jsxElementStartsHere()) {
            tagStarts.add(pos);
            pos++;
            push(TAG, 0);
        } else if (c == '{') {
            depth[top]++;
            punct(c);
        } else if (c == '}') {
            if (depth[top] == 0 && frames[top] == CODE_EXPR) {
                pop();
                pos++;
            } else {
                if (depth[top] > 0) {
                    depth[top]--;
                }
                punct(c);
            }
        } else if (isWordPart(c)) {
            int start = pos;
            while (pos < end && isWordPart(src.charAt(pos))) {
                pos++;
            }
            prevKind = PREV_WORD;
            prevWordStart = start;
            prevWordEnd = pos;
        } else if (Character.isWhitespace(c)) {
            pos++;
        } else if (c == ')' || c == ']') {
            prevKind = PREV_VALUE;
            pos++;
        } else if (c == '#' && next == '!' && pos == 0) {
            lineComment(); // a shebang line
        } else {
            punct(c);
        }
    }

    private void template() {
        char c = src.charAt(pos);
        if (c == '`') {
            if (!substituted[top]) {
                literalSpans.add(depth[top]);
                literalSpans.add(pos + 1);
            }
            pop();
            pos++;
            prevKind = PREV_VALUE;
        } else if (c == '\\') {
            blankAt(pos);
            if (pos + 1 < end) {
                blankAt(pos + 1);
            }
            pos += 2;
        } else if (c == '$' && at(pos + 1) == '{') {
            substituted[top] = true;
            pos += 2;
            push(CODE_EXPR, 0);
            prevKind = PREV_PUNCT;
            prevPunct = '{';
        } else {
            blankAt(pos);
            pos++;
        }
    }

    private void tag() {
        char c = src.charAt(pos);
        char next = at(pos + 1);
        if (c == '"' || c == '\'') {
            // JSX attribute strings have no escapes: they simply run to the next quote of the same kind
            int close = src.indexOf(c, pos + 1);
            int stop = close < 0 || close >= end ? end : close;
            blankRange(src, out, pos + 1, stop);
            literalSpans.add(pos);
            literalSpans.add(Math.min(stop + 1, end));
            pos = stop + 1;
        } else if (c == '{') {
            pos++;
            push(CODE_EXPR, 0);
            prevKind = PREV_PUNCT;
            prevPunct = '{';
        } else if (c == '/' && next == '>') {
            pos += 2;
            pop();
            elementEnded();
        } else if (c == '/' && next == '/') {
            lineComment();
        } else if (c == '/' && next == '*') {
            blockComment();
        } else if (c == '>') {
            pos++;
            frames[top] = CHILDREN;
        } else {
            pos++;
        }
    }

    private void children() {
        char c = src.charAt(pos);
        char next = at(pos + 1);
        if (c == '{') {
            pos++;
            push(CODE_EXPR, 0);
            prevKind = PREV_PUNCT;
            prevPunct = '{';
        } else if (c == '<' && next == '/') {
            tagStarts.add(pos);
            int close = src.indexOf('>', pos + 2);
            pos = close < 0 || close >= end ? end : close + 1;
            pop();
            elementEnded();
        } else if (c == '<' && (next == '>' || isWordStart(next))) {
            tagStarts.add(pos);
            pos++;
            push(TAG, 0);
        } else {
            blankAt(pos); // JSX text: not code
            pos++;
        }
    }

    /** After a whole JSX element, the surrounding code sees a value (so a following '/' divides). */
    private void elementEnded() {
        if (top >= 0 && (frames[top] == CODE_ROOT || frames[top] == CODE_EXPR)) {
            prevKind = PREV_VALUE;
        }
    }

    private void lineComment() {
        int stop = pos;
        while (stop < end && src.charAt(stop) != '\n') {
            stop++;
        }
        blankRange(src, out, pos, stop);
        pos = stop;
    }

    private void blockComment() {
        int close = src.indexOf("*/", pos + 2);
        int stop = close < 0 || close + 2 > end ? end : close + 2;
        blankRange(src, out, pos, stop);
        pos = stop;
    }

    /** A '…' or "…" literal: contents blanked, quotes kept; ends early at an unescaped line break. */
    private void string(char quote) {
        int start = pos;
        int i = pos + 1;
        boolean closed = false;
        while (i < end) {
            char c = src.charAt(i);
            if (c == '\\') {
                blankAt(i);
                if (i + 1 < end) {
                    blankAt(i + 1);
                }
                i += 2;
                continue;
            }
            if (c == quote) {
                closed = true;
                break;
            }
            if (c == '\n') {
                break;
            }
            blankAt(i);
            i++;
        }
        pos = closed ? i + 1 : Math.min(i, end);
        literalSpans.add(start);
        literalSpans.add(pos);
    }

    /** A /regex/flags literal, if one closes on this line; its body is blanked. */
    private boolean regex() {
        int i = pos + 1;
        boolean inClass = false;
        while (i < end) {
            char c = src.charAt(i);
            if (c == '\n' || c == '\r') {
                return false;
            }
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                break;
            }
            i++;
        }
        if (i >= end) {
            return false;
        }
        blankRange(src, out, pos + 1, i);
        pos = i + 1;
        while (pos < end && isWordPart(src.charAt(pos))) {
            pos++;
        }
        return true;
    }

    private boolean expressionMayStart() {
        return switch (prevKind) {
            case PREV_START -> true;
            case PREV_VALUE -> false;
            case PREV_PUNCT -> prevPunct != '}' && prevPunct != '.';
            default -> isExpressionKeyword(prevWordStart, prevWordEnd);
        };
    }

    private boolean isExpressionKeyword(int start, int stop) {
        int length = stop - start;
        for (String keyword : EXPRESSION_KEYWORDS) {
            if (keyword.length() == length && src.startsWith(keyword, start)) {
                return true;
            }
        }
        return false;
    }

    /** At '<' where an expression may start: a JSX element, unless it is a generic parameter list. */
    private boolean jsxElementStartsHere() {
        char next = at(pos + 1);
        if (next == '>') {
            return true; // a fragment
        }
        if (!isWordStart(next)) {
            return false;
        }
        int i = pos + 1;
        while (i < end && (isWordPart(src.charAt(i)) || src.charAt(i) == '.' || src.charAt(i) == '-'
                || src.charAt(i) == ':')) {
            i++;
        }
        while (i < end && Character.isWhitespace(src.charAt(i))) {
            i++;
        }
        if (i < end && src.charAt(i) == ',') {
            return false; // <T,>(x: T) => ...
        }
        if (i - pos == 2 && Character.isUpperCase(src.charAt(pos + 1)) && at(i) == '>') {
            int j = i + 1;
            while (j < end && Character.isWhitespace(src.charAt(j))) {
                j++;
            }
            if (j < end && src.charAt(j) == '(') {
                return false; // type F = <T>(x: T) => T: a generic signature, not a component named T
            }
        }
        return !(src.startsWith("extends", i) && i + 7 < end && Character.isWhitespace(src.charAt(i + 7)));
    }

    private void punct(char c) {
        prevKind = PREV_PUNCT;
        prevPunct = c;
        pos++;
    }

    private void push(int frame, int value) {
        top++;
        if (top == frames.length) {
            frames = Arrays.copyOf(frames, top * 2);
            depth = Arrays.copyOf(depth, top * 2);
            substituted = Arrays.copyOf(substituted, top * 2);
        }
        frames[top] = frame;
        depth[top] = value;
        substituted[top] = false;
    }

    private void pop() {
        if (top > 0) {
            top--;
        } else {
            // never leave the root frame: stray closers are simply skipped
            frames[0] = CODE_ROOT;
            depth[0] = 0;
        }
    }

    private char at(int i) {
        return i < end ? src.charAt(i) : '\0';
    }

    private void blankAt(int i) {
        char c = src.charAt(i);
        if (c != '\n' && c != '\r') {
            out[i] = ' ';
        }
    }

    private static void blankRange(String src, char[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = src.charAt(i);
            if (c != '\n' && c != '\r') {
                out[i] = ' ';
            }
        }
    }

    static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '$';
    }

    static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    // ------------------------------------------------------------------ HTML support

    private static boolean startsWithTag(String text, int i, String name) {
        int after = i + 1 + name.length();
        return text.regionMatches(true, i + 1, name, 0, name.length())
                && (after >= text.length() || Character.isWhitespace(text.charAt(after))
                || text.charAt(after) == '>' || text.charAt(after) == '/');
    }

    /** The offset just after the '>' closing the HTML tag at {@code start}, skipping quoted attribute values. */
    private static int endOfHtmlTag(String text, int start) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int close = text.indexOf(c, i + 1);
                i = close < 0 ? text.length() : close + 1;
                continue;
            }
            if (c == '>') {
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    private static int indexOfIgnoreCase(String text, String needle, int from) {
        for (int i = from; i + needle.length() <= text.length(); i++) {
            if (text.charAt(i) == '<' && text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static final Pattern SCRIPT_TYPE = Pattern.compile("(?i)\\stype\\s*+=\\s*+[\"']?+([^\"'\\s>]*+)");

    /**
     * What a script element holds, from its type: JavaScript (no type, a JavaScript MIME type or
     * {@code module}), JSX ({@code text/babel}, {@code text/jsx}: in-browser Babel), or data
     * ({@code application/json}, {@code importmap}, templates: null).
     */
    private static ScriptKind scriptKind(String openTag) {
        Matcher m = SCRIPT_TYPE.matcher(openTag);
        if (!m.find()) {
            return ScriptKind.JAVASCRIPT;
        }
        String type = m.group(1).toLowerCase(Locale.ROOT);
        if (type.equals("text/babel") || type.equals("text/jsx")) {
            return ScriptKind.JSX;
        }
        return type.isEmpty() || type.equals("module") || type.contains("javascript") || type.contains("ecmascript")
                ? ScriptKind.JAVASCRIPT : ScriptKind.DATA;
    }

    private enum ScriptKind { JAVASCRIPT, JSX, DATA }

    /** A growable int array, so offsets are not boxed. */
    static final class IntList {
        private int[] values = new int[32];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void addAll(IntList other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
