package com.nexusgen.review.rules;

import com.nexusgen.domain.code.Finding;
import com.nexusgen.review.SourceFile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * {@code no-sync-xhr}: a synchronous XMLHttpRequest ({@code xhr.open(method, url, false)}), which freezes
 * the page until the server answers and is deprecated on the main thread.
 */
public final class SyncXhr extends AbstractRule {

    private static final Pattern OPEN = Pattern.compile("open\\s*+\\(");

    public SyncXhr() {
        super("no-sync-xhr", Finding.Severity.MEDIUM, Finding.Category.PERFORMANCE,
                "Synchronous XMLHttpRequest blocks the main thread.");
    }

    @Override
    public List<Finding> check(SourceFile file) {
        List<Finding> findings = new ArrayList<>();
        if (!file.hasCode()) {
            return findings;
        }
        String code = file.code();
        for (MatchResult m : matches(code, OPEN, "open")) {
            if (charBefore(file, m.start()) != '.') {
                continue;
            }
            int open = m.end() - 1;
            int close = file.closing(open);
            if (close < 0) {
                continue;
            }
            List<String> arguments = arguments(code, open + 1, close);
            if (arguments.size() >= 3 && arguments.get(2).strip().equals("false")) {
                findings.add(at(file, m.start(), "XMLHttpRequest.open(..., false) makes a synchronous request",
                        "Use fetch() with await (or open(method, url, true) with an onload handler)."));
            }
        }
        return findings;
    }

    /** The comma-separated arguments between {@code from} and {@code to}, split at depth 0 only. */
    private static List<String> arguments(String code, int from, int to) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                arguments.add(code.substring(start, i));
                start = i + 1;
            }
        }
        arguments.add(code.substring(start, to));
        return arguments;
    }
}
