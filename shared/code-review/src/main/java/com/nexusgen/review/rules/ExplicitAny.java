package com.nexusgen.review.rules;

import com.nexusgen.domain.code.Finding;
import com.nexusgen.review.SourceFile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * {@code no-explicit-any}: {@code any} written as a type in TypeScript ({@code : any}, {@code as any},
 * {@code <any>}, {@code any[]}, {@code Array<any>}, {@code Record<string, any>}, {@code string | any}). It
 * switches type checking off exactly where the generated code is least certain.
 *
 * <p>{@code any} is not a reserved word, so it only counts in a type position: after {@code :}, {@code as},
 * {@code keyof}, {@code extends}, {@code <}, {@code =>} (a function type's result), a single {@code |} or
 * {@code &}, as a generic argument after a comma, or before {@code []}. Never in comments or strings (the
 * code view), never as a property
 * ({@code z.any()}) or a call.
 */
public final class ExplicitAny extends AbstractRule {

    private static final Pattern ANY = Pattern.compile("\\bany\\b");

    public ExplicitAny() {
        super("no-explicit-any", Finding.Severity.MEDIUM, Finding.Category.QUALITY,
                "Explicit any disables type checking.");
    }

    @Override
    public List<Finding> check(SourceFile file) {
        List<Finding> findings = new ArrayList<>();
        if (!file.kind().typescript()) {
            return findings;
        }
        String code = file.code();
        for (MatchResult m : matches(code, ANY, "any")) {
            String form = form(file, m.start(), m.end());
            if (form != null) {
                findings.add(at(file, m.start(), "explicit any (" + form + ")",
                        "Name the real type (an interface for the data, unknown plus a type guard for untrusted "
                                + "input, or a generic parameter)."));
            }
        }
        return findings;
    }

    /** How {@code any} is used here, or null when it is not a type. */
    private static String form(SourceFile file, int start, int end) {
        String code = file.code();
        int before = file.skipSpaceBack(start);
        int after = file.skipSpace(end);
        char prev = before < 0 ? '\0' : code.charAt(before);
        char prevPrev = before < 1 ? '\0' : code.charAt(before - 1);
        char next = after < code.length() ? code.charAt(after) : '\0';
        if (prev == '.' || next == '(') {
            return null; // z.any(), any(...): a value, not a type
        }
        if (next == '[' && file.skipSpace(after + 1) < code.length() && code.charAt(file.skipSpace(after + 1)) == ']') {
            return "any[]";
        }
        String word = wordBefore(file, start);
        if (word.equals("as") || word.equals("keyof") || word.equals("extends")) {
            return word + " any";
        }
        if (!word.isEmpty()) {
            return null;
        }
        return switch (prev) {
            case ':' -> ": any";
            case '<' -> "<any>";
            case '>' -> prevPrev == '=' ? "=> any" : null;
            case '|' -> prevPrev == '|' ? null : "| any";
            case '&' -> prevPrev == '&' ? null : "& any";
            case ',' -> next == '>' || next == ',' || next == ']' ? "generic argument any" : null;
            default -> null;
        };
    }
}
