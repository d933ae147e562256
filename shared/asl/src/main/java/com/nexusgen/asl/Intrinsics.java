package com.nexusgen.asl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.JsonPathException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * The intrinsic functions of the States Language (JSONPath query language), as the AWS Step Functions
 * developer guide describes them: the values of {@code "field.$"} entries such as
 * {@code "States.Format('Hello, {}', $.name)"} in Parameters, ResultSelector and the like.
 *
 * <p>{@link #evaluate} parses the call ({@link IntrinsicParser}), checks every function name and argument
 * count before anything runs, then evaluates innermost calls first. Invalid use (wrong argument types,
 * documented limits exceeded) fails with {@code States.IntrinsicFailure}; a path that selects nothing
 * fails with {@code States.Runtime}, as a path in Parameters does.
 */
public final class Intrinsics {
    /** States.Base64Encode, States.Base64Decode and States.Hash take at most this many characters. */
    static final int MAX_TEXT_CHARACTERS = 10_000;
    /** States.ArrayRange creates at most this many items. */
    static final int MAX_RANGE_ITEMS = 1000;
    /** The algorithms States.Hash accepts, as the guide names them (they are also the JDK's names). */
    static final List<String> HASH_ALGORITHMS = List.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

    /** Rejects {@code "1 2"} in States.StringToJson, which a lenient parser would read as {@code 1}. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int UNBOUNDED = Integer.MAX_VALUE;

    /** What a function does with its evaluated arguments. */
    @FunctionalInterface
    private interface Implementation {
        JsonNode apply(Invocation invocation);
    }

    /** A function and how many arguments it takes. */
    private record Function(int minArguments, int maxArguments, Implementation implementation) {
        String expected() {
            if (minArguments == maxArguments) {
                return minArguments == 0 ? "no arguments" : minArguments + (minArguments == 1 ? " argument" : " arguments");
            }
            return maxArguments == UNBOUNDED ? "at least " + minArguments + " argument" + (minArguments == 1 ? "" : "s")
                    : minArguments + " or " + maxArguments + " arguments";
        }
    }

    private static final Map<String, Function> FUNCTIONS = Map.ofEntries(
            Map.entry("Format", new Function(1, UNBOUNDED, Intrinsics::format)),
            Map.entry("StringToJson", new Function(1, 1, Intrinsics::stringToJson)),
            Map.entry("JsonToString", new Function(1, 1, Intrinsics::jsonToString)),
            Map.entry("Array", new Function(0, UNBOUNDED, Intrinsics::array)),
            Map.entry("ArrayPartition", new Function(2, 2, Intrinsics::arrayPartition)),
            Map.entry("ArrayContains", new Function(2, 2, Intrinsics::arrayContains)),
            Map.entry("ArrayRange", new Function(3, 3, Intrinsics::arrayRange)),
            Map.entry("ArrayGetItem", new Function(2, 2, Intrinsics::arrayGetItem)),
            Map.entry("ArrayLength", new Function(1, 1, Intrinsics::arrayLength)),
            Map.entry("ArrayUnique", new Function(1, 1, Intrinsics::arrayUnique)),
            Map.entry("Base64Encode", new Function(1, 1, Intrinsics::base64Encode)),
            Map.entry("Base64Decode", new Function(1, 1, Intrinsics::base64Decode)),
            Map.entry("Hash", new Function(2, 2, Intrinsics::hash)),
            Map.entry("JsonMerge", new Function(3, 3, Intrinsics::jsonMerge)),
            Map.entry("MathRandom", new Function(2, 3, Intrinsics::mathRandom)),
            Map.entry("MathAdd", new Function(2, 2, Intrinsics::mathAdd)),
            Map.entry("StringSplit", new Function(2, 2, Intrinsics::stringSplit)),
            Map.entry("UUID", new Function(0, 0, invocation -> NODES.textNode(UUID.randomUUID().toString()))));

    private Intrinsics() {
    }

    /**
     * True when {@code value} is an intrinsic function call: {@code States.}, a known function name and
     * {@code (}. Only the start is looked at; {@link #evaluate} reports a malformed rest.
     */
    public static boolean isIntrinsic(String value) {
        if (value == null || !value.startsWith(IntrinsicParser.PREFIX)) {
            return false;
        }
        int open = value.indexOf('(', IntrinsicParser.PREFIX.length());
        return open > 0 && FUNCTIONS.containsKey(value.substring(IntrinsicParser.PREFIX.length(), open));
    }

    /**
     * The value of the intrinsic function call {@code expression}, its paths resolved through
     * {@code resolver} ({@code $...} the effective input, {@code $$...} the context object).
     *
     * @throws StatesError {@code States.IntrinsicFailure} for a malformed call or invalid use of a function,
     *                     {@code States.Runtime} for a path that selects nothing or an open escape
     */
    public static JsonNode evaluate(String expression, PathResolver resolver) {
        IntrinsicArgument.Call call = IntrinsicParser.parse(expression);
        check(call);
        return evaluate(call, resolver);
    }

    /** Names and argument counts are known before any data is read: report them first, as AWS does at creation. */
    private static void check(IntrinsicArgument.Call call) {
        Function function = FUNCTIONS.get(call.function());
        if (function == null) {
            throw StatesError.intrinsic("Unknown intrinsic function " + call.qualifiedName() + " in " + call.source()
                    + "; the functions are " + FUNCTIONS.keySet().stream().sorted().map(name -> "States." + name)
                    .collect(Collectors.joining(", ")));
        }
        int count = call.arguments().size();
        if (count < function.minArguments() || count > function.maxArguments()) {
            throw StatesError.intrinsic("Invalid intrinsic function call " + call.source() + ": " + call.qualifiedName()
                    + " takes " + function.expected() + ", got " + count);
        }
        for (IntrinsicArgument argument : call.arguments()) {
            if (argument instanceof IntrinsicArgument.Call nested) {
                check(nested);
            }
        }
    }

    private static JsonNode evaluate(IntrinsicArgument.Call call, PathResolver resolver) {
        List<JsonNode> values = new ArrayList<>(call.arguments().size());
        for (IntrinsicArgument argument : call.arguments()) {
            values.add(value(argument, call, resolver));
        }
        return FUNCTIONS.get(call.function()).implementation().apply(new Invocation(call, values));
    }

    private static JsonNode value(IntrinsicArgument argument, IntrinsicArgument.Call call, PathResolver resolver) {
        return switch (argument) {
            case IntrinsicArgument.Literal literal -> literal.value();
            case IntrinsicArgument.Text text -> NODES.textNode(text.value());
            case IntrinsicArgument.Call nested -> evaluate(nested, resolver);
            case IntrinsicArgument.Path path -> resolve(path, call, resolver);
        };
    }

    /** A copy, so that what a function builds never shares nodes with the state's input. */
    private static JsonNode resolve(IntrinsicArgument.Path path, IntrinsicArgument.Call call, PathResolver resolver) {
        Optional<JsonNode> value;
        try {
            value = resolver.resolve(path.path());
        } catch (JsonPathException e) {
            throw new StatesError(Errors.RUNTIME, "The JSONPath '" + path.path() + "' in " + call.source()
                    + " could not be evaluated: " + e.getMessage(), e);
        }
        return value.<JsonNode>map(JsonNode::deepCopy).orElseThrow(() -> StatesError.runtime("The JSONPath '" + path.path()
                + "' in " + call.source() + " could not be found in the "
                + (path.isContextPath() ? "context object" : "input")));
    }

    // ---------------------------------------------------------------- generic and JSON

    /**
     * Each {@code {}} of the template takes the next argument: a string as it is, anything else as JSON
     * text. A template written as a literal has its placeholders marked by the parser (so {@code \{\}} is
     * not one); a template read from a path or a nested call has no escapes, every {@code {}} counts.
     */
    private static JsonNode format(Invocation invocation) {
        String template = invocation.string(0, "template");
        List<Integer> placeholders = invocation.call().arguments().getFirst() instanceof IntrinsicArgument.Text text
                ? text.placeholders()
                : occurrences(template, "{}");
        int values = invocation.values().size() - 1;
        if (placeholders.size() != values) {
            throw invocation.failure("the template has " + placeholders.size() + " placeholder(s) {} but "
                    + values + " value(s) follow it; the counts must be equal");
        }
        StringBuilder result = new StringBuilder();
        int from = 0;
        for (int i = 0; i < values; i++) {
            int at = placeholders.get(i);
            result.append(template, from, at);
            JsonNode value = invocation.value(i + 1);
            result.append(value.isTextual() ? value.textValue() : jsonText(value));
            from = at + 2;
        }
        return NODES.textNode(result.append(template.substring(from)).toString());
    }

    private static List<Integer> occurrences(String text, String token) {
        List<Integer> found = new ArrayList<>();
        for (int at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + token.length())) {
            found.add(at);
        }
        return found;
    }

    /** An empty or blank string parses to null, as Step Functions answers. */
    private static JsonNode stringToJson(Invocation invocation) {
        String text = invocation.string(0, "argument");
        if (text.isBlank()) {
            return NODES.nullNode();
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw invocation.failure("the argument is not valid JSON text: " + e.getOriginalMessage());
        }
    }

    /** The guide: "This argument must be a Path"; the text is compact JSON, as Step Functions writes it. */
    private static JsonNode jsonToString(Invocation invocation) {
        if (!(invocation.call().arguments().getFirst() instanceof IntrinsicArgument.Path)) {
            throw invocation.failure("the argument must be a path ($... or $$...)");
        }
        return NODES.textNode(jsonText(invocation.value(0)));
    }

    /** Shallow only: AWS supports no deep merge, and the guide requires the third argument to be false. */
    private static JsonNode jsonMerge(Invocation invocation) {
        ObjectNode first = invocation.object(0, "first argument");
        ObjectNode second = invocation.object(1, "second argument");
        if (invocation.bool(2, "third argument (deep merge)")) {
            throw invocation.failure("deep merging is not supported; the third argument must be false");
        }
        ObjectNode merged = first.deepCopy();
        merged.setAll(second);
        return merged;
    }

    // ---------------------------------------------------------------- arrays

    private static JsonNode array(Invocation invocation) {
        ArrayNode array = NODES.arrayNode();
        invocation.values().forEach(array::add);
        return array;
    }

    private static JsonNode arrayPartition(Invocation invocation) {
        ArrayNode array = invocation.array(0, "array");
        int size = invocation.integer(1, "chunk size");
        if (size <= 0) {
            throw invocation.failure("the chunk size must be a positive integer, got " + size);
        }
        ArrayNode chunks = NODES.arrayNode();
        ArrayNode chunk = null;
        for (int i = 0; i < array.size(); i++) {
            if (i % size == 0) {
                chunk = chunks.addArray();
            }
            chunk.add(array.get(i));
        }
        return chunks;
    }

    private static JsonNode arrayContains(Invocation invocation) {
        ArrayNode array = invocation.array(0, "array");
        JsonNode wanted = canonical(invocation.value(1));
        for (JsonNode item : array) {
            if (canonical(item).equals(wanted)) {
                return NODES.booleanNode(true);
            }
        }
        return NODES.booleanNode(false);
    }

    /** From start to end inclusive, as the guide's {@code States.ArrayRange(1, 9, 2)} → {@code [1,3,5,7,9]}. */
    private static JsonNode arrayRange(Invocation invocation) {
        long start = invocation.integer(0, "start");
        long end = invocation.integer(1, "end");
        long step = invocation.integer(2, "step");
        if (step == 0) {
            throw invocation.failure("the step must not be 0");
        }
        long span = end - start;
        long count = span != 0 && Long.signum(span) != Long.signum(step) ? 0 : span / step + 1;
        if (count > MAX_RANGE_ITEMS) {
            throw invocation.failure("the range would have " + count + " items; at most " + MAX_RANGE_ITEMS + " are allowed");
        }
        ArrayNode range = NODES.arrayNode();
        for (long i = 0; i < count; i++) {
            range.add((int) (start + i * step)); // between start and end, both ints
        }
        return range;
    }

    private static JsonNode arrayGetItem(Invocation invocation) {
        ArrayNode array = invocation.array(0, "array");
        int index = invocation.integer(1, "index");
        if (index < 0 || index >= array.size()) {
            throw invocation.failure("index " + index + " is out of bounds for an array of " + array.size() + " item(s)");
        }
        return array.get(index);
    }

    private static JsonNode arrayLength(Invocation invocation) {
        return NODES.numberNode(invocation.array(0, "argument").size());
    }

    /** Keeps the first of each group of equal items, in order. */
    private static JsonNode arrayUnique(Invocation invocation) {
        Map<JsonNode, JsonNode> unique = new LinkedHashMap<>();
        for (JsonNode item : invocation.array(0, "argument")) {
            unique.putIfAbsent(canonical(item), item);
        }
        ArrayNode result = NODES.arrayNode();
        unique.values().forEach(result::add);
        return result;
    }

    /**
     * A form of {@code node} whose {@code equals} and {@code hashCode} are JSON equality: numbers compare by
     * value ({@code 1} = {@code 1.0}, which Jackson's int and double nodes do not), objects ignore key order.
     */
    private static JsonNode canonical(JsonNode node) {
        if (node.isNumber()) {
            return DecimalNode.valueOf(node.decimalValue().stripTrailingZeros());
        }
        if (node.isArray()) {
            ArrayNode array = NODES.arrayNode();
            node.forEach(item -> array.add(canonical(item)));
            return array;
        }
        if (node.isObject()) {
            ObjectNode object = NODES.objectNode();
            node.properties().forEach(field -> object.set(field.getKey(), canonical(field.getValue())));
            return object;
        }
        return node;
    }

    // ---------------------------------------------------------------- encoding and hashing

    /** Standard Base64 of the UTF-8 bytes, without line breaks. */
    private static JsonNode base64Encode(Invocation invocation) {
        String text = invocation.limitedString(0, "argument");
        return NODES.textNode(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Line breaks (MIME Base64 wraps its lines) are ignored; anything else outside the alphabet is an error. */
    private static JsonNode base64Decode(Invocation invocation) {
        String text = invocation.limitedString(0, "argument");
        try {
            byte[] bytes = Base64.getDecoder().decode(text.replace("\r", "").replace("\n", ""));
            return NODES.textNode(new String(bytes, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw invocation.failure("the argument is not valid Base64: " + e.getMessage());
        }
    }

    /** The hash of the UTF-8 bytes of the data, in lowercase hexadecimal. */
    private static JsonNode hash(Invocation invocation) {
        String data = invocation.limitedString(0, "data");
        String algorithm = invocation.string(1, "algorithm");
        if (!HASH_ALGORITHMS.contains(algorithm)) {
            throw invocation.failure("unsupported algorithm '" + algorithm + "'; use one of " + String.join(", ", HASH_ALGORITHMS));
        }
        try {
            byte[] digest = MessageDigest.getInstance(algorithm).digest(data.getBytes(StandardCharsets.UTF_8));
            return NODES.textNode(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides " + algorithm, e);
        }
    }

    // ---------------------------------------------------------------- math

    /**
     * A random integer from start (inclusive) to end (exclusive). With a seed the same arguments always give
     * the same number; without one the numbers are not predictable (nor cryptographically secure, as the
     * guide warns). Like the bounds, the seed is rounded to an integer and must fit an int32.
     */
    private static JsonNode mathRandom(Invocation invocation) {
        int start = invocation.roundedInteger(0, "start");
        int end = invocation.roundedInteger(1, "end");
        if (start >= end) {
            throw invocation.failure("the start (" + start + ") must be less than the end (" + end + ")");
        }
        if (invocation.values().size() == 3) {
            long seed = invocation.roundedInteger(2, "seed");
            return NODES.numberNode(new Random(seed).nextInt(start, end));
        }
        return NODES.numberNode(ThreadLocalRandom.current().nextInt(start, end));
    }

    /** The sum as a long: two int32 values cannot overflow it, so no wrong result is ever returned. */
    private static JsonNode mathAdd(Invocation invocation) {
        long sum = (long) invocation.roundedInteger(0, "first argument") + invocation.roundedInteger(1, "second argument");
        return sum == (int) sum ? NODES.numberNode((int) sum) : NODES.numberNode(sum);
    }

    // ---------------------------------------------------------------- strings

    /**
     * Every character of the delimiter string is a separator, and empty pieces are dropped: Step Functions
     * splits {@code "This.is+a,test=string"} on {@code ".+,="} into five words and {@code ",,,,"} on
     * {@code ","} into {@code []}.
     */
    private static JsonNode stringSplit(Invocation invocation) {
        String text = invocation.string(0, "string");
        Set<Integer> separators = invocation.string(1, "delimiter").codePoints().boxed()
                .collect(Collectors.toCollection(LinkedHashSet::new));
        ArrayNode pieces = NODES.arrayNode();
        StringBuilder piece = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (separators.contains(c)) {
                if (!piece.isEmpty()) {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                }
            } else {
                piece.appendCodePoint(c);
            }
        });
        if (!piece.isEmpty()) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    // ---------------------------------------------------------------- support

    private static String jsonText(JsonNode value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    private static String typeOf(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> value.getNodeType().name().toLowerCase();
        };
    }

    /** One call with its evaluated arguments, and the typed access and error reporting its function needs. */
    private record Invocation(IntrinsicArgument.Call call, List<JsonNode> values) {
        JsonNode value(int index) {
            return values.get(index);
        }

        String string(int index, String role) {
            JsonNode value = value(index);
            if (!value.isTextual()) {
                throw mismatch(role, "a string", value);
            }
            return value.textValue();
        }

        /** A string within the guide's 10,000 character limit (characters, not UTF-16 units). */
        String limitedString(int index, String role) {
            String text = string(index, role);
            int characters = text.codePointCount(0, text.length());
            if (characters > MAX_TEXT_CHARACTERS) {
                throw failure("the " + role + " has " + characters + " characters; at most " + MAX_TEXT_CHARACTERS + " are allowed");
            }
            return text;
        }

        ArrayNode array(int index, String role) {
            if (value(index) instanceof ArrayNode array) {
                return array;
            }
            throw mismatch(role, "an array", value(index));
        }

        ObjectNode object(int index, String role) {
            if (value(index) instanceof ObjectNode object) {
                return object;
            }
            throw mismatch(role, "an object", value(index));
        }

        boolean bool(int index, String role) {
            JsonNode value = value(index);
            if (!value.isBoolean()) {
                throw mismatch(role, "a boolean", value);
            }
            return value.booleanValue();
        }

        /** An integer number (2 and 2.0 are, 2.5 is not) in the int32 range. */
        int integer(int index, String role) {
            BigDecimal number = number(index, role);
            if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
                throw failure("the " + role + " must be an integer, got " + value(index));
            }
            return int32(number, role);
        }

        /**
         * A number rounded to the nearest integer, halves up ({@code 1.5} → 2, {@code -1.5} → -1): what Step
         * Functions does with non-integers in States.MathAdd and States.MathRandom, which must fit an int32.
         */
        int roundedInteger(int index, String role) {
            BigDecimal rounded = number(index, role).add(new BigDecimal("0.5")).setScale(0, RoundingMode.FLOOR);
            return int32(rounded, role);
        }

        private BigDecimal number(int index, String role) {
            JsonNode value = value(index);
            if (!value.isNumber()) {
                throw mismatch(role, "a number", value);
            }
            return value.decimalValue();
        }

        private int int32(BigDecimal integer, String role) {
            try {
                return integer.intValueExact();
            } catch (ArithmeticException e) {
                throw failure("the " + role + " must be between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE
                        + ", got " + integer.toBigInteger());
            }
        }

        StatesError mismatch(String role, String expected, JsonNode actual) {
            return failure("the " + role + " must be " + expected + ", got " + typeOf(actual));
        }

        StatesError failure(String reason) {
            return StatesError.intrinsic("Invalid use of " + call.qualifiedName() + " in " + call.source() + ": " + reason);
        }
    }
}
