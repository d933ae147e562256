package com.nexusgen.healing.fixers;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorKind;
import com.nexusgen.domain.builds.Fix;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.healing.FixContext;
import com.nexusgen.healing.Fixer;
import com.nexusgen.healing.Proposal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * type.null ({@code TS18047 'x' is possibly 'null'}, TS18048, TS2531, TS2532): the reported expression is used
 * without a check. Where it is dereferenced ({@code x.y}, {@code x[i]}, {@code x()}) the access becomes optional
 * ({@code x?.y}), which keeps a missing value from crashing the page; elsewhere nothing is guessed.
 */
public final class NullGuard implements Fixer {
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("^'([^']+)' is possibly");
    @Override
    public String id() {
        return "optional-chaining";
    }

    @Override
    public Optional<Proposal> propose(BuildError error, FixContext context) {
        if (error.kind() != ErrorKind.TYPE_NULL) {
            return Optional.empty();
        }
        Optional<String> text = context.file(error.file());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        SourceText source = new SourceText(text.get());
        // every place in the file the compiler reported the same thing, last first so earlier offsets hold
        List<BuildError> places = new ArrayList<>(context.errors().stream()
                .filter(e -> error.file().equals(e.file()) && Objects.equals(error.code(), e.code())
                        && error.message().equals(e.message()))
                .toList());
        if (places.isEmpty()) {
            places.add(error);
        }
        places.sort(Comparator.comparingInt(BuildError::line).thenComparingInt(BuildError::column).reversed());
        String fixed = source.text();
        List<String> operands = new ArrayList<>();
        for (BuildError place : places) {
            int at = source.offset(place.line(), place.column());
            int end = at < 0 ? -1 : endOfOperand(source.text(), at, place.message());
            if (end <= at || end >= source.text().length()) {
                continue;
            }
            char next = source.text().charAt(end);
            String insertion;
            if (next == '.' && (end + 1 >= source.text().length() || source.text().charAt(end + 1) != '.')) {
                insertion = "?";
            } else if (next == '[' || next == '(') {
                insertion = "?.";
            } else {
                continue;
            }
            fixed = fixed.substring(0, end) + insertion + fixed.substring(end);
            operands.add(source.text().substring(at, end));
        }
        if (operands.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Proposal(Fix.of(id()), List.of(FileOperation.create(error.file(), fixed)),
                "made the access to " + operands.stream().distinct().map(o -> "'" + o + "'").toList() + " optional"));
    }

    /**
     * The end of the expression tsc reported. TS18047/TS18048 quote it ({@code 'recipe.author' is possibly
     * 'null'}), and the failing access is the one right after it. TS2532/TS2531 don't; then the reported
     * expression is taken to end at the first call in the chain ({@code session.currentUser()} in
     * {@code session.currentUser().name}: calls are what return a possibly missing value: find, get, a lookup),
     * else before the chain's last access.
     */
    private static int endOfOperand(String text, int start, String message) {
        java.util.regex.Matcher quoted = QUOTED.matcher(message);
        if (quoted.find() && text.startsWith(quoted.group(1), start)) {
            return start + quoted.group(1).length();
        }
        int end = start;
        int lastAccess = -1;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (SourceText.isIdentifierPart(c)) {
                end++;
            } else if (c == '.' && end + 1 < text.length() && SourceText.isIdentifierPart(text.charAt(end + 1))) {
                lastAccess = end;
                end++;
            } else if (c == '(' && end > start) {
                int close = closing(text, end);
                if (close < 0) {
                    return -1;
                }
                return close + 1; // the first call's result is the possibly missing value
            } else {
                break;
            }
        }
        return lastAccess > start ? lastAccess : end;
    }

    /** The index of the ')' that closes the '(' at {@code open}, skipping strings; -1 when there is none. */
    private static int closing(String text, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote && text.charAt(i - 1) != '\\') {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
