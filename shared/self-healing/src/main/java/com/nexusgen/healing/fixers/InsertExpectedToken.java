package com.nexusgen.healing.fixers;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorCategory;
import com.nexusgen.domain.builds.Fix;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.healing.FixContext;
import com.nexusgen.healing.Fixer;
import com.nexusgen.healing.Proposal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * syntax errors where the compiler names the token it expected ({@code TS1005 ')' expected.}): inserts that token
 * where the compiler stopped. At the end of a file (a brace left open) it appends it on its own line. Only
 * punctuation is inserted, never words: a missing keyword is a different mistake.
 */
public final class InsertExpectedToken implements Fixer {
    private static final Set<String> TOKENS = Set.of(")", "]", "}", ";", ",", ":", ">", "(", "{", "[");

    @Override
    public String id() {
        return "insert-expected-token";
    }

    @Override
    public Optional<Proposal> propose(BuildError error, FixContext context) {
        String expected = error.fact("expected");
        if (error.category() != ErrorCategory.SYNTAX || expected == null || !TOKENS.contains(expected)) {
            return Optional.empty();
        }
        Optional<String> text = context.file(error.file());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        SourceText source = new SourceText(text.get());
        int at = source.offset(error.line(), error.column());
        String fixed;
        if (at < 0 || at >= source.text().stripTrailing().length()) {
            String body = source.text().stripTrailing();
            fixed = body + "\n" + expected + "\n";
        } else {
            fixed = source.insert(at, expected);
        }
        return Optional.of(new Proposal(Fix.of(id()), List.of(FileOperation.create(error.file(), fixed)),
                "inserted the expected '" + expected + "' at " + error.file() + ":" + error.line() + ":" + error.column()));
    }
}
