package com.nexusgen.asl;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Choice Rules of a Choice state in the JSONPath query language: {@link #validate} checks a rule's
 * shape when a state machine is loaded, {@link #matches} evaluates it against a state's data.
 *
 * <p>A rule is either a boolean combinator ({@code And}, {@code Or}: non-empty arrays of rules;
 * {@code Not}: one rule) or a data test: a {@code Variable} path plus exactly one comparison operator.
 * Runtime semantics follow the Step Functions developer guide:
 * <ul>
 *   <li>a {@code Variable} (or {@code ...Path} operand) that selects nothing fails the execution with
 *       {@code States.Runtime}; only {@code IsPresent} treats absence as an answer;</li>
 *   <li>a value of the wrong type for the operator (a string under {@code NumericEquals}, a non-timestamp
 *       under {@code TimestampEquals}...) makes the test false, never an error;</li>
 *   <li>numbers compare by value ({@code 1 == 1.0}), strings by Unicode code point, timestamps as
 *       instants (RFC 3339, any offset, any fraction of a second).</li>
 * </ul>
 */
public final class ChoiceRules {
    private static final String VARIABLE = "Variable";
    private static final String NEXT = "Next";
    private static final String AND = "And";
    private static final String OR = "Or";
    private static final String NOT = "Not";
    private static final String STRING_MATCHES = "StringMatches";
    /** Fields a rule may carry besides its operator; Next and Assign only at the top level. */
    private static final Set<String> AUXILIARY_FIELDS = Set.of(VARIABLE, NEXT, "Comment", "Assign");
    private static final Set<String> COMBINATORS = Set.of(AND, OR, NOT);

    /**
     * RFC 3339 date-time with the guide's restrictions: an uppercase {@code T} between date and time, and
     * an uppercase {@code Z} or a numeric offset (the offset is mandatory, so a local time is rejected).
     */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?(?:Z|([+-])(\\d{2}):(\\d{2}))");

    /** Every data-test operator by field name: the typed comparisons, their Path variants and the Is* tests. */
    private static final Map<String, Operator> OPERATORS = operators();

    private ChoiceRules() {
    }

    /**
     * Evaluates one Choice Rule, top-level or nested, against the data {@code resolver} reads from.
     * {@code Next}, {@code Comment} and {@code Assign} are ignored. And/Or short-circuit from left to
     * right, so {@code Or: [{IsPresent: false}, {IsNull: true}]} is safe on a missing field.
     *
     * @throws StatesError {@code States.Runtime} when the Variable or a Path operand selects nothing
     * @throws IllegalArgumentException when the rule has no operator (it was not {@link #validate}d)
     */
    public static boolean matches(JsonNode rule, PathResolver resolver) {
        if (rule == null || !rule.isObject()) {
            throw new IllegalArgumentException("a Choice Rule must be an object: " + rule);
        }
        if (rule.has(AND)) {
            for (JsonNode nested : rule.get(AND)) {
                if (!matches(nested, resolver)) {
                    return false;
                }
            }
            return true;
        }
        if (rule.has(OR)) {
            for (JsonNode nested : rule.get(OR)) {
                if (matches(nested, resolver)) {
                    return true;
                }
            }
            return false;
        }
        if (rule.has(NOT)) {
            return !matches(rule.get(NOT), resolver);
        }
        return evaluateDataTest(rule, resolver);
    }

    /**
     * Rejects a malformed Choice Rule, naming the problem and where it is ({@code And[1].Not}...).
     * Checks: an object; no unknown fields; exactly one operator (a comparison or And/Or/Not); Next
     * present (a non-empty string) on a top-level rule and absent from nested ones; And/Or non-empty
     * arrays of rules; Not one rule; Variable present on data tests, absent from combinators; operator
     * values of the operator's type (Timestamp values valid RFC 3339, Is* values booleans); every path
     * ({@code $...} or {@code $$...}) valid.
     *
     * @throws IllegalArgumentException describing the first problem found
     */
    public static void validate(JsonNode rule, boolean topLevel) {
        validate(rule, topLevel, "Choice Rule");
    }

    private static void validate(JsonNode rule, boolean topLevel, String where) {
        if (rule == null || !rule.isObject()) {
            throw invalid(where, "must be an object, got " + rule);
        }
        List<String> operators = new ArrayList<>();
        for (Iterator<String> names = rule.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (COMBINATORS.contains(name) || OPERATORS.containsKey(name)) {
                operators.add(name);
            } else if (!AUXILIARY_FIELDS.contains(name)) {
                String hint = name.equals("Condition") ? " (Condition belongs to the JSONata query language)" : "";
                throw invalid(where, "has an unknown field '" + name + "'" + hint);
            }
        }
        if (operators.isEmpty()) {
            throw invalid(where, "has no comparison operator and no And/Or/Not");
        }
        if (operators.size() > 1) {
            throw invalid(where, "must have exactly one operator but has " + String.join(", ", operators));
        }
        validateTransition(rule, topLevel, where);
        if (rule.has("Comment") && !rule.get("Comment").isTextual()) {
            throw invalid(where, "Comment must be a string");
        }
        String operator = operators.get(0);
        if (COMBINATORS.contains(operator)) {
            validateCombinator(rule, operator, where);
        } else {
            validateDataTest(rule, operator, where);
        }
    }

    private static void validateTransition(JsonNode rule, boolean topLevel, String where) {
        JsonNode next = rule.get(NEXT);
        if (topLevel) {
            if (next == null) {
                throw invalid(where, "is a top-level rule and must have Next");
            }
            if (!next.isTextual() || next.asText().isEmpty()) {
                throw invalid(where, "Next must be a non-empty state name, got " + next);
            }
            JsonNode assign = rule.get("Assign");
            if (assign != null && !assign.isObject()) {
                throw invalid(where, "Assign must be an object, got " + assign);
            }
        } else {
            // Only the top-level rule decides the transition; a nested Next would be silently meaningless.
            if (next != null) {
                throw invalid(where, "is nested and must not have Next");
            }
            if (rule.has("Assign")) {
                throw invalid(where, "is nested and must not have Assign");
            }
        }
    }

    private static void validateCombinator(JsonNode rule, String operator, String where) {
        if (rule.has(VARIABLE)) {
            throw invalid(where, operator + " must not be combined with Variable");
        }
        JsonNode value = rule.get(operator);
        if (operator.equals(NOT)) {
            validate(value, false, where + "." + NOT);
            return;
        }
        if (!value.isArray() || value.isEmpty()) {
            throw invalid(where, operator + " must be a non-empty array of Choice Rules, got " + value);
        }
        for (int i = 0; i < value.size(); i++) {
            validate(value.get(i), false, where + "." + operator + "[" + i + "]");
        }
    }

    private static void validateDataTest(JsonNode rule, String name, String where) {
        JsonNode variable = rule.get(VARIABLE);
        if (variable == null) {
            throw invalid(where, name + " requires a Variable");
        }
        if (!variable.isTextual() || !isValidPath(variable.asText())) {
            throw invalid(where, "Variable must be a valid path, got " + variable);
        }
        Operator operator = OPERATORS.get(name);
        JsonNode value = rule.get(name);
        if (operator.isPath()) {
            if (!value.isTextual() || !isValidPath(value.asText())) {
                throw invalid(where, name + " must be a valid path, got " + value);
            }
        } else if (!operator.acceptsConstant(value)) {
            throw invalid(where, name + " must be " + operator.expected() + ", got " + value);
        }
    }

    /** The resolver reads {@code $$...} from the context object by dropping one {@code $}; validate likewise. */
    private static boolean isValidPath(String path) {
        return path.startsWith("$$") ? JsonPaths.isValid(path.substring(1)) : JsonPaths.isValid(path);
    }

    private static IllegalArgumentException invalid(String where, String problem) {
        return new IllegalArgumentException(where + " " + problem);
    }

    // ---------------------------------------------------------------- evaluation

    private static boolean evaluateDataTest(JsonNode rule, PathResolver resolver) {
        String name = operatorName(rule);
        Operator operator = OPERATORS.get(name);
        String variablePath = rule.path(VARIABLE).asText(null);
        if (variablePath == null) {
            throw new IllegalArgumentException("Choice Rule " + name + " requires a Variable: " + rule);
        }
        Optional<JsonNode> variable = resolver.resolve(variablePath);
        if (operator == TypeTest.IS_PRESENT) {
            return variable.isPresent() == rule.get(name).asBoolean();
        }
        JsonNode left = variable.orElseThrow(() -> invalidPath(variablePath));
        JsonNode right = rule.get(name);
        if (operator.isPath()) {
            String rightPath = right.asText();
            right = resolver.resolve(rightPath).orElseThrow(() -> invalidPath(rightPath));
        }
        return operator.test(left, right);
    }

    private static String operatorName(JsonNode rule) {
        for (Iterator<String> names = rule.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (OPERATORS.containsKey(name)) {
                return name;
            }
        }
        throw new IllegalArgumentException("Choice Rule has no comparison operator and no And/Or/Not: " + rule);
    }

    /** Same wording as Step Functions, so failures read the same as they would on AWS. */
    private static StatesError invalidPath(String path) {
        return StatesError.runtime("Invalid path '" + path + "': The choice state's condition path references an invalid value.");
    }

    // ---------------------------------------------------------------- operators

    private static Map<String, Operator> operators() {
        Map<String, Operator> operators = new LinkedHashMap<>();
        for (ValueType type : ValueType.values()) {
            for (Relation relation : Relation.values()) {
                if (type == ValueType.BOOLEAN && relation != Relation.EQUALS) {
                    continue; // booleans have no order
                }
                String name = type.prefix + relation.suffix;
                operators.put(name, new Comparison(type, relation, false));
                operators.put(name + "Path", new Comparison(type, relation, true));
            }
        }
        operators.put(STRING_MATCHES, new Wildcard());
        for (TypeTest test : TypeTest.values()) {
            operators.put(test.field, test);
        }
        return Map.copyOf(operators);
    }

    /** A data-test operator: how it checks its constant at load time and how it compares at run time. */
    private sealed interface Operator permits Comparison, Wildcard, TypeTest {
        /** True when the operand is a path to resolve rather than a constant. */
        boolean isPath();

        boolean acceptsConstant(JsonNode value);

        /** What {@link #acceptsConstant} wants, for error messages. */
        String expected();

        /** {@code left} is the Variable's value, {@code right} the constant or the resolved Path value. */
        boolean test(JsonNode left, JsonNode right);
    }

    private record Comparison(ValueType type, Relation relation, boolean isPath) implements Operator {
        @Override
        public boolean acceptsConstant(JsonNode value) {
            return type.parse(value).isPresent();
        }

        @Override
        public String expected() {
            return type.description;
        }

        @Override
        public boolean test(JsonNode left, JsonNode right) {
            // Either side of the wrong type makes the comparison false: Step Functions never coerces.
            Optional<Comparable<Object>> l = type.parse(left);
            Optional<Comparable<Object>> r = type.parse(right);
            return l.isPresent() && r.isPresent() && relation.holds.test(l.get().compareTo(r.get()));
        }
    }

    /** StringMatches: {@code *} matches any run of characters; {@code \*} and {@code \\} are literal. */
    private record Wildcard() implements Operator {
        @Override
        public boolean isPath() {
            return false;
        }

        @Override
        public boolean acceptsConstant(JsonNode value) {
            return value.isTextual();
        }

        @Override
        public String expected() {
            return "a string pattern";
        }

        @Override
        public boolean test(JsonNode left, JsonNode right) {
            return left.isTextual() && wildcardMatches(left.asText(), right.asText());
        }
    }

    /** The Is* tests: the operator's boolean says whether the test must hold or must fail. */
    private enum TypeTest implements Operator {
        IS_NULL("IsNull") {
            @Override
            boolean holds(JsonNode value) {
                return value.isNull();
            }
        },
        /** Never reaches {@link #holds}: presence is decided before the value is read. */
        IS_PRESENT("IsPresent") {
            @Override
            boolean holds(JsonNode value) {
                return true;
            }
        },
        IS_NUMERIC("IsNumeric") {
            @Override
            boolean holds(JsonNode value) {
                return value.isNumber();
            }
        },
        IS_STRING("IsString") {
            @Override
            boolean holds(JsonNode value) {
                return value.isTextual();
            }
        },
        IS_BOOLEAN("IsBoolean") {
            @Override
            boolean holds(JsonNode value) {
                return value.isBoolean();
            }
        },
        IS_TIMESTAMP("IsTimestamp") {
            @Override
            boolean holds(JsonNode value) {
                return ValueType.TIMESTAMP.parse(value).isPresent();
            }
        };

        private final String field;

        TypeTest(String field) {
            this.field = field;
        }

        abstract boolean holds(JsonNode value);

        @Override
        public boolean isPath() {
            return false;
        }

        @Override
        public boolean acceptsConstant(JsonNode value) {
            return value.isBoolean();
        }

        @Override
        public String expected() {
            return "a boolean";
        }

        @Override
        public boolean test(JsonNode left, JsonNode right) {
            return holds(left) == right.asBoolean();
        }
    }

    private enum Relation {
        EQUALS("Equals", c -> c == 0),
        LESS_THAN("LessThan", c -> c < 0),
        GREATER_THAN("GreaterThan", c -> c > 0),
        LESS_THAN_EQUALS("LessThanEquals", c -> c <= 0),
        GREATER_THAN_EQUALS("GreaterThanEquals", c -> c >= 0);

        private final String suffix;
        private final IntPredicate holds;

        Relation(String suffix, IntPredicate holds) {
            this.suffix = suffix;
            this.holds = holds;
        }
    }

    /** The four comparable types, each turning a JSON value into something ordered, or empty if it is not one. */
    private enum ValueType {
        STRING("String", "a string") {
            @Override
            Optional<?> value(JsonNode node) {
                return node.isTextual() ? Optional.of(new CodePoints(node.asText())) : Optional.empty();
            }
        },
        NUMERIC("Numeric", "a number") {
            @Override
            Optional<?> value(JsonNode node) {
                // NaN and infinities (possible only with lenient parsing) have no BigDecimal value.
                if (!node.isNumber() || ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue()))) {
                    return Optional.empty();
                }
                return Optional.of(node.decimalValue());
            }
        },
        BOOLEAN("Boolean", "a boolean") {
            @Override
            Optional<?> value(JsonNode node) {
                return node.isBoolean() ? Optional.of(node.booleanValue()) : Optional.empty();
            }
        },
        TIMESTAMP("Timestamp", "an RFC 3339 timestamp such as 2016-08-18T17:33:00Z") {
            @Override
            Optional<?> value(JsonNode node) {
                return node.isTextual() ? Timestamp.parse(node.asText()) : Optional.empty();
            }
        };

        private final String prefix;
        private final String description;

        ValueType(String prefix, String description) {
            this.prefix = prefix;
            this.description = description;
        }

        abstract Optional<?> value(JsonNode node);

        /** Every value this type yields is Comparable to the others of the same type. */
        @SuppressWarnings("unchecked")
        Optional<Comparable<Object>> parse(JsonNode node) {
            return (Optional<Comparable<Object>>) value(node);
        }
    }

    /**
     * A string ordered by Unicode code point. {@link String#compareTo} orders UTF-16 units instead, which
     * puts supplementary characters (emoji...) before U+E000..U+FFFF.
     */
    private record CodePoints(String text) implements Comparable<CodePoints> {
        @Override
        public int compareTo(CodePoints other) {
            String a = text;
            String b = other.text;
            int i = 0;
            while (i < a.length() && i < b.length()) {
                int ca = a.codePointAt(i);
                int cb = b.codePointAt(i);
                if (ca != cb) {
                    return Integer.compare(ca, cb);
                }
                i += Character.charCount(ca); // same code point so far, so both strings advance alike
            }
            return Integer.compare(a.length(), b.length());
        }
    }

    /**
     * An instant as whole epoch seconds plus the exact fraction written, so that precision finer than
     * nanoseconds still orders correctly and {@code .5} equals {@code .500}.
     */
    private record Timestamp(long epochSecond, BigDecimal fraction) implements Comparable<Timestamp> {
        static Optional<Timestamp> parse(String text) {
            Matcher m = TIMESTAMP.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
            LocalDateTime local;
            try {
                local = LocalDateTime.of(num(m, 1), num(m, 2), num(m, 3), num(m, 4), num(m, 5), num(m, 6));
            } catch (DateTimeException outOfRange) { // 2016-02-30, 25:00, leap second 60...
                return Optional.empty();
            }
            int offsetSeconds = 0;
            if (m.group(8) != null) {
                int hours = num(m, 9);
                int minutes = num(m, 10);
                if (hours > 23 || minutes > 59) {
                    return Optional.empty();
                }
                offsetSeconds = (m.group(8).equals("-") ? -1 : 1) * (hours * 3600 + minutes * 60);
            }
            BigDecimal fraction = m.group(7) == null ? BigDecimal.ZERO : new BigDecimal("0." + m.group(7));
            return Optional.of(new Timestamp(local.toEpochSecond(ZoneOffset.UTC) - offsetSeconds, fraction));
        }

        private static int num(Matcher m, int group) {
            return Integer.parseInt(m.group(group));
        }

        @Override
        public int compareTo(Timestamp other) {
            int bySecond = Long.compare(epochSecond, other.epochSecond);
            return bySecond != 0 ? bySecond : fraction.compareTo(other.fraction);
        }
    }

    /**
     * Matches {@code value} against a StringMatches pattern. The pattern splits at unescaped stars into
     * literal pieces; the first must be a prefix, the last a suffix, and the middle ones occur in order
     * in between, where taking each at its leftmost occurrence is optimal. This stays linear-ish on long
     * inputs, unlike a regex of several {@code .*} which can backtrack polynomially.
     */
    private static boolean wildcardMatches(String value, String pattern) {
        List<String> pieces = wildcardPieces(pattern);
        if (pieces.size() == 1) {
            return value.equals(pieces.get(0));
        }
        String first = pieces.get(0);
        String last = pieces.get(pieces.size() - 1);
        if (value.length() < first.length() + last.length() || !value.startsWith(first) || !value.endsWith(last)) {
            return false;
        }
        int from = first.length();
        int end = value.length() - last.length();
        for (String piece : pieces.subList(1, pieces.size() - 1)) {
            int at = value.indexOf(piece, from);
            if (at < 0 || at + piece.length() > end) {
                return false;
            }
            from = at + piece.length();
        }
        return true;
    }

    /**
     * The literal text between unescaped stars. {@code \*} is a literal star and {@code \\} a literal
     * backslash; any other backslash is kept as it is, since nothing else is special in a pattern.
     */
    private static List<String> wildcardPieces(String pattern) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length() && (pattern.charAt(i + 1) == '*' || pattern.charAt(i + 1) == '\\')) {
                piece.append(pattern.charAt(++i));
            } else if (c == '*') {
                pieces.add(piece.toString());
                piece.setLength(0);
            } else {
                piece.append(c);
            }
        }
        pieces.add(piece.toString());
        return pieces;
    }
}
