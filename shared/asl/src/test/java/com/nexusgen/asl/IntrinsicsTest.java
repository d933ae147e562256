package com.nexusgen.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The examples of the developer guide's "Intrinsic functions" page, and behaviour Step Functions shows
 * for edge cases (empty pieces of States.StringSplit, rounding in States.MathAdd...).
 */
class IntrinsicsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTEXT = """
            {"Execution": {"Id": "arn:aws:states:us-east-1:123456789012:execution:my-machine:run-1",
                           "Name": "run-1", "Input": {"csv": "a,b"}},
             "StateMachine": {"Id": "arn:aws:states:us-east-1:123456789012:stateMachine:my-machine",
                              "Name": "my-machine"}}""";
    /** The guide's array examples. */
    private static final String NINE = "{\"inputArray\": [1,2,3,4,5,6,7,8,9], \"lookingFor\": 5, \"index\": 5}";

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static JsonNode evaluate(String expression, String input) {
        return Intrinsics.evaluate(expression, PathResolver.of(json(input), json(CONTEXT)));
    }

    private static JsonNode evaluate(String expression) {
        return evaluate(expression, "{}");
    }

    private static StatesError failure(String error, Executable call) {
        StatesError failure = assertThrows(StatesError.class, call);
        assertEquals(error, failure.error(), failure.cause());
        return failure;
    }

    private static void assertCause(StatesError failure, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(failure.cause().contains(fragment), () -> "'" + fragment + "' not in: " + failure.cause());
        }
    }

    @Test
    void isIntrinsic_shouldBeTrue_whenTheValueStartsWithAKnownFunctionAndParenthesis() {
        // GIVEN calls of known functions, well formed or not past the parenthesis
        // WHEN / THEN they are intrinsics
        assertTrue(Intrinsics.isIntrinsic("States.Format('{}', $.a)"));
        assertTrue(Intrinsics.isIntrinsic("States.UUID()"));
        assertTrue(Intrinsics.isIntrinsic("States.ArrayLength("));
    }

    @Test
    void isIntrinsic_shouldBeFalse_whenTheValueIsAPathOrUnknownOrNotACall() {
        // GIVEN paths, unknown names, names without parenthesis
        // WHEN / THEN none is an intrinsic
        assertFalse(Intrinsics.isIntrinsic("$.a"));
        assertFalse(Intrinsics.isIntrinsic("States.Nope(1)"));
        assertFalse(Intrinsics.isIntrinsic("States.Format"));
        assertFalse(Intrinsics.isIntrinsic("States.Format ('x')"));
        assertFalse(Intrinsics.isIntrinsic("states.Format('x')"));
        assertFalse(Intrinsics.isIntrinsic(" States.UUID()"));
        assertFalse(Intrinsics.isIntrinsic(null));
    }

    @Test
    void evaluate_shouldReadEveryKindOfLiteral_whenArgumentsAreSeparatedByWhitespace() {
        // GIVEN strings, integers, decimals, negatives, exponents, booleans and null, spaced freely
        String expression = "States.Array( 'a' ,1,  -2 , 3.5,-0.25, 1e3, 2147483648, true , false,null )";

        // WHEN evaluated
        JsonNode result = evaluate(expression);

        // THEN each keeps its JSON type and value
        assertEquals(json("[\"a\",1,-2,3.5,-0.25,1000.0,2147483648,true,false,null]"), result);
    }

    @Test
    void evaluate_shouldApplyTheFourEscapes_whenAStringLiteralContainsThem() {
        // GIVEN a literal with \' \{ \} and \\ (the guide's reserved characters)
        String expression = "States.Array('it\\'s \\{braced\\} a\\\\b')";

        // WHEN evaluated
        JsonNode result = evaluate(expression);

        // THEN the escapes are replaced by the characters they stand for
        assertEquals("it's {braced} a\\b", result.get(0).textValue());
    }

    @Test
    void evaluate_shouldKeepUnescapedBracesAndOtherCharacters_whenTheyAreNotPlaceholdersOfAFormat() {
        // GIVEN a JSON text literal (Step Functions runs States.StringToJson('{"a": 1}')) and a newline
        // WHEN evaluated
        // THEN the text is taken as written
        assertEquals(json("{\"constant\": \"false\"}"), evaluate("States.StringToJson('{\"constant\": \"false\"}')"));
        assertEquals(json("[\"Hello\",\"World\"]"), evaluate("States.StringSplit('Hello\nWorld', '\n')"));
    }

    @Test
    void evaluate_shouldFailWithRuntime_whenAStringHasAnOpenEscape() {
        // GIVEN a backslash before a character that is not reserved ("open escape" in the guide)
        // WHEN evaluated
        StatesError failure = failure(Errors.RUNTIME, () -> evaluate("States.Format('a\\nb')"));

        // THEN the cause points at the escape
        assertCause(failure, "open escape");
    }

    @Test
    void evaluate_shouldResolvePathsIntoTheInputAndTheContext_whenArgumentsArePaths() {
        // GIVEN the whole input ($), a nested field, an index, a bracketed name and context paths
        String input = "{\"a\": {\"b\": [10, 20]}, \"c d\": \"spaced\"}";

        // WHEN evaluated
        JsonNode result = evaluate("States.Array($, $.a.b[1], $['c d'], $$.Execution.Id, $$.StateMachine.Name)", input);

        // THEN every path selects its value
        assertEquals(json(input), result.get(0));
        assertEquals(20, result.get(1).intValue());
        assertEquals("spaced", result.get(2).textValue());
        assertEquals("arn:aws:states:us-east-1:123456789012:execution:my-machine:run-1", result.get(3).textValue());
        assertEquals("my-machine", result.get(4).textValue());
    }

    @Test
    void evaluate_shouldKeepAFilterWhole_whenItContainsCommasAndParentheses() {
        // GIVEN a filter path with a comma and parentheses inside its brackets
        String input = "{\"items\": [{\"n\": 1, \"t\": \"a, b\"}, {\"n\": 2, \"t\": \"c\"}, {\"n\": 3, \"t\": \"a, b\"}]}";

        // WHEN evaluated
        JsonNode result = evaluate("States.ArrayLength($.items[?(@.t == 'a, b')])", input);

        // THEN the path is read to its closing bracket
        assertEquals(2, result.intValue());
    }

    @Test
    void evaluate_shouldReturnACopy_whenAFunctionReturnsPartOfTheInput() {
        // GIVEN an input array
        JsonNode input = json("{\"list\": [{\"x\": 1}]}");

        // WHEN an item is taken and then changed
        JsonNode item = Intrinsics.evaluate("States.ArrayGetItem($.list, 0)", PathResolver.of(input, json(CONTEXT)));
        ((com.fasterxml.jackson.databind.node.ObjectNode) item).put("x", 2);

        // THEN the input is untouched
        assertEquals(json("{\"list\": [{\"x\": 1}]}"), input);
    }

    @Test
    void evaluate_shouldFailWithRuntime_whenAPathSelectsNothing() {
        // GIVEN paths into the input and the context that select nothing
        // WHEN evaluated
        StatesError input = failure(Errors.RUNTIME, () -> evaluate("States.Format('{}', $.missing)"));
        StatesError context = failure(Errors.RUNTIME, () -> evaluate("States.Format('{}', $$.Execution.Nope)"));

        // THEN the cause names the path and where it was looked for
        assertCause(input, "$.missing", "could not be found in the input");
        assertCause(context, "$$.Execution.Nope", "context object");
    }

    @Test
    void evaluate_shouldFailWithIntrinsicFailure_whenTheCallIsMalformed() {
        // GIVEN malformed calls
        // WHEN / THEN each is refused with a cause that says what is wrong
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.Array('open")), "unterminated string");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.Array(1, 2")), "expected ')'");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.Array(1,)")), "expected an argument");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.Array(1) x")), "after the closing parenthesis");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.Array(maybe)")), "unknown argument 'maybe'");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.Array(01)")), "invalid number");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.Array($.a[?(@.b)")), "unterminated path");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.Array($name)")), "variable references");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("$.a")), "expected a call");
    }

    @Test
    void evaluate_shouldFailWithIntrinsicFailure_whenTheFunctionIsUnknownOrTheArgumentCountIsWrong() {
        // GIVEN an unknown function, and known ones with too many or too few arguments
        // WHEN / THEN each is refused, naming the function and the expected count
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.Nope(1)")), "Unknown intrinsic function States.Nope");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.UUID(1)")), "takes no arguments, got 1");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.Format()")), "at least 1 argument");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.MathRandom(1)")), "2 or 3 arguments");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.Array(States.ArrayLength())")),
                "States.ArrayLength takes 1 argument, got 0");
    }

    @Test
    void evaluate_shouldFailBeforeReadingData_whenANestedCallIsInvalid() {
        // GIVEN a missing path in the first argument and an invalid nested call in the second
        // WHEN evaluated
        StatesError failure = failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.Array($.missing, States.UUID(2))"));

        // THEN the static error is reported, not the missing data
        assertCause(failure, "States.UUID");
    }

    @Test
    void evaluate_shouldAcceptTenCalls_butRefuseEleven_whenCallsAreNested() {
        // GIVEN ten calls in one field (the guide's limit), then eleven
        String ten = "States.Array(" + "States.UUID(), ".repeat(8) + "States.UUID())";
        String eleven = "States.Array(" + "States.UUID(), ".repeat(9) + "States.UUID())";

        // WHEN evaluated
        // THEN ten work and eleven are refused
        assertEquals(9, evaluate(ten).size());
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate(eleven)), "more than 10");
    }

    @Test
    void evaluate_shouldEvaluateTheGuidesNestedExample_whenItsPlaceholdersMatchItsArguments() {
        // GIVEN the guide's nine nested calls on an image recipe ARN (with '{}.{}': the guide's
        // '{}.{}.{}' has one placeholder more than its two values, which Step Functions refuses)
        String input = "{\"ImageRecipe\": {\"Arn\": \"arn:aws:imagebuilder:us-east-1:123456789012:image-recipe/my-recipe/1.2.3\"}}";
        String nested = "States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), %d)";
        String expression = "States.Format('{}.{}', " + nested.formatted(0) + ", " + nested.formatted(1) + ")";

        // WHEN evaluated
        JsonNode result = evaluate(expression, input);

        // THEN the major and minor version are extracted
        assertEquals("1.2", result.textValue());
        assertCause(failure(Errors.INTRINSIC_FAILURE,
                () -> evaluate(expression.replace("'{}.{}'", "'{}.{}.{}'"), input)), "3 placeholder(s)");
    }

    @Test
    void format_shouldInsertTheValue_whenTheTemplateIsALiteralOrAPath() {
        // GIVEN the guide's input
        String input = "{\"name\": \"Arnav\", \"template\": \"Hello, my name is {}.\"}";

        // WHEN formatted with the template as a literal and from a path
        // THEN both give the guide's output
        assertEquals("Hello, my name is Arnav.", evaluate("States.Format('Hello, my name is {}.', $.name)", input).textValue());
        assertEquals("Hello, my name is Arnav.", evaluate("States.Format($.template, $.name)", input).textValue());
    }

    @Test
    void format_shouldWriteAQuote_whenTheTemplateEscapesIt() {
        // GIVEN the guide's escaped quote
        String input = "{\"firstName\": \"John\", \"lastName\": \"Doe\"}";

        // WHEN formatted
        JsonNode result = evaluate("States.Format('Welcome to {} {}\\'s playlist.', $.firstName, $.lastName)", input);

        // THEN the quote is in the text
        assertEquals("Welcome to John Doe's playlist.", result.textValue());
    }

    @Test
    void format_shouldNotCountEscapedBraces_whenTheyAreInTheTemplate() {
        // GIVEN a template with escaped braces and one placeholder
        // WHEN formatted
        JsonNode result = evaluate("States.Format('\\{\\} is literal, {} is not, nor \\{}', 'this')");

        // THEN only the unescaped pair is replaced
        assertEquals("{} is literal, this is not, nor {}", result.textValue());
    }

    @Test
    void format_shouldInsertStringsRawAndOtherValuesAsJson_whenArgumentsHaveAnyType() {
        // GIVEN values of every JSON type
        String input = "{\"s\": \"text\", \"i\": 1, \"d\": 1.1, \"b\": true, \"n\": null, \"o\": {\"Arg1\": 1, \"Arg2\": []}, \"a\": [1, \"x\"]}";

        // WHEN formatted
        JsonNode result = evaluate("States.Format('{}|{}|{}|{}|{}|{}|{}', $.s, $.i, $.d, $.b, $.n, $.o, $.a)", input);

        // THEN strings are unquoted, the rest is JSON text
        assertEquals("text|1|1.1|true|null|{\"Arg1\":1,\"Arg2\":[]}|[1,\"x\"]", result.textValue());
    }

    @Test
    void format_shouldFormatContextValuesAndNestedCalls_whenTheyAreArguments() {
        // GIVEN a context path and a nested call
        String input = "{\"a\": [1, 2, 3]}";

        // WHEN formatted
        JsonNode result = evaluate("States.Format('{} has {} items', $$.Execution.Name, States.ArrayLength($.a))", input);

        // THEN both are inserted
        assertEquals("run-1 has 3 items", result.textValue());
    }

    @Test
    void format_shouldFail_whenPlaceholdersAndValuesDiffer() {
        // GIVEN one placeholder too many, then one too few
        // WHEN / THEN both are refused
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.Format('{} {}', 'a')")),
                "States.Format", "2 placeholder(s)", "1 value(s)");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.Format('{}', 'a', 'b')")), "1 placeholder(s)");
    }

    @Test
    void format_shouldFail_whenTheTemplateIsNotAString() {
        // GIVEN a number as template
        // WHEN / THEN it is refused
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.Format(1)")), "template must be a string, got a number");
    }

    @Test
    void stringToJson_shouldParseTheText_whenItIsEscapedJson() {
        // GIVEN the guide's escaped JSON string
        String input = "{\"escapedJsonString\": \"{\\\"foo\\\": \\\"bar\\\"}\"}";

        // WHEN parsed
        JsonNode result = evaluate("States.StringToJson($.escapedJsonString)", input);

        // THEN the object comes back
        assertEquals(json("{\"foo\": \"bar\"}"), result);
    }

    @Test
    void stringToJson_shouldReturnScalarsAndNull_whenTheTextIsAScalarOrBlank() {
        // GIVEN JSON scalars, and empty or blank strings (null in Step Functions)
        // WHEN / THEN
        assertEquals(json("1.1"), evaluate("States.StringToJson('1.1')"));
        assertEquals(json("\"HelloWorld\""), evaluate("States.StringToJson('\"HelloWorld\"')"));
        assertTrue(evaluate("States.StringToJson('')").isNull());
        assertTrue(evaluate("States.StringToJson('  ')").isNull());
        assertTrue(evaluate("States.StringToJson('null')").isNull());
    }

    @Test
    void stringToJson_shouldFail_whenTheTextIsNotJsonOrNotAString() {
        // GIVEN invalid JSON, trailing tokens and a number
        // WHEN / THEN each is refused
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.StringToJson('{not json')")), "not valid JSON");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.StringToJson('1 2')")), "not valid JSON");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.StringToJson(1)")), "must be a string");
    }

    @Test
    void jsonToString_shouldWriteCompactJson_whenTheArgumentIsAPath() {
        // GIVEN the guide's object, and other values
        String input = "{\"unescapedJson\": {\"foo\": \"bar\"}, \"s\": \"HelloWorld\", \"n\": null, \"a\": [1, 2]}";

        // WHEN serialized
        // THEN the JSON text is returned
        assertEquals("{\"foo\":\"bar\"}", evaluate("States.JsonToString($.unescapedJson)", input).textValue());
        assertEquals("\"HelloWorld\"", evaluate("States.JsonToString($.s)", input).textValue());
        assertEquals("null", evaluate("States.JsonToString($.n)", input).textValue());
        assertEquals("[1,2]", evaluate("States.JsonToString($.a)", input).textValue());
    }

    @Test
    void jsonToString_shouldFail_whenTheArgumentIsNotAPath() {
        // GIVEN a literal argument (the guide: "This argument must be a Path")
        // WHEN / THEN it is refused
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.JsonToString('x')")), "must be a path");
    }

    @Test
    void jsonMerge_shouldMergeShallowly_whenTheThirdArgumentIsFalse() {
        // GIVEN the guide's two objects sharing the key a
        String input = """
                {"json1": {"a": {"a1": 1, "a2": 2}, "b": 2},
                 "json2": {"a": {"a3": 1, "a4": 2}, "c": 3}}""";

        // WHEN merged
        JsonNode result = evaluate("States.JsonMerge($.json1, $.json2, false)", input);

        // THEN the second object's a replaces the first's, nested objects are not merged
        assertEquals(json("{\"a\": {\"a3\": 1, \"a4\": 2}, \"b\": 2, \"c\": 3}"), result);
    }

    @Test
    void jsonMerge_shouldMergeAParsedLiteralWithAContextValue_whenNested() {
        // GIVEN a literal object parsed by StringToJson and an object from the context
        // WHEN merged
        JsonNode result = evaluate("States.JsonMerge(States.StringToJson('{\"x\": 1}'), $$.Execution.Input, false)");

        // THEN both objects' keys are present
        assertEquals(json("{\"x\": 1, \"csv\": \"a,b\"}"), result);
    }

    @Test
    void jsonMerge_shouldFail_whenDeepMergeIsAskedOrArgumentsAreNotObjects() {
        // GIVEN deep merge, a non-object and a non-boolean flag
        // WHEN / THEN each is refused
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.JsonMerge($, $, true)")), "deep merging is not supported");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.JsonMerge($, States.Array(), false)")),
                "second argument must be an object, got an array");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.JsonMerge($, $, 'false')")), "must be a boolean");
    }

    @Test
    void array_shouldCollectTheArguments_whenGivenAnyNumberOfThem() {
        // GIVEN the guide's input, and no argument at all
        // WHEN / THEN
        assertEquals(json("[123456]"), evaluate("States.Array($.Id)", "{\"Id\": 123456}"));
        assertEquals(json("[]"), evaluate("States.Array()"));
    }

    @Test
    void arrayPartition_shouldChunkTheArray_whenTheSizeIsPositive() {
        // GIVEN the guide's array
        // WHEN partitioned by 4, and an empty array by 2
        // THEN the last chunk holds the rest
        assertEquals(json("[[1,2,3,4],[5,6,7,8],[9]]"), evaluate("States.ArrayPartition($.inputArray,4)", NINE));
        assertEquals(json("[]"), evaluate("States.ArrayPartition(States.Array(), 2)"));
    }

    @Test
    void arrayPartition_shouldFail_whenTheSizeIsNotAPositiveIntegerOrTheInputNotAnArray() {
        // GIVEN a zero, negative and fractional size, and a non-array
        // WHEN / THEN each is refused
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.ArrayPartition($.inputArray, 0)", NINE)), "positive integer");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.ArrayPartition($.inputArray, -1)", NINE)), "positive integer");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.ArrayPartition($.inputArray, 1.5)", NINE)), "must be an integer");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.ArrayPartition('abc', 1)")), "array must be an array, got a string");
    }

    @Test
    void arrayContains_shouldFindTheValue_whenEqualByJsonValue() {
        // GIVEN the guide's array, nested values, and numbers written differently
        String input = "{\"nested\": [[1, 2, 3], {\"k\": [1], \"j\": 2}, true]}";

        // WHEN / THEN
        assertTrue(evaluate("States.ArrayContains($.inputArray, $.lookingFor)", NINE).booleanValue());
        assertFalse(evaluate("States.ArrayContains($.inputArray, 10)", NINE).booleanValue());
        assertTrue(evaluate("States.ArrayContains($.nested, States.Array(1, 2, 3))", input).booleanValue());
        assertTrue(evaluate("States.ArrayContains($.nested, States.StringToJson('{\"j\": 2.0, \"k\": [1]}'))", input).booleanValue());
        assertTrue(evaluate("States.ArrayContains($.inputArray, 5.0)", NINE).booleanValue());
        assertFalse(evaluate("States.ArrayContains(States.Array(), null)").booleanValue());
    }

    @Test
    void arrayRange_shouldCountFromStartToEnd_whenTheStepFits() {
        // GIVEN the guide's range, a step that overshoots the end, a descending and a one-item range
        // WHEN / THEN the end is included when reached
        assertEquals(json("[1,3,5,7,9]"), evaluate("States.ArrayRange(1, 9, 2)"));
        assertEquals(json("[0,3,6,9]"), evaluate("States.ArrayRange(0, 10, 3)"));
        assertEquals(json("[5,4,3]"), evaluate("States.ArrayRange(5, 3, -1)"));
        assertEquals(json("[1]"), evaluate("States.ArrayRange(1, 9, 9)"));
        assertEquals(json("[]"), evaluate("States.ArrayRange(1, 9, -1)"));
        assertEquals(1000, evaluate("States.ArrayRange(1, 1000, 1)").size());
    }

    @Test
    void arrayRange_shouldFail_whenTheStepIsZeroOrTheRangeIsTooLongOrNotIntegers() {
        // GIVEN a zero step, 1001 items and a fractional start
        // WHEN / THEN each is refused
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.ArrayRange(1, 9, 0)")), "step must not be 0");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.ArrayRange(0, 1000, 1)")), "1001 items", "at most 1000");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.ArrayRange(0.5, 9, 1)")), "start must be an integer");
    }

    @Test
    void arrayGetItem_shouldReturnTheItem_whenTheIndexIsInside() {
        // GIVEN the guide's array and index
        // WHEN / THEN the sixth item
        assertEquals(json("6"), evaluate("States.ArrayGetItem($.inputArray, $.index)", NINE));
    }

    @Test
    void arrayGetItem_shouldFail_whenTheIndexIsOutside() {
        // GIVEN indexes past the end and negative
        // WHEN / THEN refused
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.ArrayGetItem($.inputArray, 9)", NINE)), "out of bounds");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.ArrayGetItem($.inputArray, -1)", NINE)), "out of bounds");
    }

    @Test
    void arrayLength_shouldCountTheItems_whenGivenAnArray() {
        // GIVEN the guide's array
        // WHEN / THEN nine, and a non-array is refused
        assertEquals(json("9"), evaluate("States.ArrayLength($.inputArray)", NINE));
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.ArrayLength($.index)", NINE)), "must be an array, got a number");
    }

    @Test
    void arrayUnique_shouldKeepTheFirstOfEqualItems_whenThereAreDuplicates() {
        // GIVEN the guide's array, and values of all types (objects equal whatever their key order)
        String input = """
                {"inputArray": [1,2,3,3,3,3,3,3,4],
                 "mixed": [null, null, true, true, 1, 1.0, "a", "a", [], [], {"a": 1, "b": 2}, {"b": 2, "a": 1}, {"a": 1}]}""";

        // WHEN / THEN
        assertEquals(json("[1,2,3,4]"), evaluate("States.ArrayUnique($.inputArray)", input));
        assertEquals(json("[null, true, 1, \"a\", [], {\"a\": 1, \"b\": 2}, {\"a\": 1}]"), evaluate("States.ArrayUnique($.mixed)", input));
    }

    @Test
    void base64Encode_shouldEncodeTheUtf8Bytes_whenGivenAString() {
        // GIVEN the guide's input, an empty and a non-ASCII string
        // WHEN / THEN
        assertEquals("RGF0YSB0byBlbmNvZGU=", evaluate("States.Base64Encode($.input)", "{\"input\": \"Data to encode\"}").textValue());
        assertEquals("", evaluate("States.Base64Encode('')").textValue());
        assertEquals("w6k=", evaluate("States.Base64Encode('é')").textValue());
    }

    @Test
    void base64Decode_shouldDecodeToText_whenGivenBase64() {
        // GIVEN the guide's encoded data
        // WHEN / THEN
        assertEquals("Data to encode", evaluate("States.Base64Decode($.base64)", "{\"base64\": \"RGF0YSB0byBlbmNvZGU=\"}").textValue());
        assertEquals("", evaluate("States.Base64Decode('')").textValue());
    }

    @Test
    void base64_shouldFail_whenTheInputIsTooLongOrInvalid() {
        // GIVEN 10,000 characters (the limit), 10,001, and text that is not Base64
        String limit = "{\"s\": \"" + "a".repeat(10_000) + "\", \"t\": \"" + "a".repeat(10_001) + "\"}";

        // WHEN / THEN the limit passes, beyond it and invalid text are refused
        assertEquals(13_336, evaluate("States.Base64Encode($.s)", limit).textValue().length());
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.Base64Encode($.t)", limit)), "10001 characters", "at most 10000");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.Base64Decode($.t)", limit)), "at most 10000");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.Base64Decode('not base64!')")), "not valid Base64");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.Base64Encode(1)")), "must be a string");
    }

    @Test
    void hash_shouldReturnLowercaseHex_whenTheAlgorithmIsSupported() {
        // GIVEN the guide's data, hashed with each algorithm (values Step Functions returns)
        String input = "{\"Data\": \"input data\", \"Algorithm\": \"SHA-1\"}";

        // WHEN / THEN
        assertEquals("aaff4a450a104cd177d28d18d74485e8cae074b7", evaluate("States.Hash($.Data, $.Algorithm)", input).textValue());
        assertEquals("812f45842bc6d66ee14572ce20db8e86", evaluate("States.Hash($.Data, 'MD5')", input).textValue());
        assertEquals("b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3",
                evaluate("States.Hash($.Data, 'SHA-256')", input).textValue());
        assertEquals("d28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9e9374a15562",
                evaluate("States.Hash($.Data, 'SHA-384')", input).textValue());
        assertEquals("6ce4adb348546d4f449c4d25aad9a7c9cb711d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593fc50283731a533d30d425402d4f91316d871303aac4",
                evaluate("States.Hash($.Data, 'SHA-512')", input).textValue());
    }

    @Test
    void hash_shouldFail_whenTheAlgorithmIsUnknownOrTheDataTooLong() {
        // GIVEN an unsupported algorithm, a differently written one, and 10,001 characters
        String input = "{\"t\": \"" + "a".repeat(10_001) + "\"}";

        // WHEN / THEN each is refused
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.Hash('x', 'SHA-224')")), "unsupported algorithm 'SHA-224'", "SHA-512");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.Hash('x', 'sha256')")), "unsupported algorithm");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.Hash($.t, 'MD5')", input)), "at most 10000");
    }

    @Test
    void mathRandom_shouldReturnAnIntegerFromStartToBeforeEnd_whenNotSeeded() {
        // GIVEN the guide's bounds, and a two-number range
        Set<Integer> seen = new HashSet<>();

        // WHEN drawn many times
        for (int i = 0; i < 200; i++) {
            int value = evaluate("States.MathRandom($.start, $.end)", "{\"start\": 1, \"end\": 999}").intValue();
            assertTrue(value >= 1 && value < 999, () -> "out of range: " + value);
            seen.add(evaluate("States.MathRandom(0, 2)").intValue());
        }

        // THEN the end is never reached and both values of [0, 2) appear
        assertEquals(Set.of(0, 1), seen);
    }

    @Test
    void mathRandom_shouldRepeatTheNumber_whenTheSeedIsTheSame() {
        // GIVEN a seed
        // WHEN drawn twice with it
        JsonNode first = evaluate("States.MathRandom(0, 1000000, 7)");
        JsonNode second = evaluate("States.MathRandom(0, 1000000, 7)");

        // THEN the numbers are the same integer
        assertTrue(first.isInt());
        assertEquals(first, second);
    }

    @Test
    void mathRandom_shouldFail_whenTheRangeIsEmptyOrArgumentsAreNotNumbers() {
        // GIVEN an empty range, a string and a value outside int32
        // WHEN / THEN each is refused
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.MathRandom(5, 5)")), "must be less than the end");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.MathRandom('1', 5)")), "start must be a number, got a string");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.MathRandom(0, 2147483648)")), "between -2147483648 and 2147483647");
    }

    @Test
    void mathAdd_shouldAddIntegers_whenGivenTheGuidesValues() {
        // GIVEN the guide's value and negative step
        // WHEN / THEN 111 - 1
        assertEquals(json("110"), evaluate("States.MathAdd($.value1, $.step)", "{\"value1\": 111, \"step\": -1}"));
        assertEquals(json("4294967294"), evaluate("States.MathAdd(2147483647, 2147483647)"));
    }

    @Test
    void mathAdd_shouldRoundHalvesUp_whenArgumentsAreNotIntegers() {
        // GIVEN decimals (Step Functions rounds them: 1.5 → 2, -1.5 → -1, -0.5 → 0)
        // WHEN / THEN
        assertEquals(json("3"), evaluate("States.MathAdd(1.49, 1.5)"));
        assertEquals(json("-2"), evaluate("States.MathAdd(-1.49, -1.5)"));
        assertEquals(json("-3"), evaluate("States.MathAdd(-1.5, -1.51)"));
        assertEquals(json("0"), evaluate("States.MathAdd(-0.5, 0)"));
        assertEquals(json("3"), evaluate("States.MathAdd(2.5, 0)"));
    }

    @Test
    void mathAdd_shouldFail_whenAValueIsOutsideInt32OrNotANumber() {
        // GIVEN a value above the int32 range and a string
        // WHEN / THEN both are refused
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.MathAdd(2147483648, 1)")), "first argument must be between");
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.MathAdd(1, '1')")), "second argument must be a number");
    }

    @Test
    void stringSplit_shouldSplitOnEachDelimiterCharacter_whenGivenTheGuidesExamples() {
        // GIVEN the guide's comma-separated string, and a delimiter of several characters
        String input = "{\"inputString\": \"1,2,3,4,5\", \"splitter\": \",\", \"other\": \"This.is+a,test=string\"}";

        // WHEN / THEN
        assertEquals(json("[\"1\",\"2\",\"3\",\"4\",\"5\"]"), evaluate("States.StringSplit($.inputString, $.splitter)", input));
        assertEquals(json("[\"This\",\"is\",\"a\",\"test\",\"string\"]"), evaluate("States.StringSplit($.other, '.+,=')", input));
    }

    @Test
    void stringSplit_shouldDropEmptyPieces_whenDelimitersAreAdjacentOrAtTheEnds() {
        // GIVEN inputs Step Functions splits into fewer pieces than delimiters suggest
        // WHEN / THEN
        assertEquals(json("[\" \",\" \"]"), evaluate("States.StringSplit(', , ,', ',')"));
        assertEquals(json("[]"), evaluate("States.StringSplit(',,,,', ',')"));
        assertEquals(json("[\" \"]"), evaluate("States.StringSplit(' ', ',')"));
        assertEquals(json("[\"a\",\"b\"]"), evaluate("States.StringSplit($$.Execution.Input.csv, ',')"));
    }

    @Test
    void stringSplit_shouldFail_whenAnArgumentIsNotAString() {
        // GIVEN a number to split
        // WHEN / THEN refused
        assertCause(failure(Errors.INTRINSIC_FAILURE, () -> evaluate("States.StringSplit(123, ',')")), "string must be a string, got a number");
    }

    @Test
    void uuid_shouldReturnARandomVersion4Uuid_whenCalled() {
        // GIVEN / WHEN two UUIDs
        String first = evaluate("States.UUID()").textValue();
        String second = evaluate("States.UUID()").textValue();

        // THEN both are v4 (version nibble 4, variant 10xx), and differ
        String v4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
        assertTrue(first.matches(v4), first);
        assertTrue(second.matches(v4), second);
        assertFalse(first.equals(second));
    }
}
