package com.nexusgen.review.rules;

import com.nexusgen.domain.code.Finding;
import com.nexusgen.review.SourceFile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * {@code no-dangerous-html}: writing HTML strings into the page ({@code dangerouslySetInnerHTML},
 * {@code .innerHTML =}, {@code .outerHTML =}, {@code insertAdjacentHTML}, {@code document.write}). Any user
 * or API text that reaches them becomes markup, and script: the classic XSS sink.
 *
 * <p>Not reported, because they are not an injection path: a constant string with no interpolation
 * ({@code el.innerHTML = ''} to clear an element, {@code dangerouslySetInnerHTML={{ __html: `<style>...` }}}
 * for a fixed inline script or style) and values that visibly go through a sanitizer call
 * ({@code DOMPurify.sanitize(...)}, {@code sanitizeHtml(...)}) in the same expression.
 */
public final class DangerousHtml extends AbstractRule {

    private static final Pattern REACT = Pattern.compile("\\bdangerouslySetInnerHTML\\b");
    private static final Pattern ASSIGNMENT = Pattern.compile("(innerHTML|outerHTML)\\s*+\\+?+=(?!=)");
    private static final Pattern ADJACENT = Pattern.compile("insertAdjacentHTML\\s*+\\(");
    private static final Pattern WRITE = Pattern.compile("\\bdocument\\s*+\\.\\s*+(writeln|write)\\s*+\\(");
    private static final Pattern SANITIZED = Pattern.compile("(?i)sanitize\\w*+\\s*+\\(");
    private static final String LITERAL = "(?:'\\s*+'|\"\\s*+\"|`\\s*+`)";
    private static final Pattern STATIC_LITERAL = Pattern.compile("\\s*+" + LITERAL + "\\s*+");
    /** {@code {{ __html: 'constant' }}}, in the code view (where a literal's text is blank). */
    private static final Pattern STATIC_HTML = Pattern.compile(
            "\\s*+\\{\\s*+__html\\s*+:\\s*+" + LITERAL + "\\s*+,?\\s*+\\}\\s*+");
    private static final int MAX_EXPRESSION = 4000;

    public DangerousHtml() {
        super("no-dangerous-html", Finding.Severity.CRITICAL, Finding.Category.SECURITY,
                "HTML strings written into the DOM (dangerouslySetInnerHTML, innerHTML, document.write) allow XSS.");
    }

    @Override
    public List<Finding> check(SourceFile file) {
        List<Finding> findings = new ArrayList<>();
        if (!file.hasCode()) {
            return findings;
        }
        String code = file.code();
        for (MatchResult m : matches(code, REACT, "dangerouslySetInnerHTML")) {
            int value = file.skipSpace(m.end());
            if (value < code.length() && (code.charAt(value) == '=' || code.charAt(value) == ':')) {
                int open = file.skipSpace(value + 1);
                if (open < code.length() && code.charAt(open) == '{') {
                    int close = file.closing(open);
                    if (close > 0 && (SANITIZED.matcher(code).region(open, close).find()
                            || STATIC_HTML.matcher(code).region(open + 1, close).matches())) {
                        continue;
                    }
                }
            }
            findings.add(at(file, m.start(), "dangerouslySetInnerHTML renders a string as raw HTML",
                    "Render the content as JSX ({text} is escaped by React); if it must be HTML, pass it through "
                            + "DOMPurify.sanitize(html) first."));
        }
        for (MatchResult m : matches(code, ASSIGNMENT, "innerHTML", "outerHTML")) {
            if (charBefore(file, m.start()) != '.') {
                continue;
            }
            int end = expressionEnd(file, m.end());
            if (STATIC_LITERAL.matcher(code).region(m.end(), end).matches()
                    || SANITIZED.matcher(code).region(m.end(), end).find()) {
                continue;
            }
            findings.add(at(file, m.start(), "assigning to ." + m.group(1) + " parses a string as HTML",
                    "Set element.textContent for text, or build nodes with document.createElement; sanitize with "
                            + "DOMPurify.sanitize(html) if markup is really needed. In React, render JSX instead."));
        }
        for (MatchResult m : matches(code, ADJACENT, "insertAdjacentHTML")) {
            if (charBefore(file, m.start()) != '.') {
                continue;
            }
            int open = m.end() - 1;
            int close = file.closing(open);
            if (close > 0 && SANITIZED.matcher(code).region(open, close).find()) {
                continue;
            }
            findings.add(at(file, m.start(), "insertAdjacentHTML() parses a string as HTML",
                    "Use insertAdjacentText() or insertAdjacentElement(), or sanitize with DOMPurify.sanitize(html)."));
        }
        for (MatchResult m : matches(code, WRITE, "document")) {
            findings.add(at(file, m.start(), "document." + m.group(1) + "() writes raw HTML into the page",
                    "Create elements with document.createElement / append, or render them with React."));
        }
        return findings;
    }

    /**
     * Where the right-hand side starting at {@code from} ends: a {@code ;} or {@code ,}, a line break after
     * some code, or a closing bracket of the enclosing expression, whichever comes first outside brackets and
     * template literals. Bracketed parts are jumped over whole; an unclosed one ends the search.
     */
    private static int expressionEnd(SourceFile file, int from) {
        String code = file.code();
        boolean inTemplate = false;
        boolean sawCode = false;
        int limit = Math.min(code.length(), from + MAX_EXPRESSION);
        int i = from;
        while (i < limit) {
            char c = code.charAt(i);
            if (c == '`') {
                inTemplate = !inTemplate;
            } else if (c == '(' || c == '[' || c == '{') {
                int close = file.closing(i);
                if (close < 0) {
                    return limit;
                }
                i = close;
            } else if (c == ')' || c == ']' || c == '}') {
                return i;
            } else if (!inTemplate && (c == ';' || c == ',' || (c == '\n' && sawCode))) {
                return i;
            }
            sawCode |= !Character.isWhitespace(c);
            i++;
        }
        return Math.min(i, limit);
    }
}
