package com.nexusgen.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One JSX or HTML element found by {@link JsxScanner}: its opening tag's name, attributes and position, and
 * (when it has a closing tag) where its content ends, with links to its parent and children.
 */
public final class JsxElement {

    /** One attribute of an opening tag, as written. */
    public record Attribute(String name, ValueKind kind, String value, int offset) {

        public enum ValueKind {
            /** {@code name="..."}, {@code name='...'} or an unquoted HTML value; {@code value} is the text inside. */
            STRING,
            /** {@code name={...}}; {@code value} is the expression between the braces. */
            EXPRESSION,
            /** {@code name} alone (a boolean attribute); {@code value} is empty. */
            BARE,
            /** {@code {...spread}}; {@code name} is empty and {@code value} the spread expression. */
            SPREAD
        }

        /**
         * The attribute's literal text, when it is known without running code: a string value, or an
         * expression that is a single string literal ({@code {'_blank'}}, {@code {"x"}}, {@code {`x`}}); null
         * otherwise.
         */
        public String literal() {
            if (kind == ValueKind.STRING) {
                return value;
            }
            if (kind != ValueKind.EXPRESSION) {
                return null;
            }
            String v = value.strip();
            if (v.length() < 2) {
                return null;
            }
            char q = v.charAt(0);
            if ((q != '\'' && q != '"' && q != '`') || v.charAt(v.length() - 1) != q) {
                return null;
            }
            String inner = v.substring(1, v.length() - 1);
            if (inner.indexOf(q) >= 0 || (q == '`' && inner.contains("${"))) {
                return null; // a concatenation or an interpolation: not a single literal
            }
            return inner;
        }
    }

    private final String name;
    private final int start;
    private final int openEnd;
    private final boolean selfClosing;
    private final int line;
    private final List<Attribute> attributes;
    private final boolean inAttribute;
    private final List<JsxElement> children = new ArrayList<>();
    private JsxElement parent;
    private int contentEnd = -1;

    JsxElement(String name, int start, int openEnd, boolean selfClosing, int line, List<Attribute> attributes,
               boolean inAttribute) {
        this.inAttribute = inAttribute;
        this.name = name;
        this.start = start;
        this.openEnd = openEnd;
        this.selfClosing = selfClosing;
        this.line = line;
        this.attributes = Collections.unmodifiableList(attributes);
    }

    /** The tag name as written ({@code div}, {@code Link}, {@code Foo.Bar}); empty for a fragment; lower case in HTML. */
    public String name() {
        return name;
    }

    /** The offset of the opening tag's {@code <}. */
    public int start() {
        return start;
    }

    /** The offset just after the opening tag's {@code >}: where the content starts. */
    public int openEnd() {
        return openEnd;
    }

    public boolean selfClosing() {
        return selfClosing;
    }

    /** The 1-based line of the opening tag's {@code <}. */
    public int line() {
        return line;
    }

    /**
     * Whether the element is written inside another element's attribute, like {@code render={<a href="#" />}}
     * or {@code element={<Home />}}: a template or prop value, whose children the host component may supply.
     */
    public boolean inAttribute() {
        return inAttribute;
    }

    public List<Attribute> attributes() {
        return attributes;
    }

    /** The first attribute with this name (names are compared as written; HTML names are lower case), or null. */
    public Attribute attribute(String attributeName) {
        for (Attribute a : attributes) {
            if (a.name().equals(attributeName)) {
                return a;
            }
        }
        return null;
    }

    public boolean has(String attributeName) {
        return attribute(attributeName) != null;
    }

    /** Whether an attribute has a value that may be non-empty (any expression, or a non-blank string). */
    public boolean hasNonEmpty(String attributeName) {
        Attribute a = attribute(attributeName);
        if (a == null) {
            return false;
        }
        String literal = a.literal();
        return literal == null ? a.kind() == Attribute.ValueKind.EXPRESSION : !literal.isBlank();
    }

    /** Whether a {@code {...props}} spread may be supplying attributes we cannot see. */
    public boolean hasSpread() {
        for (Attribute a : attributes) {
            if (a.kind() == Attribute.ValueKind.SPREAD) {
                return true;
            }
        }
        return false;
    }

    public JsxElement parent() {
        return parent;
    }

    public List<JsxElement> children() {
        return Collections.unmodifiableList(children);
    }

    /**
     * The offset where the content ends (the closing tag's {@code <}, or where an unclosed HTML element was
     * implicitly closed); -1 for self-closing and void elements, and for elements never closed.
     */
    public int contentEnd() {
        return contentEnd;
    }

    /** Whether an ancestor has this name. */
    public boolean isInside(String ancestorName) {
        for (JsxElement e = parent; e != null; e = e.parent) {
            if (e.name.equals(ancestorName)) {
                return true;
            }
        }
        return false;
    }

    void parent(JsxElement p) {
        this.parent = p;
        p.children.add(this);
    }

    void contentEnd(int offset) {
        this.contentEnd = offset;
    }

    @Override
    public String toString() {
        return "<" + name + "> at line " + line;
    }
}
