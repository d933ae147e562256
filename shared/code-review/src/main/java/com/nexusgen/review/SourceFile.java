package com.nexusgen.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One file of the generated app, as the rules see it: its path and text, its kind (from the extension),
 * and two views with exactly the same offsets and line breaks as the text:
 * <ul>
 *   <li>{@link #code()}: the JavaScript/TypeScript code with comments, literal contents and JSX text blanked
 *       (see {@link CodeMasker}); for HTML only the inline {@code <script>} bodies; blank for files that hold
 *       no code (CSS, JSON, .env, ...).</li>
 *   <li>{@link #markup()}: where the JSX/HTML tags are read from ({@link JsxScanner}).</li>
 * </ul>
 * Because offsets line up, a rule finds a pattern in a view and reads the real characters from {@link #text()}.
 */
public final class SourceFile {

    public enum Kind {
        TYPESCRIPT, TSX, JAVASCRIPT, JSX, HTML, CSS, JSON, ENV, OTHER;

        /** Files whose whole content is JavaScript or TypeScript. */
        public boolean script() {
            return this == TYPESCRIPT || this == TSX || this == JAVASCRIPT || this == JSX;
        }

        /** Script kinds that may contain JSX (plain .ts may not: there {@code <T>} is a type assertion). */
        public boolean jsx() {
            return this == TSX || this == JSX || this == JAVASCRIPT;
        }

        public boolean typescript() {
            return this == TYPESCRIPT || this == TSX;
        }
    }

    /** A quoted string (or a template literal without {@code ${}}): the offsets of its delimiters. */
    public record Literal(int start, int end, String value) {
    }

    private final String path;
    private final String text;
    private final Kind kind;
    private final int[] lineStarts;
    private final String code;
    private final String markup;
    private final int[] tagStarts;
    private final int[] literalSpans;
    private List<String> lines;
    private List<Literal> literals;
    private List<JsxElement> elements;
    private int[] partners;

    public SourceFile(String path, String text) {
        this.path = Objects.requireNonNull(path, "path");
        this.text = Objects.requireNonNull(text, "text");
        this.kind = kindOf(path);
        this.lineStarts = lineStarts(text);
        if (kind.script()) {
            CodeMasker.Result masked = CodeMasker.maskScript(text, kind.jsx());
            this.code = masked.code();
            this.markup = masked.code();
            this.tagStarts = masked.tagStarts();
            this.literalSpans = masked.literalSpans();
        } else if (kind == Kind.HTML) {
            CodeMasker.HtmlViews views = CodeMasker.maskHtml(text);
            this.code = views.code();
            this.markup = views.markup();
            this.tagStarts = views.tagStarts();
            this.literalSpans = views.literalSpans();
        } else {
            this.code = CodeMasker.blank(text);
            this.markup = this.code;
            this.tagStarts = new int[0];
            this.literalSpans = new int[0];
        }
    }

    public static Kind kindOf(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.equals(".env") || name.startsWith(".env.") || name.endsWith(".env")) {
            return Kind.ENV;
        }
        String ext = name.substring(name.lastIndexOf('.') + 1);
        return switch (ext) {
            case "ts", "mts", "cts" -> Kind.TYPESCRIPT;
            case "tsx" -> Kind.TSX;
            case "js", "mjs", "cjs" -> Kind.JAVASCRIPT;
            case "jsx" -> Kind.JSX;
            case "html", "htm" -> Kind.HTML;
            case "css", "scss", "sass", "less" -> Kind.CSS;
            case "json" -> Kind.JSON;
            default -> Kind.OTHER;
        };
    }

    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    public Kind kind() {
        return kind;
    }

    /** The text's lines without their line breaks; line {@code n} (1-based) is {@code lines().get(n - 1)}. */
    public List<String> lines() {
        if (lines == null) {
            List<String> list = new ArrayList<>(lineStarts.length);
            for (int i = 0; i < lineStarts.length; i++) {
                int stop = i + 1 < lineStarts.length ? lineStarts[i + 1] - 1 : text.length();
                if (stop > lineStarts[i] && text.charAt(stop - 1) == '\r') {
                    stop--;
                }
                list.add(text.substring(lineStarts[i], Math.max(stop, lineStarts[i])));
            }
            lines = Collections.unmodifiableList(list);
        }
        return lines;
    }

    public String code() {
        return code;
    }

    public String markup() {
        return markup;
    }

    /** Whether any rule that reads JavaScript has something to read here (a script, or HTML with scripts). */
    public boolean hasCode() {
        return kind.script() || kind == Kind.HTML;
    }

    /** Whether the file may hold JSX or HTML elements. */
    public boolean hasMarkup() {
        return kind.jsx() || kind == Kind.HTML;
    }

    /** The 1-based line of a character offset. */
    public int lineOf(int offset) {
        int at = Arrays.binarySearch(lineStarts, offset);
        return at >= 0 ? at + 1 : -at - 1;
    }

    /** The offset of the first character of a 1-based line. */
    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
    }

    /** Whether a JSX/HTML tag ({@code <name} or {@code </name}) begins at this offset. */
    public boolean isTagStart(int offset) {
        return Arrays.binarySearch(tagStarts, offset) >= 0;
    }

    int[] tagStarts() {
        return tagStarts;
    }

    /** The string literals of the code, in order; {@code value} is the raw text between the delimiters. */
    public List<Literal> literals() {
        if (literals == null) {
            List<Literal> list = new ArrayList<>(literalSpans.length / 2);
            for (int i = 0; i + 1 < literalSpans.length; i += 2) {
                int start = literalSpans[i];
                int stop = literalSpans[i + 1];
                boolean closed = stop - start >= 2 && text.charAt(stop - 1) == text.charAt(start);
                list.add(new Literal(start, stop, text.substring(start + 1, closed ? stop - 1 : stop)));
            }
            list.sort((a, b) -> Integer.compare(a.start(), b.start()));
            literals = Collections.unmodifiableList(list);
        }
        return literals;
    }

    /** The literal whose closing delimiter ends just before {@code end} (exclusive), or null. */
    public Literal literalEndingAt(int end) {
        List<Literal> all = literals();
        int lo = 0;
        int hi = all.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int e = all.get(mid).end();
            if (e < end) {
                lo = mid + 1;
            } else if (e > end) {
                hi = mid - 1;
            } else {
                return all.get(mid);
            }
        }
        return null;
    }

    /** The literal starting at this offset (its opening delimiter), or null. */
    public Literal literalAt(int start) {
        List<Literal> all = literals();
        int lo = 0;
        int hi = all.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = all.get(mid).start();
            if (s < start) {
                lo = mid + 1;
            } else if (s > start) {
                hi = mid - 1;
            } else {
                return all.get(mid);
            }
        }
        return null;
    }

    /** The JSX/HTML elements, in document order (see {@link JsxScanner}). */
    public List<JsxElement> elements() {
        if (elements == null) {
            elements = hasMarkup() ? JsxScanner.scan(this) : List.of();
        }
        return elements;
    }

    /** The element whose opening tag starts at this offset, or null. */
    public JsxElement elementAt(int offset) {
        List<JsxElement> all = elements();
        int lo = 0;
        int hi = all.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = all.get(mid).start();
            if (s < offset) {
                lo = mid + 1;
            } else if (s > offset) {
                hi = mid - 1;
            } else {
                return all.get(mid);
            }
        }
        return null;
    }

    /**
     * The offset of the bracket closing the one at {@code open} in the code view ({@code (}, {@code [} or
     * {@code {}), or -1 when it is never closed. Literals are blanked in the code view, so brackets inside
     * strings do not count. Each kind is matched with its own kind only, so one stray bracket of another kind
     * does not derail the rest.
     */
    public int closing(int open) {
        char c = code.charAt(open);
        if (c != '(' && c != '[' && c != '{') {
            throw new IllegalArgumentException("not an opening bracket: " + c);
        }
        return partners()[open];
    }

    /** The offset of the bracket opening the one closing at {@code close}, or -1 (see {@link #closing}). */
    public int opening(int close) {
        char c = code.charAt(close);
        if (c != ')' && c != ']' && c != '}') {
            throw new IllegalArgumentException("not a closing bracket: " + c);
        }
        return partners()[close];
    }

    /**
     * Every bracket's partner, found in one pass with a stack per kind, so that rules asking for many
     * brackets (one per {@code .map(}, per JSX expression, ...) stay linear even on unbalanced input.
     */
    private int[] partners() {
        if (partners == null) {
            int n = code.length();
            int[] found = new int[n];
            int[][] stacks = {new int[16], new int[16], new int[16]};
            int[] sizes = new int[3];
            for (int i = 0; i < n; i++) {
                char c = code.charAt(i);
                int kind = "([{".indexOf(c);
                if (kind >= 0) {
                    found[i] = -1;
                    if (sizes[kind] == stacks[kind].length) {
                        stacks[kind] = Arrays.copyOf(stacks[kind], sizes[kind] * 2);
                    }
                    stacks[kind][sizes[kind]++] = i;
                    continue;
                }
                kind = ")]}".indexOf(c);
                if (kind >= 0) {
                    if (sizes[kind] == 0) {
                        found[i] = -1;
                    } else {
                        int open = stacks[kind][--sizes[kind]];
                        found[open] = i;
                        found[i] = open;
                    }
                }
            }
            partners = found;
        }
        return partners;
    }

    /** The first offset at or after {@code from} that is not whitespace in the code view (or the length). */
    public int skipSpace(int from) {
        int i = from;
        while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The last offset before {@code before} that is not whitespace in the code view (or -1). */
    public int skipSpaceBack(int before) {
        int i = before - 1;
        while (i >= 0 && Character.isWhitespace(code.charAt(i))) {
            i--;
        }
        return i;
    }

    private static int[] lineStarts(String text) {
        CodeMasker.IntList starts = new CodeMasker.IntList();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.toArray();
    }

    @Override
    public String toString() {
        return path;
    }
}
