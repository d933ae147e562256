package com.nexusgen.healing.fixers;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.Fix;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.healing.FixContext;
import com.nexusgen.healing.Fixer;
import com.nexusgen.healing.Proposal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Any error where the compiler says "Did you mean 'x'?" (TS2551 property, TS2552 name, TS2724 export): replaces
 * the misspelt name at the reported position with the suggestion. The compiler has the whole program's types, so
 * its suggestion is better than any guess here; it is applied only where the reported position holds exactly the
 * name the message quotes.
 */
public final class ApplySuggestion implements Fixer {
    @Override
    public String id() {
        return "apply-compiler-suggestion";
    }

    @Override
    public Optional<Proposal> propose(BuildError error, FixContext context) {
        String suggestion = error.fact("suggestion");
        String wrong = misspelt(error);
        if (suggestion == null || wrong == null || suggestion.equals(wrong) || !suggestion.matches("[A-Za-z_$][\\w$]*")) {
            return Optional.empty();
        }
        // every place the compiler reported the same misspelling, last first per file so earlier positions hold
        Map<String, List<BuildError>> byFile = new TreeMap<>();
        for (BuildError other : context.errors()) {
            if (other.file() != null && Objects.equals(other.code(), error.code()) && wrong.equals(misspelt(other))
                    && suggestion.equals(other.fact("suggestion"))) {
                byFile.computeIfAbsent(other.file(), f -> new ArrayList<>()).add(other);
            }
        }
        List<FileOperation> operations = new ArrayList<>();
        int renamed = 0;
        for (Map.Entry<String, List<BuildError>> file : byFile.entrySet()) {
            Optional<String> text = context.file(file.getKey());
            if (text.isEmpty()) {
                continue;
            }
            SourceText source = new SourceText(text.get());
            String fixed = text.get();
            List<BuildError> places = new ArrayList<>(file.getValue());
            places.sort(Comparator.comparingInt(BuildError::line).thenComparingInt(BuildError::column).reversed());
            for (BuildError place : places) {
                int at = source.offset(place.line(), place.column());
                if (at >= 0 && source.identifierAt(at).equals(wrong)) {
                    fixed = fixed.substring(0, at) + suggestion + fixed.substring(at + wrong.length());
                    renamed++;
                }
            }
            if (!fixed.equals(text.get())) {
                operations.add(FileOperation.create(file.getKey(), fixed));
            }
        }
        if (operations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Proposal(Fix.of(id()), operations,
                "renamed '" + wrong + "' to the compiler's suggestion '" + suggestion + "' (" + renamed + "x)"));
    }

    private static String misspelt(BuildError error) {
        return error.fact("identifier") != null ? error.fact("identifier") : error.fact("property");
    }
}
