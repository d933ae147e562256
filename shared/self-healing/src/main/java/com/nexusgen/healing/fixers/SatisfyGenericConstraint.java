package com.nexusgen.healing.fixers;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.Fix;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.healing.FixContext;
import com.nexusgen.healing.Fixer;
import com.nexusgen.healing.Proposal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code TS2344 Type 'X' does not satisfy the constraint 'Y'} in the two shapes the compiler explains: a key
 * literal it knows a close match for ({@code Type '"titel"' is not assignable … Did you mean '"title"'?}), which is
 * renamed on the reported line; and an object type where a key type is required (the constraint is
 * {@code string | number | symbol}, i.e. {@code PropertyKey}), which gets the {@code keyof} that was forgotten.
 */
public final class SatisfyGenericConstraint implements Fixer {
    private static final Pattern SUGGESTED = Pattern.compile("Type '\"([^\"]+)\"' is not assignable to type '[^']*'\\. Did you mean '\"([^\"]+)\"'\\?");
    private static final Pattern KEY_CONSTRAINT = Pattern.compile("does not satisfy the constraint '(string \\| number \\| symbol|PropertyKey|keyof any)'");

    @Override
    public String id() {
        return "satisfy-generic-constraint";
    }

    @Override
    public Optional<Proposal> propose(BuildError error, FixContext context) {
        if (!"TS2344".equals(error.code())) {
            return Optional.empty();
        }
        Optional<String> text = context.file(error.file());
        if (text.isEmpty() || error.line() < 1) {
            return Optional.empty();
        }
        SourceText source = new SourceText(text.get());
        if (error.line() > source.lineCount()) {
            return Optional.empty();
        }
        Matcher suggested = SUGGESTED.matcher(error.message());
        if (suggested.find()) {
            String line = source.line(error.line());
            for (char quote : new char[] {'\'', '"'}) {
                String wrong = quote + suggested.group(1) + quote;
                if (line.contains(wrong)) {
                    int start = source.offset(error.line(), 1);
                    String fixedLine = line.replace(wrong, quote + suggested.group(2) + quote);
                    String fixed = source.replace(start, start + line.length(), fixedLine);
                    return Optional.of(new Proposal(Fix.of(id()), List.of(FileOperation.create(error.file(), fixed)),
                            "renamed the key " + wrong + " to the compiler's suggestion"));
                }
            }
            return Optional.empty();
        }
        String actual = error.fact("actual");
        if (KEY_CONSTRAINT.matcher(error.message()).find() && actual != null && actual.matches("[A-Za-z_$][\\w$.]*")) {
            int at = source.offset(error.line(), error.column());
            if (at >= 0 && source.text().startsWith(actual, at)) {
                String fixed = source.insert(at, "keyof ");
                return Optional.of(new Proposal(Fix.of(id()), List.of(FileOperation.create(error.file(), fixed)),
                        "used the keys of " + actual + " where a key type is required"));
            }
        }
        return Optional.empty();
    }
}
