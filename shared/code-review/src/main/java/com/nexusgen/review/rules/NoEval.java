package com.nexusgen.review.rules;

import com.nexusgen.domain.code.Finding;
import com.nexusgen.review.SourceFile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * {@code no-eval}: running strings as code ({@code eval(}, {@code new Function(}, and {@code setTimeout} or
 * {@code setInterval} given a string). Any of them turns a string an attacker can influence into script
 * execution, and blocks a strict Content-Security-Policy.
 */
public final class NoEval extends AbstractRule {

    private static final Pattern EVAL = Pattern.compile("\\beval\\s*+\\(");
    private static final Pattern FUNCTION = Pattern.compile("\\bFunction\\s*+\\(");
    private static final Pattern TIMER = Pattern.compile("\\b(setTimeout|setInterval)\\s*+\\(\\s*+['\"`]");

    public NoEval() {
        super("no-eval", Finding.Severity.CRITICAL, Finding.Category.SECURITY,
                "eval(), new Function() and string timers execute strings as code.");
    }

    @Override
    public List<Finding> check(SourceFile file) {
        List<Finding> findings = new ArrayList<>();
        if (!file.hasCode()) {
            return findings;
        }
        String code = file.code();
        for (MatchResult m : matches(code, EVAL, "eval")) {
            if (callsGlobal(file, m.start())) {
                findings.add(at(file, m.start(), "eval() executes a string as code",
                        "Do not evaluate strings: use JSON.parse for data, a lookup table or a plain function call "
                                + "for behaviour."));
            }
        }
        for (MatchResult m : matches(code, FUNCTION, "Function")) {
            boolean constructed = wordBefore(file, m.start()).equals("new");
            if (constructed || callsGlobal(file, m.start())) {
                findings.add(at(file, m.start(), (constructed ? "new Function(...)" : "Function(...)")
                                + " compiles a string into a function",
                        "Write the function in the source instead (an arrow function or a named function)."));
            }
        }
        for (MatchResult m : matches(code, TIMER, "setTimeout", "setInterval")) {
            if (callsGlobal(file, m.start())) {
                findings.add(at(file, m.start(), m.group(1) + "() is given a string, which is evaluated as code",
                        "Pass a function: " + m.group(1) + "(() => doSomething(), delay)."));
            }
        }
        return findings;
    }
}
