package com.nexusgen.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the JSX or HTML elements of a file: each opening tag's name, attributes (strings, {@code {...}}
 * expressions with nested braces, bare booleans, {@code {...spread}}) and start line, however the tag is
 * spread over lines, then nests them by their closing tags.
 *
 * <p>It works on {@link SourceFile#markup()}: in scripts that is the code view, where string contents and
 * JSX text are blanked, so a {@code >} or a brace inside a string or an expression's string cannot end a
 * tag or unbalance an expression; attribute values are then read from the real text at the same offsets.
 * Where tags start is already known ({@link CodeMasker} saw them; in HTML every {@code <name}), so a
 * TypeScript generic like {@code useState<string>()} is never mistaken for an element.
 */
public final class JsxScanner {

    /** HTML elements that never have content or a closing tag. */
    private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img",
            "input", "link", "meta", "param", "source", "track", "wbr");

    private static final int MAX_CLOSE_SEARCH = 512;

    private final SourceFile file;
    private final String markup;
    private final String text;
    private final boolean html;

    private JsxScanner(SourceFile file) {
        this.file = file;
        this.markup = file.markup();
        this.text = file.text();
        this.html = file.kind() == SourceFile.Kind.HTML;
    }

    /** The file's elements in document order (by the offset of their opening tag). */
    public static List<JsxElement> scan(SourceFile file) {
        return new JsxScanner(file).scan();
    }

    private List<JsxElement> scan() {
        List<JsxElement> all = new ArrayList<>();
        List<JsxElement> open = new ArrayList<>(); // the elements whose content we are in, innermost last
        List<JsxElement> hosts = new ArrayList<>(); // the elements whose opening tag we are in, innermost last
        for (int start : file.tagStarts()) {
            if (start + 1 >= markup.length()) {
                continue;
            }
            while (!hosts.isEmpty() && hosts.get(hosts.size() - 1).openEnd() <= start) {
                hosts.remove(hosts.size() - 1);
            }
            if (markup.charAt(start + 1) == '/') {
                close(open, start);
                continue;
            }
            JsxElement element = openingTag(start, !hosts.isEmpty());
            hosts.add(element);
            if (!open.isEmpty()) {
                element.parent(open.get(open.size() - 1));
            }
            all.add(element);
            if (!element.selfClosing()) {
                open.add(element);
            }
        }
        return all;
    }

    /** A closing tag at {@code start}: ends the innermost open element of that name and any left open inside it. */
    private void close(List<JsxElement> open, int start) {
        int i = start + 2;
        int nameStart = i;
        while (i < markup.length() && isNameChar(markup.charAt(i))) {
            i++;
        }
        String name = name(nameStart, i);
        // look a bounded way up: a stray closing tag deep in broken markup must not cost a walk to the root
        for (int k = open.size() - 1; k >= Math.max(0, open.size() - MAX_CLOSE_SEARCH); k--) {
            if (open.get(k).name().equals(name)) {
                while (open.size() > k) {
                    open.remove(open.size() - 1).contentEnd(start);
                }
                return;
            }
        }
        // a closing tag with no opening tag: ignore it (HTML is forgiving, and so are we)
    }

    private JsxElement openingTag(int start, boolean inAttribute) {
        int n = markup.length();
        int i = start + 1;
        int nameStart = i;
        while (i < n && isNameChar(markup.charAt(i))) {
            i++;
        }
        String name = name(nameStart, i);
        List<JsxElement.Attribute> attributes = new ArrayList<>();
        boolean selfClosing = false;
        int openEnd = n;
        while (i < n) {
            char c = markup.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '>') {
                openEnd = i + 1;
                break;
            } else if (c == '/' && i + 1 < n && markup.charAt(i + 1) == '>') {
                selfClosing = true;
                openEnd = i + 2;
                break;
            } else if (c == '{' && !html) {
                int close = file.closing(i);
                if (close < 0) {
                    break; // never closed: the rest of the file is not this tag's business
                }
                String expression = text.substring(i + 1, close).strip();
                if (expression.startsWith("...")) {
                    attributes.add(new JsxElement.Attribute("", JsxElement.Attribute.ValueKind.SPREAD,
                            expression.substring(3).strip(), i));
                }
                i = Math.min(close + 1, n);
            } else if (c == '/' || c == '"' || c == '\'' || c == '=') {
                i++; // stray characters: skip them rather than stall
            } else {
                i = attribute(i, attributes);
            }
        }
        boolean isVoid = html && VOID_ELEMENTS.contains(name);
        return new JsxElement(name, start, openEnd, selfClosing || isVoid, file.lineOf(start), attributes, inAttribute);
    }

    /** Reads one {@code name[=value]} attribute starting at {@code from}; returns where it ends. */
    private int attribute(int from, List<JsxElement.Attribute> attributes) {
        int n = markup.length();
        int i = from;
        while (i < n && !Character.isWhitespace(markup.charAt(i)) && "=>/{\"'".indexOf(markup.charAt(i)) < 0) {
            i++;
        }
        String attributeName = html ? text.substring(from, i).toLowerCase(Locale.ROOT) : text.substring(from, i);
        int j = i;
        while (j < n && Character.isWhitespace(markup.charAt(j))) {
            j++;
        }
        if (j >= n || markup.charAt(j) != '=') {
            attributes.add(new JsxElement.Attribute(attributeName, JsxElement.Attribute.ValueKind.BARE, "", from));
            return i;
        }
        j++;
        while (j < n && Character.isWhitespace(markup.charAt(j))) {
            j++;
        }
        if (j >= n) {
            return n;
        }
        char c = markup.charAt(j);
        if (c == '"' || c == '\'') {
            int close = markup.indexOf(c, j + 1);
            int stop = close < 0 ? n : close;
            attributes.add(new JsxElement.Attribute(attributeName, JsxElement.Attribute.ValueKind.STRING,
                    text.substring(j + 1, stop), from));
            return Math.min(stop + 1, n);
        }
        if (c == '{' && !html) {
            int close = file.closing(j);
            if (close < 0) {
                attributes.add(new JsxElement.Attribute(attributeName, JsxElement.Attribute.ValueKind.EXPRESSION, "",
                        from));
                return n;
            }
            attributes.add(new JsxElement.Attribute(attributeName, JsxElement.Attribute.ValueKind.EXPRESSION,
                    text.substring(j + 1, close), from));
            return Math.min(close + 1, n);
        }
        int stop = j;
        while (stop < n && !Character.isWhitespace(markup.charAt(stop)) && markup.charAt(stop) != '>') {
            stop++;
        }
        attributes.add(new JsxElement.Attribute(attributeName, JsxElement.Attribute.ValueKind.STRING,
                text.substring(j, stop), from));
        return stop;
    }

    private String name(int from, int to) {
        String name = text.substring(from, to);
        return html ? name.toLowerCase(Locale.ROOT) : name;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.' || c == '-' || c == ':';
    }
}
