package com.nexusgen.healing.fixers;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.Fix;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.healing.FixContext;
import com.nexusgen.healing.Fixer;
import com.nexusgen.healing.Proposal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code TS1382 Unexpected token. Did you mean `{'>'}` or `&gt;`?} (and TS1381 for '}'): a '>' or '}' written as
 * JSX text, like "todo -> done". Writes each reported character as the expression the compiler suggests, in every
 * position it reported in that file, last first so that earlier positions stay valid.
 */
public final class EscapeJsxText implements Fixer {
    private static final Map<String, Character> CODES = Map.of("TS1382", '>', "TS1381", '}');

    @Override
    public String id() {
        return "escape-jsx-text";
    }

    @Override
    public Optional<Proposal> propose(BuildError error, FixContext context) {
        if (error.code() == null || !CODES.containsKey(error.code())) {
            return Optional.empty();
        }
        Optional<String> text = context.file(error.file());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        SourceText source = new SourceText(text.get());
        List<BuildError> positions = context.errors().stream()
                .filter(e -> error.file().equals(e.file()) && error.code().equals(e.code()))
                .sorted(Comparator.comparingInt(BuildError::line).thenComparingInt(BuildError::column).reversed())
                .toList();
        char character = CODES.get(error.code());
        String fixed = source.text();
        int escaped = 0;
        for (BuildError position : positions) {
            int at = source.offset(position.line(), position.column());
            if (at >= 0 && at < fixed.length() && fixed.charAt(at) == character) {
                fixed = fixed.substring(0, at) + "{'" + character + "'}" + fixed.substring(at + 1);
                escaped++;
            }
        }
        if (escaped == 0) {
            return Optional.empty();
        }
        return Optional.of(new Proposal(Fix.of(id()), List.of(FileOperation.create(error.file(), fixed)),
                "wrote " + escaped + " '" + character + "' in JSX text as {'" + character + "'}"));
    }
}
