package com.nexusgen.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an intrinsic function call ({@code States.Format('{} items', States.ArrayLength($.items))}) into
 * an {@link IntrinsicArgument.Call} tree. It checks the syntax only: whether the functions exist, how many
 * arguments they take and what the arguments hold is for {@link Intrinsics}.
 *
 * <p>Arguments are string literals in single quotes, numbers ({@code 3}, {@code -1.5}, {@code 1e3}),
 * {@code true}, {@code false}, {@code null}, paths ({@code $}, {@code $.a.b}, {@code $['a b'][0]},
 * {@code $$.Execution.Id}) and nested calls, separated by commas with any whitespace around them.
 *
 * <p>In a string literal the characters {@code ' { } \} are reserved and escaped with a backslash:
 * {@code \'}, {@code \{}, {@code \}}, {@code \\}. A backslash before anything else is an "open escape",
 * which the developer guide says the interpreter rejects with a runtime error ({@code States.Runtime}).
 * Unescaped braces are accepted (AWS runs {@code States.StringToJson('{"a": 1}')}); only States.Format
 * gives them a meaning, which is why {@link IntrinsicArgument.Text} remembers where the unescaped
 * {@code {}} pairs are.
 */
final class IntrinsicParser {
    static final String PREFIX = "States.";
    /**
     * The developer guide: "You can nest up to 10 intrinsic functions within a field". Its example with
     * "nine nested intrinsic functions" counts every call in the field, the outermost included.
     */
    static final int MAX_CALLS = 10;

    private final String text;
    private int position;
    private int calls;

    private IntrinsicParser(String text) {
        this.text = text;
    }

    /**
     * The call tree of {@code expression}.
     *
     * @throws StatesError {@code States.IntrinsicFailure} for a syntax error or more than {@link #MAX_CALLS}
     *                     calls, {@code States.Runtime} for an open escape in a string literal
     */
    static IntrinsicArgument.Call parse(String expression) {
        if (expression == null) {
            throw StatesError.intrinsic("Invalid intrinsic function call: null");
        }
        IntrinsicParser parser = new IntrinsicParser(expression);
        parser.skipWhitespace();
        IntrinsicArgument.Call call = parser.call();
        parser.skipWhitespace();
        if (parser.position < expression.length()) {
            throw parser.syntaxError("unexpected text after the closing parenthesis");
        }
        return call;
    }

    private IntrinsicArgument.Call call() {
        int start = position;
        if (!text.startsWith(PREFIX, position)) {
            throw syntaxError("expected a call starting with '" + PREFIX + "'");
        }
        position += PREFIX.length();
        String function = identifier();
        if (function.isEmpty()) {
            throw syntaxError("expected a function name after '" + PREFIX + "'");
        }
        if (++calls > MAX_CALLS) {
            throw StatesError.intrinsic("Invalid intrinsic function call " + text + ": more than " + MAX_CALLS
                    + " intrinsic functions in one field");
        }
        expect('(');
        List<IntrinsicArgument> arguments = new ArrayList<>();
        skipWhitespace();
        if (peek() != ')') {
            while (true) {
                skipWhitespace();
                arguments.add(argument());
                skipWhitespace();
                if (peek() == ',') {
                    position++;
                } else {
                    break;
                }
            }
        }
        expect(')');
        return new IntrinsicArgument.Call(function, arguments, text.substring(start, position));
    }

    private IntrinsicArgument argument() {
        char c = peek();
        if (c == '\'') {
            return string();
        }
        if (c == '$') {
            return path();
        }
        if (c == '-' || isDigit(c)) {
            return number();
        }
        if (text.startsWith(PREFIX, position)) {
            return call();
        }
        int start = position;
        String word = identifier();
        return switch (word) {
            case "true" -> new IntrinsicArgument.Literal(JsonNodeFactory.instance.booleanNode(true));
            case "false" -> new IntrinsicArgument.Literal(JsonNodeFactory.instance.booleanNode(false));
            case "null" -> new IntrinsicArgument.Literal(JsonNodeFactory.instance.nullNode());
            default -> {
                position = start;
                throw syntaxError(word.isEmpty() ? "expected an argument" : "unknown argument '" + word + "'");
            }
        };
    }

    private IntrinsicArgument.Text string() {
        int start = position;
        position++; // the opening quote
        StringBuilder value = new StringBuilder();
        List<Integer> placeholders = new ArrayList<>();
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '\'') {
                position++;
                return new IntrinsicArgument.Text(value.toString(), placeholders);
            }
            if (c == '\\') {
                char escaped = position + 1 < text.length() ? text.charAt(position + 1) : 0;
                if (escaped != '\'' && escaped != '{' && escaped != '}' && escaped != '\\') {
                    throw StatesError.runtime("Invalid intrinsic function call " + text + ": open escape '\\' at position "
                            + position + "; only \\', \\{, \\} and \\\\ are allowed in a string literal");
                }
                value.append(escaped);
                position += 2;
            } else if (c == '{' && position + 1 < text.length() && text.charAt(position + 1) == '}') {
                placeholders.add(value.length());
                value.append("{}");
                position += 2;
            } else {
                value.append(c);
                position++;
            }
        }
        position = start;
        throw syntaxError("unterminated string literal");
    }

    private IntrinsicArgument.Literal number() {
        int start = position;
        if (peek() == '-') {
            position++;
        }
        int integerStart = position;
        digits();
        if (position == integerStart || (text.charAt(integerStart) == '0' && position - integerStart > 1)) {
            position = start;
            throw syntaxError("invalid number");
        }
        boolean decimal = false;
        if (peek() == '.') {
            position++;
            decimal = true;
            if (digits() == 0) {
                throw syntaxError("invalid number: digits expected after the decimal point");
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            position++;
            decimal = true;
            if (peek() == '+' || peek() == '-') {
                position++;
            }
            if (digits() == 0) {
                throw syntaxError("invalid number: digits expected in the exponent");
            }
        }
        if (isIdentifierPart(peek())) {
            throw syntaxError("invalid number");
        }
        String token = text.substring(start, position);
        return new IntrinsicArgument.Literal(decimal ? decimalNode(token, start) : integerNode(token));
    }

    /** Integers get the smallest node that holds them, as Jackson does when it reads a JSON document. */
    private static JsonNode integerNode(String token) {
        BigInteger value = new BigInteger(token);
        if (value.bitLength() < Integer.SIZE) {
            return JsonNodeFactory.instance.numberNode(value.intValue());
        }
        if (value.bitLength() < Long.SIZE) {
            return JsonNodeFactory.instance.numberNode(value.longValue());
        }
        return JsonNodeFactory.instance.numberNode(value);
    }

    /** Decimals are doubles, again as Jackson reads them from the state's input. */
    private JsonNode decimalNode(String token, int start) {
        double value = Double.parseDouble(token);
        if (Double.isInfinite(value)) {
            position = start;
            throw syntaxError("number out of range");
        }
        return JsonNodeFactory.instance.numberNode(value);
    }

    /**
     * A path runs from {@code $} up to the first comma, closing parenthesis or whitespace outside brackets,
     * so that filters such as {@code $.a[?(@.b == 'x, y')]} stay whole. It must be a JSONPath (variables,
     * {@code $name}, belong to a later version of the language and are refused).
     */
    private IntrinsicArgument.Path path() {
        int start = position;
        position++;
        if (peek() == '$') {
            position++;
        }
        if (isIdentifierPart(peek())) {
            throw syntaxError("variable references ($name) are not supported, expected a path starting with $ or $$");
        }
        int depth = 0;
        char quote = 0;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (quote != 0) {
                if (c == '\\') {
                    position++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                if (depth == 0) {
                    break;
                }
                quote = c;
            } else if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && (c == ',' || Character.isWhitespace(c))) {
                break;
            }
            position++;
        }
        if (quote != 0 || depth != 0) {
            position = start;
            throw syntaxError("unterminated path");
        }
        String path = text.substring(start, position);
        String inputPath = path.startsWith("$$") ? path.substring(1) : path;
        if (!JsonPaths.isValid(inputPath)) {
            position = start;
            throw syntaxError("invalid path '" + path + "'");
        }
        return new IntrinsicArgument.Path(path);
    }

    private String identifier() {
        int start = position;
        while (isIdentifierPart(peek())) {
            position++;
        }
        return text.substring(start, position);
    }

    private int digits() {
        int start = position;
        while (isDigit(peek())) {
            position++;
        }
        return position - start;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw syntaxError("expected '" + c + "'");
        }
        position++;
    }

    private void skipWhitespace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    /** The character at the current position, or 0 at the end. */
    private char peek() {
        return position < text.length() ? text.charAt(position) : 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierPart(char c) {
        return c == '_' || isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private StatesError syntaxError(String reason) {
        String where = position < text.length() ? " at position " + position : " at the end";
        return StatesError.intrinsic("Invalid intrinsic function call " + text + ": " + reason + where);
    }
}
