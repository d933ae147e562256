package com.nexusgen.review.rules;

import com.nexusgen.domain.code.Finding;
import com.nexusgen.review.Rule;
import com.nexusgen.review.SourceFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fixed metadata every rule carries, and a way to make its findings. */
abstract class AbstractRule implements Rule {

    private final String id;
    private final Finding.Severity severity;
    private final Finding.Category category;
    private final String description;

    AbstractRule(String id, Finding.Severity severity, Finding.Category category, String description) {
        this.id = id;
        this.severity = severity;
        this.category = category;
        this.description = description;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Finding.Severity severity() {
        return severity;
    }

    @Override
    public final Finding.Category category() {
        return category;
    }

    @Override
    public final String description() {
        return description;
    }

    /** A finding at the line of a character offset. */
    final Finding at(SourceFile file, int offset, String message, String suggestedFix) {
        return onLine(file, file.lineOf(offset), message, suggestedFix);
    }

    final Finding onLine(SourceFile file, int line, String message, String suggestedFix) {
        return new Finding(id, severity, category, file.path(), line, message + " (" + file.path() + ":" + line + ")",
                suggestedFix);
    }

    /**
     * The matches of {@code pattern} that start where one of the {@code anchors} occurs, in order. The pattern
     * must begin with its anchor (a leading {@code \b} is fine: the bounds are transparent, so it sees the
     * character before). Finding the anchors with {@code indexOf} and trying the pattern only there is many
     * times faster than letting {@code Matcher.find} try the pattern at every offset, and it keeps each
     * attempt short, so no input can make a pattern scan the file again and again.
     */
    static List<MatchResult> matches(String text, Pattern pattern, String... anchors) {
        List<MatchResult> results = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (String anchor : anchors) {
            for (int i = text.indexOf(anchor); i >= 0; i = text.indexOf(anchor, i + 1)) {
                m.region(i, text.length());
                if (m.lookingAt()) {
                    results.add(m.toMatchResult());
                }
            }
        }
        if (anchors.length > 1) {
            results.sort(Comparator.comparingInt(MatchResult::start));
        }
        return results;
    }

    /** The identifier ending right before {@code offset} in the code view (whitespace skipped), or "". */
    static String wordBefore(SourceFile file, int offset) {
        String code = file.code();
        int end = file.skipSpaceBack(offset);
        int start = end;
        while (start >= 0 && isWordPart(code.charAt(start))) {
            start--;
        }
        return code.substring(start + 1, end + 1);
    }

    /** The code-view character right before {@code offset}, whitespace skipped, or NUL at the start. */
    static char charBefore(SourceFile file, int offset) {
        int at = file.skipSpaceBack(offset);
        return at < 0 ? '\0' : file.code().charAt(at);
    }

    /**
     * Whether a global function call at {@code offset} really calls the global: not a method of another
     * object ({@code obj.eval(}), except through {@code window.}, {@code globalThis.} or {@code self.}; not a
     * declaration ({@code function escape(}).
     */
    static boolean callsGlobal(SourceFile file, int offset) {
        char before = charBefore(file, offset);
        if (before == '.') {
            int dot = file.skipSpaceBack(offset);
            String receiver = wordBefore(file, dot);
            return receiver.equals("window") || receiver.equals("globalThis") || receiver.equals("self");
        }
        return !wordBefore(file, offset).equals("function");
    }

    static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    @Override
    public String toString() {
        return id;
    }
}
