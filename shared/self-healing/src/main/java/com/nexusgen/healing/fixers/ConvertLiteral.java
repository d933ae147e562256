package com.nexusgen.healing.fixers;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorKind;
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
 * type.mismatch where a literal has the wrong primitive type ({@code Type 'string' is not assignable to type
 * 'number'}, {@code Argument of type 'number' is not assignable to parameter of type 'string'}): writes the
 * literal in the type the compiler expected. tsc reports the declaration, property or argument; the literal is the
 * first one after that position on its line. Anything other than a literal is left to the agent, since converting
 * an expression changes behaviour.
 */
public final class ConvertLiteral implements Fixer {
    private static final Pattern TYPES = Pattern.compile("type '([^']+)' is not assignable to (?:parameter of )?type '([^']+)'",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LITERAL = Pattern.compile("(['\"])(-?\\d+(?:\\.\\d+)?)\\1|(?<![\\w.$'\"])(-?\\d+(?:\\.\\d+)?)(?![\\w.'\"])|\\b(true|false)\\b");

    @Override
    public String id() {
        return "convert-literal";
    }

    @Override
    public Optional<Proposal> propose(BuildError error, FixContext context) {
        if (error.kind() != ErrorKind.TYPE_MISMATCH) {
            return Optional.empty();
        }
        Matcher types = TYPES.matcher(error.message());
        if (!types.find()) {
            return Optional.empty();
        }
        String actual = primitive(types.group(1));
        String expected = primitive(types.group(2));
        Optional<String> text = context.file(error.file());
        if (actual == null || expected == null || actual.equals(expected) || text.isEmpty()) {
            return Optional.empty();
        }
        SourceText source = new SourceText(text.get());
        int at = source.offset(error.line(), error.column());
        if (at < 0) {
            return Optional.empty();
        }
        int lineEnd = source.text().indexOf('\n', at);
        Matcher literal = LITERAL.matcher(source.text()).region(at, lineEnd < 0 ? source.text().length() : lineEnd);
        while (literal.find()) {
            String replacement = convert(literal, actual, expected);
            if (replacement != null && literal.start() > 0 && source.text().charAt(literal.start() - 1) == '='
                    && literal.group(2) != null) {
                replacement = "{" + replacement + "}"; // a JSX attribute: tabIndex="-1" becomes tabIndex={-1}
            }
            if (replacement != null) {
                String fixed = source.replace(literal.start(), literal.end(), replacement);
                return Optional.of(new Proposal(Fix.of(id()), List.of(FileOperation.create(error.file(), fixed)),
                        "wrote " + literal.group() + " as the " + expected + " " + replacement));
            }
        }
        return Optional.empty();
    }

    private static String convert(Matcher literal, String actual, String expected) {
        if (literal.group(2) != null && actual.equals("string") && expected.equals("number")) {
            return literal.group(2);
        }
        if (literal.group(3) != null && actual.equals("number") && expected.equals("string")) {
            return "'" + literal.group(3) + "'";
        }
        if (literal.group(4) != null && actual.equals("boolean") && expected.equals("string")) {
            return "'" + literal.group(4) + "'";
        }
        return null;
    }

    /** The primitive a type names, literal types included ({@code "3"} is a string, {@code 42} a number). */
    private static String primitive(String type) {
        if (type.equals("string") || type.matches("\".*\"")) {
            return "string";
        }
        if (type.equals("number") || type.matches("-?\\d+(\\.\\d+)?")) {
            return "number";
        }
        if (type.equals("boolean") || type.equals("true") || type.equals("false")) {
            return "boolean";
        }
        return null;
    }
}
