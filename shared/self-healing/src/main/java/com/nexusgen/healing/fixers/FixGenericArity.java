package com.nexusgen.healing.fixers;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorKind;
import com.nexusgen.domain.builds.Fix;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.healing.FixContext;
import com.nexusgen.healing.Fixer;
import com.nexusgen.healing.Proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * type.generic arity errors the compiler explains. {@code TS2314 Generic type 'Array<T>' requires 1 type
 * argument(s)}: supplies the arguments the same line instantiates it with, else {@code unknown} (the one choice
 * that claims nothing). {@code TS2558 Expected 1 type arguments, but got 2}: keeps the first arguments and drops
 * the extra ones.
 */
public final class FixGenericArity implements Fixer {
    private static final Pattern REQUIRES = Pattern.compile("requires (\\d+) type argument");
    private static final Pattern EXPECTED = Pattern.compile("Expected (\\d+) type arguments?, but got (\\d+)");

    @Override
    public String id() {
        return "fix-generic-arity";
    }

    @Override
    public Optional<Proposal> propose(BuildError error, FixContext context) {
        if (error.kind() != ErrorKind.TYPE_GENERIC) {
            return Optional.empty();
        }
        Optional<String> text = context.file(error.file());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        SourceText source = new SourceText(text.get());
        int at = source.offset(error.line(), error.column());
        if (at < 0) {
            return Optional.empty();
        }
        Matcher requires = REQUIRES.matcher(error.message());
        if ("TS2314".equals(error.code()) && requires.find()) {
            String name = qualifiedName(source.text(), at);
            int end = at + name.length();
            if (name.isEmpty() || end < source.text().length() && source.text().charAt(end) == '<') {
                return Optional.empty();
            }
            // the same line often instantiates the type with its argument (": Repository = new Repository<Recipe>()")
            String simple = name.substring(name.lastIndexOf('.') + 1);
            String line = source.line(error.line());
            Matcher given = Pattern.compile("\\b" + Pattern.quote(simple) + "<([^<>()]+)>").matcher(line);
            String arguments = given.find() ? given.group(1)
                    : String.join(", ", java.util.Collections.nCopies(Integer.parseInt(requires.group(1)), "unknown"));
            return Optional.of(proposal(error, source.insert(end, "<" + arguments + ">"),
                    "gave " + name + " its type argument(s) <" + arguments + ">"));
        }
        Matcher expected = EXPECTED.matcher(error.message());
        if ("TS2558".equals(error.code()) && expected.find()) {
            int keep = Integer.parseInt(expected.group(1));
            // tsc reports the first type argument: its list opens at the '<' just before it, on the same line
            int start = source.text().charAt(at) == '<' ? at : source.text().lastIndexOf('<', at);
            if (start < 0 || source.text().substring(start, at).contains("\n")) {
                return Optional.empty();
            }
            int close = matching(source.text(), start);
            if (close < 0) {
                return Optional.empty();
            }
            List<String> arguments = split(source.text().substring(start + 1, close));
            if (arguments.size() <= keep) {
                return Optional.empty();
            }
            String kept = keep == 0 ? "" : "<" + String.join(", ", arguments.subList(0, keep)) + ">";
            return Optional.of(proposal(error, source.replace(start, close + 1, kept),
                    "kept " + keep + " of " + arguments.size() + " type arguments"));
        }
        return Optional.empty();
    }

    /** {@code storage.Repository} at the position: identifiers joined by dots. */
    private static String qualifiedName(String text, int start) {
        int end = start;
        while (end < text.length() && (SourceText.isIdentifierPart(text.charAt(end))
                || text.charAt(end) == '.' && end + 1 < text.length() && SourceText.isIdentifierPart(text.charAt(end + 1)))) {
            end++;
        }
        return text.substring(start, end);
    }

    private Proposal proposal(BuildError error, String fixed, String summary) {
        return new Proposal(Fix.of(id()), List.of(FileOperation.create(error.file(), fixed)), summary);
    }

    private static int matching(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>' && --depth == 0) {
                return i;
            } else if (c == ';' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /** Type arguments split at top-level commas. */
    private static List<String> split(String arguments) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < arguments.length(); i++) {
            char c = arguments.charAt(i);
            if (c == '<' || c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == '>' || c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(arguments.substring(start, i).trim());
                start = i + 1;
            }
        }
        parts.add(arguments.substring(start).trim());
        return parts;
    }
}
