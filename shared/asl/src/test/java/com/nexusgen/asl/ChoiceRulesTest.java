package com.nexusgen.asl;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChoiceRulesTest {
    /** Single quotes keep the JSON in these tests readable; the rules themselves are ordinary JSON. */
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();
    private static final JsonNode CONTEXT = json("{'Execution': {'Name': 'run-42', 'Input': {'tier': 'gold'}}, 'State': {'Name': 'Route'}}");

    private static final String TIMESTAMP = "'2016-08-18T17:33:00Z'";
    /** Every data-test operator but IsPresent, each with a constant of its type. */
    private static final List<String[]> OPERATORS_WITH_CONSTANTS = operatorsWithConstants();

    // ------------------------------------------------------------------ constant comparisons

    @ParameterizedTest(name = "{1} {0} {2} -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            StringEquals               | 'abc'                              | 'abc'                                   | true
            StringEquals               | 'abc'                              | 'abd'                                   | false
            StringEquals               | 'abc'                              | 'ABC'                                   | false
            StringLessThan             | 'abc'                              | 'abd'                                   | true
            StringLessThan             | 'ab'                               | 'abc'                                   | true
            StringLessThan             | 'B'                                | 'a'                                     | true
            StringLessThan             | 'abc'                              | 'abc'                                   | false
            StringGreaterThan          | 'b'                                | 'abc'                                   | true
            StringGreaterThan          | 'abc'                              | 'abc'                                   | false
            StringLessThanEquals       | 'abc'                              | 'abc'                                   | true
            StringLessThanEquals       | 'abd'                              | 'abc'                                   | false
            StringGreaterThanEquals    | 'abc'                              | 'abc'                                   | true
            StringGreaterThanEquals    | 'abb'                              | 'abc'                                   | false
            NumericEquals              | 1                                  | 1.0                                     | true
            NumericEquals              | 1.50                               | 1.5                                     | true
            NumericEquals              | 123456789012345678901234567890     | 123456789012345678901234567890          | true
            NumericEquals              | 9007199254740993                   | 9007199254740992                        | false
            NumericEquals              | 2                                  | 1                                       | false
            NumericLessThan            | -1.5                               | -1                                      | true
            NumericLessThan            | 1                                  | 1                                       | false
            NumericGreaterThan         | 1e3                                | 999.99                                  | true
            NumericGreaterThan         | 1                                  | 1.0                                     | false
            NumericLessThanEquals      | 1.0                                | 1                                       | true
            NumericLessThanEquals      | 1.01                               | 1                                       | false
            NumericGreaterThanEquals   | 0                                  | -0.0                                    | true
            NumericGreaterThanEquals   | -1                                 | 0                                       | false
            BooleanEquals              | true                               | true                                    | true
            BooleanEquals              | false                              | false                                   | true
            BooleanEquals              | false                              | true                                    | false
            TimestampEquals            | '2016-08-18T17:33:00Z'             | '2016-08-18T17:33:00Z'                  | true
            TimestampEquals            | '2016-08-18T19:33:00+02:00'        | '2016-08-18T17:33:00Z'                  | true
            TimestampEquals            | '2016-08-19T01:00:00+09:00'        | '2016-08-18T16:00:00Z'                  | true
            TimestampEquals            | '2016-08-18T17:33:00.500Z'         | '2016-08-18T17:33:00.5Z'                | true
            TimestampEquals            | '2016-08-18T17:33:01Z'             | '2016-08-18T17:33:00Z'                  | false
            TimestampLessThan          | '2016-08-18T17:33:00Z'             | '2016-08-18T17:33:00.001Z'              | true
            TimestampLessThan          | '2016-08-18T12:00:00-06:00'        | '2016-08-18T17:33:00Z'                  | false
            TimestampGreaterThan       | '2016-08-18T12:00:00-06:00'        | '2016-08-18T17:33:00Z'                  | true
            TimestampGreaterThan       | '2016-08-18T17:33:00Z'             | '2016-08-18T17:33:00Z'                  | false
            TimestampLessThanEquals    | '2016-08-18T17:33:00Z'             | '2016-08-18T17:33:00.000000000Z'        | true
            TimestampLessThanEquals    | '2017-01-01T00:00:00Z'             | '2016-12-31T23:59:59.999999999999Z'     | false
            TimestampGreaterThanEquals | '2016-12-31T23:59:59.9999999999Z'  | '2016-12-31T23:59:59.999999999Z'        | true
            TimestampGreaterThanEquals | '2016-08-18T17:32:59Z'             | '2016-08-18T17:33:00Z'                  | false
            """)
    void matches_shouldCompareTheVariableWithTheConstant_whenOperatorIsATypedComparison(String operator, String value, String constant, boolean expected) {
        // GIVEN a rule comparing $.v with a constant, and an input holding the value
        JsonNode rule = json("{'Variable': '$.v', '" + operator + "': " + constant + "}");
        PathResolver resolver = resolver("{'v': " + value + "}");

        // WHEN the rule is evaluated
        boolean matched = ChoiceRules.matches(rule, resolver);

        // THEN numbers compare by value, strings by code point, timestamps as instants
        assertEquals(expected, matched);
    }

    @Test
    void matches_shouldOrderStringsByCodePoint_whenASupplementaryCharacterIsCompared() {
        // GIVEN U+FF61, whose UTF-16 unit sorts after the surrogate pair of U+1F600 though its code point is lower
        JsonNode rule = json("{'Variable': '$.v', 'StringLessThan': '\uD83D\uDE00'}");
        PathResolver resolver = resolver("{'v': '\uFF61'}");

        // WHEN the rule is evaluated
        boolean matched = ChoiceRules.matches(rule, resolver);

        // THEN the comparison follows code points, not String.compareTo
        assertTrue(matched);
    }

    @Test
    void matches_shouldMatchAStringEqualsRule_whenTheValueIsATimestampString() {
        // GIVEN a timestamp compared as a plain string, which the guide says is allowed
        JsonNode rule = json("{'Variable': '$.v', 'StringEquals': '2016-08-18T17:33:00Z'}");

        // WHEN the rule is evaluated against the same text
        boolean matched = ChoiceRules.matches(rule, resolver("{'v': '2016-08-18T17:33:00Z'}"));

        // THEN it matches as a string
        assertTrue(matched);
    }

    // ------------------------------------------------------------------ Path variants

    @ParameterizedTest(name = "{1} {0} {2} -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            StringEqualsPath               | 'abc'                       | 'abc'                    | true
            StringEqualsPath               | 'abc'                       | 'abd'                    | false
            StringLessThanPath             | 'abc'                       | 'abd'                    | true
            StringLessThanPath             | 'abd'                       | 'abc'                    | false
            StringGreaterThanPath          | 'abd'                       | 'abc'                    | true
            StringGreaterThanPath          | 'abc'                       | 'abc'                    | false
            StringLessThanEqualsPath       | 'abc'                       | 'abc'                    | true
            StringLessThanEqualsPath       | 'abd'                       | 'abc'                    | false
            StringGreaterThanEqualsPath    | 'abc'                       | 'abc'                    | true
            StringGreaterThanEqualsPath    | 'abb'                       | 'abc'                    | false
            NumericEqualsPath              | 2                           | 2.0                      | true
            NumericEqualsPath              | 2                           | 3                        | false
            NumericLessThanPath            | -2.25                       | -2                       | true
            NumericLessThanPath            | -2.25                       | -2.25                    | false
            NumericGreaterThanPath         | 10                          | 9.5                      | true
            NumericGreaterThanPath         | 9.5                         | 10                       | false
            NumericLessThanEqualsPath      | -2.25                       | -2.25                    | true
            NumericLessThanEqualsPath      | 3                           | 2                        | false
            NumericGreaterThanEqualsPath   | 3                           | 3                        | true
            NumericGreaterThanEqualsPath   | 2                           | 3                        | false
            BooleanEqualsPath              | true                        | true                     | true
            BooleanEqualsPath              | true                        | false                    | false
            TimestampEqualsPath            | '2016-08-18T17:33:00Z'      | '2016-08-18T18:33:00+01:00' | true
            TimestampEqualsPath            | '2016-08-18T17:33:00Z'      | '2016-08-18T17:33:00+01:00' | false
            TimestampLessThanPath          | '2016-08-18T17:33:00Z'      | '2016-08-18T17:33:00-01:00' | true
            TimestampLessThanPath          | '2016-08-18T17:33:00Z'      | '2016-08-18T17:33:00+01:00' | false
            TimestampGreaterThanPath       | '2016-08-18T17:33:00.1Z'    | '2016-08-18T17:33:00Z'   | true
            TimestampGreaterThanPath       | '2016-08-18T17:33:00Z'      | '2016-08-18T17:33:00.1Z' | false
            TimestampLessThanEqualsPath    | '2016-08-18T17:33:00Z'      | '2016-08-18T17:33:00Z'   | true
            TimestampLessThanEqualsPath    | '2016-08-18T17:33:01Z'      | '2016-08-18T17:33:00Z'   | false
            TimestampGreaterThanEqualsPath | '2016-08-18T17:33:00Z'      | '2016-08-18T17:33:00Z'   | true
            TimestampGreaterThanEqualsPath | '2016-08-18T17:32:00Z'      | '2016-08-18T17:33:00Z'   | false
            """)
    void matches_shouldCompareWithTheValueAtThePath_whenOperatorEndsWithPath(String operator, String left, String right, boolean expected) {
        // GIVEN a rule comparing $.left with the value at $.right
        JsonNode rule = json("{'Variable': '$.left', '" + operator + "': '$.right'}");
        PathResolver resolver = resolver("{'left': " + left + ", 'right': " + right + "}");

        // WHEN the rule is evaluated
        boolean matched = ChoiceRules.matches(rule, resolver);

        // THEN the right-hand side is read from the input
        assertEquals(expected, matched);
    }

    @Test
    void matches_shouldReadTheContextObject_whenPathsStartWithDoubleDollar() {
        // GIVEN a Variable and a Path operand both in the context object
        JsonNode byConstant = json("{'Variable': '$$.Execution.Name', 'StringEquals': 'run-42'}");
        JsonNode byPath = json("{'Variable': '$.tier', 'StringEqualsPath': '$$.Execution.Input.tier'}");

        // WHEN they are evaluated
        boolean constantMatched = ChoiceRules.matches(byConstant, resolver("{}"));
        boolean pathMatched = ChoiceRules.matches(byPath, resolver("{'tier': 'gold'}"));

        // THEN the context object supplies the values
        assertTrue(constantMatched);
        assertTrue(pathMatched);
    }

    @Test
    void matches_shouldCompareTheWholeInput_whenVariableIsDollar() {
        // GIVEN a rule on the whole input, which is a bare number
        JsonNode rule = json("{'Variable': '$', 'NumericGreaterThan': 10}");

        // WHEN it is evaluated
        boolean matched = ChoiceRules.matches(rule, resolver("11"));

        // THEN $ selects the input itself
        assertTrue(matched);
    }

    // ------------------------------------------------------------------ StringMatches

    static Stream<Arguments> wildcardCases() {
        return Stream.of(
                // from the guide and the specification
                Arguments.of("log-*.txt", "log-2024.txt", true),
                Arguments.of("foo*.log", "foo23.log", true),
                Arguments.of("*.log", "zebra.log", true),
                Arguments.of("foo*.*", "foobar.zebra", true),
                Arguments.of("log-*.txt", "log-2024.csv", false),
                // a star matches any run, the empty one and line breaks included
                Arguments.of("log-*.txt", "log-.txt", true),
                Arguments.of("*", "", true),
                Arguments.of("*", "anything at all", true),
                Arguments.of("line1*", "line1\nline2", true),
                Arguments.of("a*b*c", "abc", true),
                Arguments.of("a*b*c", "aXXbYYc", true),
                Arguments.of("a*b*c", "acb", false),
                Arguments.of("*ab*ab*", "xxabyyab", true),
                Arguments.of("*ab*ab*", "xxab", false),
                Arguments.of("ab*ba", "aba", false),
                Arguments.of("*\uD83D\uDE00", "smile \uD83D\uDE00", true),
                // without a star the pattern is plain equality, and nothing else is special
                Arguments.of("abc", "abc", true),
                Arguments.of("abc", "abcd", false),
                Arguments.of("a?c", "abc", false),
                Arguments.of("a.c", "abc", false),
                Arguments.of("[a]*", "[a]x", true),
                // \* is a literal star, \\ a literal backslash
                Arguments.of("a\\*b", "a*b", true),
                Arguments.of("a\\*b", "aXb", false),
                Arguments.of("a\\\\*", "a\\xyz", true),
                Arguments.of("a\\\\*", "axyz", false),
                Arguments.of("a\\\\\\*", "a\\*", true),
                Arguments.of("a\\\\\\*", "a\\xyz", false),
                Arguments.of("*\\*", "rating: 5*", true),
                // any other backslash stands for itself
                Arguments.of("a\\b*", "a\\bcd", true));
    }

    @ParameterizedTest(name = "''{1}'' matches ''{0}'' -> {2}")
    @MethodSource("wildcardCases")
    void matches_shouldApplyTheWildcardPattern_whenOperatorIsStringMatches(String pattern, String value, boolean expected) {
        // GIVEN a StringMatches rule (built with the Jackson API so the pattern needs no JSON escaping here)
        ObjectNode rule = MAPPER.createObjectNode().put("Variable", "$.v").put("StringMatches", pattern);
        ObjectNode input = MAPPER.createObjectNode().put("v", value);

        // WHEN the rule is evaluated
        boolean matched = ChoiceRules.matches(rule, PathResolver.of(input, CONTEXT));

        // THEN only unescaped stars are wildcards
        assertEquals(expected, matched);
    }

    @Test
    void matches_shouldAnswerQuickly_whenPatternHasManyStarsAndALongValue() {
        // GIVEN a value a regex like .*a.*a...c.*b would backtrack on for ages: right prefix and suffix, no 'c'
        JsonNode rule = json("{'Variable': '$.v', 'StringMatches': '*a*a*a*a*a*a*a*a*a*a*c*b'}");
        PathResolver resolver = resolver("{'v': '" + "a".repeat(50_000) + "b'}");

        // WHEN it is evaluated
        boolean matched = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> ChoiceRules.matches(rule, resolver));

        // THEN it answers in time that there is no match
        assertFalse(matched);
    }

    // ------------------------------------------------------------------ Is* tests

    @ParameterizedTest(name = "{1} {0}: {2} -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            IsNull      | null                                  | true  | true
            IsNull      | 0                                     | true  | false
            IsNull      | 'null'                                | true  | false
            IsNull      | 'x'                                   | false | true
            IsNull      | null                                  | false | false
            IsPresent   | null                                  | true  | true
            IsPresent   | 1                                     | false | false
            IsNumeric   | 1.5                                   | true  | true
            IsNumeric   | -7                                    | true  | true
            IsNumeric   | '1.5'                                 | true  | false
            IsNumeric   | '1.5'                                 | false | true
            IsString    | ''                                    | true  | true
            IsString    | 1                                     | true  | false
            IsString    | null                                  | false | true
            IsBoolean   | false                                 | true  | true
            IsBoolean   | 'false'                               | true  | false
            IsBoolean   | 0                                     | false | true
            IsTimestamp | '2016-08-18T17:33:00Z'                | true  | true
            IsTimestamp | '2016-08-18T17:33:00.123456+05:30'    | true  | true
            IsTimestamp | '2016-08-18'                          | true  | false
            IsTimestamp | 1471541580                            | true  | false
            IsTimestamp | '2016-08-18 17:33:00Z'                | false | true
            """)
    void matches_shouldTestTheValueKind_whenOperatorIsAnIsTest(String operator, String value, boolean wanted, boolean expected) {
        // GIVEN an Is* rule asking for the test to hold (true) or to fail (false)
        JsonNode rule = json("{'Variable': '$.v', '" + operator + "': " + wanted + "}");

        // WHEN it is evaluated against a present value
        boolean matched = ChoiceRules.matches(rule, resolver("{'v': " + value + "}"));

        // THEN the outcome is the test compared with the wanted answer
        assertEquals(expected, matched);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "2016-08-18T17:33:00Z", "2016-08-18T17:33:00.1Z", "2016-08-18T17:33:00.123456789012Z",
            "2016-08-18T17:33:00+00:00", "2016-08-18T17:33:00-00:00", "2016-08-18T17:33:00+05:30",
            "2016-08-18T17:33:00.25-08:00", "2016-02-29T00:00:00Z", "0001-01-01T00:00:00Z"})
    void matches_shouldRecogniseATimestamp_whenTextIsRfc3339WithUppercaseTAndZ(String text) {
        // GIVEN an RFC 3339 date-time with an offset (Z or numeric) and optional fraction
        ObjectNode input = MAPPER.createObjectNode().put("v", text);

        // WHEN IsTimestamp is evaluated
        boolean matched = ChoiceRules.matches(json("{'Variable': '$.v', 'IsTimestamp': true}"), PathResolver.of(input, CONTEXT));

        // THEN it is a timestamp
        assertTrue(matched);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {
            "2016-08-18t17:33:00Z", "2016-08-18T17:33:00z", "2016-08-18T17:33:00", "2016-08-18 17:33:00Z",
            "2016-08-18T17:33Z", "2015-02-29T00:00:00Z", "2016-13-01T00:00:00Z", "2016-08-18T24:00:00Z",
            "2016-08-18T17:33:60Z", "2016-08-18T17:33:00+0530", "2016-08-18T17:33:00+24:00", "2016-08-18T17:33:00.Z",
            "16-08-18T17:33:00Z", " 2016-08-18T17:33:00Z", ""})
    void matches_shouldRejectATimestamp_whenTextBreaksTheGuideRestrictions(String text) {
        // GIVEN text that is not an RFC 3339 timestamp as Step Functions accepts it
        ObjectNode input = MAPPER.createObjectNode().put("v", text);

        // WHEN IsTimestamp is evaluated
        boolean matched = ChoiceRules.matches(json("{'Variable': '$.v', 'IsTimestamp': true}"), PathResolver.of(input, CONTEXT));

        // THEN it is not a timestamp
        assertFalse(matched);
    }

    // ------------------------------------------------------------------ And / Or / Not

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {'And': [{'Variable': '$.n', 'NumericGreaterThan': 1}, {'Variable': '$.s', 'StringEquals': 'x'}]}             | true
            {'And': [{'Variable': '$.n', 'NumericGreaterThan': 1}, {'Variable': '$.s', 'StringEquals': 'y'}]}             | false
            {'Or': [{'Variable': '$.n', 'NumericLessThan': 1}, {'Variable': '$.s', 'StringEquals': 'x'}]}                 | true
            {'Or': [{'Variable': '$.n', 'NumericLessThan': 1}, {'Variable': '$.s', 'StringEquals': 'y'}]}                 | false
            {'Not': {'Variable': '$.s', 'StringEquals': 'y'}}                                                              | true
            {'Not': {'Variable': '$.s', 'StringEquals': 'x'}}                                                              | false
            {'Not': {'Not': {'Variable': '$.s', 'StringEquals': 'x'}}}                                                     | true
            {'And': [{'Or': [{'Variable': '$.b', 'BooleanEquals': false}, {'Not': {'Variable': '$.n', 'NumericEquals': 1}}]}, {'Variable': '$.s', 'StringMatches': 'x*'}]} | true
            {'Not': {'And': [{'Variable': '$.b', 'BooleanEquals': true}, {'Or': [{'Variable': '$.n', 'IsString': true}, {'Variable': '$.s', 'IsNull': true}]}]}}              | true
            """)
    void matches_shouldCombineNestedRules_whenAndOrNotAreUsed(String rule, boolean expected) {
        // GIVEN nested combinators over {n: 2, s: 'x', b: true}
        PathResolver resolver = resolver("{'n': 2, 's': 'x', 'b': true}");

        // WHEN the rule is evaluated
        boolean matched = ChoiceRules.matches(json(rule), resolver);

        // THEN And needs all, Or any, Not the opposite
        assertEquals(expected, matched);
    }

    @Test
    void matches_shouldShortCircuitOr_whenIsPresentFalseGuardsAMissingField() {
        // GIVEN the usual guard: missing, null or false, in that order
        JsonNode rule = json("""
                {'Or': [
                  {'Variable': '$.MyValue', 'IsPresent': false},
                  {'Variable': '$.MyValue', 'IsNull': true},
                  {'Variable': '$.MyValue', 'BooleanEquals': false}
                ], 'Next': 'HaltProcessing'}""");

        // WHEN it is evaluated on an input without the field
        boolean matched = ChoiceRules.matches(rule, resolver("{}"));

        // THEN the first branch answers and the later ones, which would fail, are never evaluated
        assertTrue(matched);
    }

    @Test
    void matches_shouldShortCircuitAnd_whenIsPresentTrueGuardsAMissingField() {
        // GIVEN an And whose first rule checks presence
        JsonNode rule = json("{'And': [{'Variable': '$.v', 'IsPresent': true}, {'Variable': '$.v', 'NumericEquals': 1}]}");

        // WHEN it is evaluated on an input without the field
        boolean matched = ChoiceRules.matches(rule, resolver("{}"));

        // THEN it is false without touching the comparison that would fail
        assertFalse(matched);
    }

    @Test
    void matches_shouldPropagateTheRuntimeError_whenANestedRuleReadsAMissingField() {
        // GIVEN Not and And around a comparison on a missing field
        JsonNode not = json("{'Not': {'Variable': '$.missing', 'StringEquals': 'x'}}");
        JsonNode and = json("{'And': [{'Variable': '$.s', 'IsString': true}, {'Variable': '$.missing', 'IsNull': true}]}");

        // WHEN they are evaluated
        StatesError fromNot = assertThrows(StatesError.class, () -> ChoiceRules.matches(not, resolver("{'s': 'x'}")));
        StatesError fromAnd = assertThrows(StatesError.class, () -> ChoiceRules.matches(and, resolver("{'s': 'x'}")));

        // THEN the failure is not turned into a boolean
        assertEquals(Errors.RUNTIME, fromNot.error());
        assertEquals(Errors.RUNTIME, fromAnd.error());
    }

    // ------------------------------------------------------------------ missing variables

    static Stream<Arguments> operatorsExceptIsPresent() {
        return OPERATORS_WITH_CONSTANTS.stream().map(pair -> Arguments.of(pair[0], pair[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operatorsExceptIsPresent")
    void matches_shouldFailWithStatesRuntime_whenTheVariableIsMissing(String operator, String constant) {
        // GIVEN any operator but IsPresent on a field the input lacks
        JsonNode rule = json("{'Variable': '$.missing', '" + operator + "': " + constant + "}");
        PathResolver resolver = resolver("{'present': 'x'}");

        // WHEN it is evaluated
        StatesError error = assertThrows(StatesError.class, () -> ChoiceRules.matches(rule, resolver));

        // THEN the execution fails with States.Runtime, worded as Step Functions words it
        assertEquals(Errors.RUNTIME, error.error());
        assertEquals("Invalid path '$.missing': The choice state's condition path references an invalid value.", error.cause());
    }

    @Test
    void matches_shouldFailWithStatesRuntime_whenAnIntermediateObjectIsMissing() {
        // GIVEN a Variable running through a field that does not exist
        JsonNode rule = json("{'Variable': '$.a.b.c', 'NumericEquals': 1}");

        // WHEN it is evaluated
        StatesError error = assertThrows(StatesError.class, () -> ChoiceRules.matches(rule, resolver("{'a': {}}")));

        // THEN it is the same runtime failure
        assertEquals(Errors.RUNTIME, error.error());
    }

    @Test
    void matches_shouldAnswerFromPresence_whenIsPresentMeetsAMissingField() {
        // GIVEN IsPresent rules asking for presence and for absence
        JsonNode wantsPresent = json("{'Variable': '$.missing', 'IsPresent': true}");
        JsonNode wantsAbsent = json("{'Variable': '$.missing', 'IsPresent': false}");

        // WHEN they are evaluated on an input without the field
        boolean present = ChoiceRules.matches(wantsPresent, resolver("{}"));
        boolean absent = ChoiceRules.matches(wantsAbsent, resolver("{}"));

        // THEN absence is an answer, not an error
        assertFalse(present);
        assertTrue(absent);
    }

    @Test
    void matches_shouldTreatANullFieldAsPresent_whenIsPresentIsAsked() {
        // GIVEN a field explicitly set to null
        JsonNode rule = json("{'Variable': '$.v', 'IsPresent': true}");

        // WHEN IsPresent is evaluated
        boolean matched = ChoiceRules.matches(rule, resolver("{'v': null}"));

        // THEN null is a present value
        assertTrue(matched);
    }

    @Test
    void matches_shouldFailWithStatesRuntime_whenThePathOperandIsMissing() {
        // GIVEN a Path variant whose right-hand path selects nothing
        JsonNode rule = json("{'Variable': '$.left', 'NumericEqualsPath': '$.right'}");

        // WHEN it is evaluated
        StatesError error = assertThrows(StatesError.class, () -> ChoiceRules.matches(rule, resolver("{'left': 8}")));

        // THEN the failure names the missing path
        assertEquals(Errors.RUNTIME, error.error());
        assertEquals("Invalid path '$.right': The choice state's condition path references an invalid value.", error.cause());
    }

    // ------------------------------------------------------------------ type mismatches

    @ParameterizedTest(name = "{1} {0} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            NumericEquals           | '1'                        | 1
            NumericEquals           | true                       | 1
            NumericLessThan         | null                       | 1
            NumericGreaterThan      | [2]                        | 1
            StringEquals            | 1                          | '1'
            StringLessThan          | null                       | 'b'
            StringGreaterThanEquals | {'a': 'b'}                 | 'a'
            StringMatches           | 5                          | '*'
            BooleanEquals           | 'true'                     | true
            BooleanEquals           | 1                          | true
            TimestampEquals         | 'not a time'               | '2016-08-18T17:33:00Z'
            TimestampEquals         | 1471541580                 | '2016-08-18T17:33:00Z'
            TimestampLessThan       | '2016-08-18t17:33:00z'     | '2099-01-01T00:00:00Z'
            TimestampGreaterThan    | '2016-08-18'               | '2000-01-01T00:00:00Z'
            """)
    void matches_shouldBeFalse_whenTheVariableHasTheWrongType(String operator, String value, String constant) {
        // GIVEN a value that is not of the operator's type
        JsonNode rule = json("{'Variable': '$.v', '" + operator + "': " + constant + "}");
        JsonNode negated = json("{'Not': " + rule + "}");
        PathResolver resolver = resolver("{'v': " + value + "}");

        // WHEN the rule and its negation are evaluated
        boolean matched = ChoiceRules.matches(rule, resolver);
        boolean negatedMatched = ChoiceRules.matches(negated, resolver);

        // THEN the comparison is simply false (no coercion, no error), so Not of it is true
        assertFalse(matched);
        assertTrue(negatedMatched);
    }

    @ParameterizedTest(name = "{1} {0} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            NumericEqualsPath           | 1                       | '1'
            NumericLessThanPath         | 1                       | null
            StringEqualsPath            | 'true'                  | true
            StringGreaterThanPath       | 'b'                     | ['a']
            BooleanEqualsPath           | true                    | 'true'
            TimestampEqualsPath         | '2016-08-18T17:33:00Z'  | '2016-08-18'
            TimestampLessThanEqualsPath | '2016-08-18T17:33:00Z'  | 1471541580
            """)
    void matches_shouldBeFalse_whenThePathValueHasTheWrongType(String operator, String left, String right) {
        // GIVEN a Path operand whose value is not of the operator's type
        JsonNode rule = json("{'Variable': '$.left', '" + operator + "': '$.right'}");

        // WHEN it is evaluated
        boolean matched = ChoiceRules.matches(rule, resolver("{'left': " + left + ", 'right': " + right + "}"));

        // THEN the comparison is false
        assertFalse(matched);
    }

    // ------------------------------------------------------------------ examples from the guide

    private static final String CHOICE_STATE_X = """
            [
              {'Not': {'Variable': '$.type', 'StringEquals': 'Private'}, 'Next': 'Public'},
              {'Variable': '$.value', 'NumericEquals': 0, 'Next': 'ValueIsZero'},
              {'And': [
                 {'Variable': '$.value', 'NumericGreaterThanEquals': 20},
                 {'Variable': '$.value', 'NumericLessThan': 30}
               ], 'Next': 'ValueInTwenties'}
            ]""";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {'type': 'Private', 'value': 22}  | ValueInTwenties
            {'type': 'Public', 'value': 22}   | Public
            {'type': 'Private', 'value': 0}   | ValueIsZero
            {'type': 'Private', 'value': 35}  | DefaultState
            """)
    void matches_shouldPickTheGuidesTransition_whenChoiceStateXRunsOnItsInput(String input, String expectedNext) {
        // GIVEN the Choice state example of the guide, its rules checked as a loader would check them
        JsonNode choices = json(CHOICE_STATE_X);
        choices.forEach(rule -> ChoiceRules.validate(rule, true));

        // WHEN the first matching rule is looked for, in order
        String next = firstMatch(choices, resolver(input), "DefaultState");

        // THEN the transition is the one the guide describes ({type: Private, value: 22} -> ValueInTwenties)
        assertEquals(expectedNext, next);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {'Variable': '$.foo', 'NumericEquals': 1, 'Next': 'FirstMatchState'}                    | {'foo': 1}
            {'Variable': '$.foo', 'StringEquals': 'MyString', 'Next': 'FirstMatchState'}            | {'foo': 'MyString'}
            {'Variable': '$.foo', 'StringGreaterThan': 'MyStringABC', 'Next': 'FirstMatchState'}    | {'foo': 'MyStringABD'}
            {'Variable': '$.foo', 'StringMatches': 'log-*.txt', 'Next': 'FirstMatchState'}          | {'foo': 'log-2024-01.txt'}
            {'Variable': '$.foo', 'StringEqualsPath': '$.bar', 'Next': 'FirstMatchState'}           | {'foo': 'MyString', 'bar': 'MyString'}
            {'Variable': '$.foo', 'BooleanEquals': true, 'Next': 'FirstMatchState'}                 | {'foo': true}
            {'Variable': '$.foo', 'TimestampEquals': '2001-01-01T12:00:00Z', 'Next': 'FirstMatchState'} | {'foo': '2001-01-01T12:00:00Z'}
            {'Variable': '$.possiblyNullValue', 'IsNull': true, 'Next': 'FirstMatchState'}          | {'possiblyNullValue': null}
            {'And': [{'Variable': '$.value', 'IsPresent': true}, {'Variable': '$.value', 'IsNumeric': true}, {'Variable': '$.value', 'NumericGreaterThanEquals': 20}, {'Variable': '$.value', 'NumericLessThan': 30}], 'Next': 'ValueInTwenties'} | {'value': 25}
            {'And': [{'Variable': '$.possiblyNullValue', 'IsNull': false}, {'Variable': '$.possiblyNullValue', 'NumericEquals': 42}], 'Next': 'NotNullAnd42'} | {'possiblyNullValue': 42}
            """)
    void matches_shouldMatch_whenAGuideExampleMeetsAFittingInput(String rule, String input) {
        // GIVEN a Choice Rule from the guide, valid as a top-level rule
        JsonNode choiceRule = json(rule);
        ChoiceRules.validate(choiceRule, true);

        // WHEN it is evaluated on an input made for it
        boolean matched = ChoiceRules.matches(choiceRule, resolver(input));

        // THEN it matches
        assertTrue(matched);
    }

    // ------------------------------------------------------------------ validation

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{'Variable': '$.x', 'StringEquals': 'a', 'Next': 'A'}",
            "{'Variable': '$', 'IsNumeric': true, 'Next': 'A'}",
            "{'Variable': '$$.Execution.Input.tier', 'StringEqualsPath': '$$.State.Name', 'Next': 'A'}",
            "{'Variable': '$.items[0].price', 'NumericLessThanPath': '$.limits.max', 'Next': 'A'}",
            "{'Variable': \"$['a b']\", 'TimestampLessThan': '2016-08-18T17:33:00.25+02:00', 'Next': 'A'}",
            "{'Variable': '$.x', 'StringMatches': 'a\\\\*b*', 'Next': 'A', 'Comment': 'literal star then wildcard'}",
            "{'Variable': '$.x', 'IsPresent': false, 'Next': 'A', 'Assign': {'seen': false}}",
            "{'Not': {'Or': [{'Variable': '$.x', 'IsNull': true}, {'And': [{'Variable': '$.y', 'BooleanEquals': true}]}]}, 'Next': 'A'}"})
    void validate_shouldAccept_whenTheTopLevelRuleIsWellFormed(String rule) {
        // GIVEN a well-formed top-level rule
        JsonNode choiceRule = json(rule);

        // WHEN it is validated
        // THEN nothing is thrown
        assertDoesNotThrow(() -> ChoiceRules.validate(choiceRule, true));
    }

    @Test
    void validate_shouldAcceptANestedRule_whenItHasNoNext() {
        // GIVEN a rule as it appears inside And/Or/Not
        JsonNode rule = json("{'Variable': '$.x', 'NumericEquals': 1}");

        // WHEN it is validated as nested
        // THEN nothing is thrown
        assertDoesNotThrow(() -> ChoiceRules.validate(rule, false));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            'not an object'                                                                          | true  | must be an object
            [{'Variable': '$.x', 'IsNull': true}]                                                    | true  | must be an object
            {'Variable': '$.x', 'Next': 'A'}                                                         | true  | has no comparison operator
            {'Next': 'A'}                                                                            | true  | has no comparison operator
            {'Variable': '$.x', 'StringEquals': 'a', 'StringMatches': 'a*', 'Next': 'A'}             | true  | exactly one operator but has StringEquals, StringMatches
            {'And': [{'Variable': '$.x', 'IsNull': true}], 'Or': [{'Variable': '$.x', 'IsNull': true}], 'Next': 'A'} | true | exactly one operator
            {'Variable': '$.x', 'StringEquals': 'a', 'Next': 'A', 'Foo': 1}                          | true  | unknown field 'Foo'
            {'Condition': '{% $x = 1 %}', 'Next': 'A'}                                               | true  | JSONata
            {'Variable': '$.x', 'StringMatchesPath': '$.y', 'Next': 'A'}                             | true  | unknown field 'StringMatchesPath'
            {'Variable': '$.x', 'IsNullPath': '$.y', 'Next': 'A'}                                    | true  | unknown field 'IsNullPath'
            {'Variable': '$.x', 'BooleanLessThan': true, 'Next': 'A'}                                | true  | unknown field 'BooleanLessThan'
            {'StringEquals': 'a', 'Next': 'A'}                                                       | true  | StringEquals requires a Variable
            {'Variable': 5, 'StringEquals': 'a', 'Next': 'A'}                                        | true  | Variable must be a valid path
            {'Variable': 'foo', 'StringEquals': 'a', 'Next': 'A'}                                    | true  | Variable must be a valid path
            {'Variable': '$.a..', 'StringEquals': 'a', 'Next': 'A'}                                  | true  | Variable must be a valid path
            {'Variable': '$.x', 'StringEquals': 'a'}                                                 | true  | must have Next
            {'Variable': '$.x', 'StringEquals': 'a', 'Next': ''}                                     | true  | Next must be a non-empty state name
            {'Variable': '$.x', 'StringEquals': 'a', 'Next': 3}                                      | true  | Next must be a non-empty state name
            {'Variable': '$.x', 'StringEquals': 'a', 'Next': 'A'}                                    | false | is nested and must not have Next
            {'Not': {'Variable': '$.x', 'IsNull': true, 'Next': 'B'}, 'Next': 'A'}                   | true  | Choice Rule.Not is nested and must not have Next
            {'Not': {'Variable': '$.x', 'IsNull': true, 'Assign': {}}, 'Next': 'A'}                  | true  | is nested and must not have Assign
            {'Variable': '$.x', 'IsNull': true, 'Assign': 'x', 'Next': 'A'}                          | true  | Assign must be an object
            {'Variable': '$.x', 'IsNull': true, 'Comment': 1, 'Next': 'A'}                           | true  | Comment must be a string
            {'And': [], 'Next': 'A'}                                                                 | true  | And must be a non-empty array
            {'Or': {'Variable': '$.x', 'IsNull': true}, 'Next': 'A'}                                 | true  | Or must be a non-empty array
            {'Or': [{'Variable': '$.x', 'IsNull': true}, {'Variable': '$.y'}], 'Next': 'A'}          | true  | Choice Rule.Or[1] has no comparison operator
            {'Not': [{'Variable': '$.x', 'IsNull': true}], 'Next': 'A'}                              | true  | Choice Rule.Not must be an object
            {'Variable': '$.x', 'Not': {'Variable': '$.x', 'IsNull': true}, 'Next': 'A'}             | true  | Not must not be combined with Variable
            {'Variable': '$.x', 'StringEquals': 1, 'Next': 'A'}                                      | true  | StringEquals must be a string
            {'Variable': '$.x', 'StringLessThanEquals': null, 'Next': 'A'}                           | true  | StringLessThanEquals must be a string
            {'Variable': '$.x', 'StringMatches': 5, 'Next': 'A'}                                     | true  | StringMatches must be a string pattern
            {'Variable': '$.x', 'NumericEquals': '1', 'Next': 'A'}                                   | true  | NumericEquals must be a number
            {'Variable': '$.x', 'BooleanEquals': 'true', 'Next': 'A'}                                | true  | BooleanEquals must be a boolean
            {'Variable': '$.x', 'TimestampEquals': '2016-08-18', 'Next': 'A'}                        | true  | TimestampEquals must be an RFC 3339 timestamp
            {'Variable': '$.x', 'TimestampGreaterThan': 1471541580, 'Next': 'A'}                     | true  | TimestampGreaterThan must be an RFC 3339 timestamp
            {'Variable': '$.x', 'IsNull': 'true', 'Next': 'A'}                                       | true  | IsNull must be a boolean
            {'Variable': '$.x', 'IsPresent': 1, 'Next': 'A'}                                         | true  | IsPresent must be a boolean
            {'Variable': '$.x', 'StringEqualsPath': 'bar', 'Next': 'A'}                              | true  | StringEqualsPath must be a valid path
            {'Variable': '$.x', 'NumericEqualsPath': 5, 'Next': 'A'}                                 | true  | NumericEqualsPath must be a valid path
            {'Variable': '$.x', 'TimestampEqualsPath': '$$.', 'Next': 'A'}                           | true  | TimestampEqualsPath must be a valid path
            {'And': [{'Or': [{'Not': {'Variable': '$.x', 'NumericEquals': '1'}}]}], 'Next': 'A'}     | true  | Choice Rule.And[0].Or[0].Not NumericEquals must be a number
            """)
    void validate_shouldRejectWithTheProblemNamed_whenTheRuleIsMalformed(String rule, boolean topLevel, String problem) {
        // GIVEN a malformed rule
        JsonNode choiceRule = json(rule);

        // WHEN it is validated
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ChoiceRules.validate(choiceRule, topLevel));

        // THEN the message says what is wrong (and where)
        assertTrue(error.getMessage().contains(problem), () -> "message was: " + error.getMessage());
    }

    @Test
    void matches_shouldRejectTheRule_whenItHasNoOperator() {
        // GIVEN a rule that was never validated and has no operator
        JsonNode rule = json("{'Variable': '$.x', 'Next': 'A'}");

        // WHEN it is evaluated
        // THEN it is refused as malformed rather than answered
        assertThrows(IllegalArgumentException.class, () -> ChoiceRules.matches(rule, resolver("{'x': 1}")));
    }

    // ------------------------------------------------------------------ helpers

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException("bad test JSON: " + text, e);
        }
    }

    private static PathResolver resolver(String input) {
        return PathResolver.of(json(input), CONTEXT);
    }

    /** What a Choice state does with its rules: the Next of the first that matches, else the Default. */
    private static String firstMatch(JsonNode choices, PathResolver resolver, String defaultState) {
        for (JsonNode rule : choices) {
            if (ChoiceRules.matches(rule, resolver)) {
                return rule.get("Next").asText();
            }
        }
        return defaultState;
    }

    private static List<String[]> operatorsWithConstants() {
        List<String[]> operators = new ArrayList<>();
        String[][] typed = {{"String", "'a'"}, {"Numeric", "1"}, {"Timestamp", TIMESTAMP}};
        String[] relations = {"Equals", "LessThan", "GreaterThan", "LessThanEquals", "GreaterThanEquals"};
        for (String[] type : typed) {
            for (String relation : relations) {
                operators.add(new String[]{type[0] + relation, type[1]});
                operators.add(new String[]{type[0] + relation + "Path", "'$.present'"});
            }
        }
        operators.add(new String[]{"BooleanEquals", "true"});
        operators.add(new String[]{"BooleanEqualsPath", "'$.present'"});
        operators.add(new String[]{"StringMatches", "'*'"});
        for (String test : new String[]{"IsNull", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp"}) {
            operators.add(new String[]{test, "true"});
            operators.add(new String[]{test, "false"});
        }
        return List.copyOf(operators);
    }
}
