package com.nexusgen.review.rules;

import com.nexusgen.domain.code.Finding;
import com.nexusgen.review.SourceFile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * {@code no-console}: {@code console.log} and {@code console.debug} left in the app: debugging output that
 * ships to every user's console and can leak data. {@code console.warn}/{@code error} are legitimate
 * reporting and are not flagged.
 */
public final class NoConsole extends AbstractRule {

    private static final Pattern CONSOLE = Pattern.compile("\\bconsole\\s*+\\.\\s*+(log|debug)\\s*+\\(");

    public NoConsole() {
        super("no-console", Finding.Severity.LOW, Finding.Category.QUALITY,
                "console.log/console.debug left in shipped code.");
    }

    @Override
    public List<Finding> check(SourceFile file) {
        List<Finding> findings = new ArrayList<>();
        if (!file.hasCode()) {
            return findings;
        }
        for (MatchResult m : matches(file.code(), CONSOLE, "console")) {
            findings.add(at(file, m.start(), "console." + m.group(1) + "() left in the code",
                    "Remove it, or report real problems with console.error / your error reporting."));
        }
        return findings;
    }
}
