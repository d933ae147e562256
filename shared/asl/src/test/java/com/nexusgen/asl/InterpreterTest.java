package com.nexusgen.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Conformance of the interpreter to the States Language: state types, the I/O pipeline, Retry and Catch. */
class InterpreterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

    private final VirtualClock clock = new VirtualClock(START);

    private JsonNode run(String definition, String input, TaskInvoker tasks) throws Exception {
        ObjectNode context = JSON.createObjectNode();
        context.putObject("Execution").put("Id", "arn:aws:states:us-east-1:000000000000:execution:sm:run-1")
                .put("Name", "run-1").put("StartTime", START.toString());
        context.putObject("StateMachine").put("Id", "arn:aws:states:us-east-1:000000000000:stateMachine:sm").put("Name", "sm");
        return new Interpreter(tasks, clock).run(StateMachine.parse(definition), JSON.readTree(input), context,
                new ExecutionHistory(clock, event -> { }));
    }

    private JsonNode run(String definition, String input) throws Exception {
        return run(definition, input, (resource, parameters, context) -> {
            throw new AssertionError("no task expected");
        });
    }

    private static String single(String state) {
        return "{\"StartAt\":\"S\",\"States\":{\"S\":" + state + "}}";
    }

    @Test
    void inputPathAndResultPath_shouldFollowTheDevelopersGuideExample() throws Exception {
        // GIVEN the guide's ResultPath example: a task returning a greeting, kept beside the input
        String input = "{\"comment\":\"This is a test of the input and output of a Task state.\","
                + "\"details\":\"Default example\",\"who\":\"AWS Step Functions\"}";
        TaskInvoker hello = (resource, parameters, context) ->
                JSON.getNodeFactory().textNode("Hello, " + parameters.path("who").asText() + "!");
        // WHEN the Task runs with ResultPath $.taskresult
        JsonNode output = run(single("{\"Type\":\"Task\",\"Resource\":\"arn:aws:lambda:us-east-1:0:function:hello\","
                + "\"ResultPath\":\"$.taskresult\",\"End\":true}"), input, hello);
        // THEN the input is kept and the result added
        assertEquals("AWS Step Functions", output.path("who").asText());
        assertEquals("Hello, AWS Step Functions!", output.path("taskresult").asText());
    }

    @Test
    void pipeline_shouldApplyInputPathParametersResultSelectorResultPathOutputPath_inOrder() throws Exception {
        String definition = single("""
                {"Type":"Task","Resource":"r",
                 "InputPath":"$.dataset2",
                 "Parameters":{"first.$":"$.val1","static":"x","execution.$":"$$.Execution.Name","state.$":"$$.State.Name"},
                 "ResultSelector":{"echoed.$":"$.first","count.$":"States.ArrayLength($.list)"},
                 "ResultPath":"$.result",
                 "OutputPath":"$.result",
                 "End":true}""");
        TaskInvoker echo = (resource, parameters, context) -> {
            ObjectNode result = parameters.deepCopy();
            result.putArray("list").add(1).add(2).add(3);
            return result;
        };
        JsonNode output = run(definition, "{\"dataset1\":{\"val1\":1},\"dataset2\":{\"val1\":\"a\",\"val2\":\"b\"}}", echo);
        assertEquals("{\"echoed\":\"a\",\"count\":3}", output.toString());
    }

    @Test
    void parametersSeeTheContextObject() throws Exception {
        TaskInvoker echo = (resource, parameters, context) -> parameters;
        JsonNode output = run(single("{\"Type\":\"Task\",\"Resource\":\"r\",\"Parameters\":{"
                + "\"id.$\":\"$$.Execution.Id\",\"machine.$\":\"$$.StateMachine.Name\",\"entered.$\":\"$$.State.EnteredTime\","
                + "\"retries.$\":\"$$.State.RetryCount\"},\"End\":true}"), "{}", echo);
        assertEquals("arn:aws:states:us-east-1:000000000000:execution:sm:run-1", output.path("id").asText());
        assertEquals("sm", output.path("machine").asText());
        assertEquals(START.toString(), output.path("entered").asText());
        assertEquals(0, output.path("retries").asInt());
    }

    @Test
    void pass_shouldUseResult_andNullPathsMeanEmptyOrPassThrough() throws Exception {
        assertEquals("{\"a\":1,\"r\":{\"x\":true}}", run(single(
                "{\"Type\":\"Pass\",\"Result\":{\"x\":true},\"ResultPath\":\"$.r\",\"End\":true}"), "{\"a\":1}").toString());
        assertEquals("{\"a\":1}", run(single(
                "{\"Type\":\"Pass\",\"Result\":{\"x\":true},\"ResultPath\":null,\"End\":true}"), "{\"a\":1}").toString());
        assertEquals("{}", run(single("{\"Type\":\"Pass\",\"OutputPath\":null,\"End\":true}"), "{\"a\":1}").toString());
        assertEquals("{}", run(single("{\"Type\":\"Pass\",\"InputPath\":null,\"End\":true}"), "{\"a\":1}").toString());
    }

    @Test
    void missingInputPath_shouldFailWithStatesRuntime_whichCatchAllNeverCatches() {
        StatesError error = assertThrows(StatesError.class, () -> run(single(
                "{\"Type\":\"Task\",\"Resource\":\"r\",\"InputPath\":\"$.nope\",\"End\":true,"
                        + "\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"S\"}]}"), "{}",
                (resource, parameters, context) -> parameters));
        assertEquals(Errors.RUNTIME, error.error());
    }

    @Test
    void retry_shouldBackOffExponentially_capAtMaxDelay_andThenSucceed() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        TaskInvoker flaky = (resource, parameters, context) -> {
            if (calls.incrementAndGet() < 4) {
                throw new StatesError("Lambda.TooManyRequestsException", "slow down");
            }
            return JSON.getNodeFactory().textNode("done after " + context.path("State").path("RetryCount").asInt());
        };
        JsonNode output = run(single("{\"Type\":\"Task\",\"Resource\":\"r\",\"End\":true,\"Retry\":[{"
                + "\"ErrorEquals\":[\"Lambda.TooManyRequestsException\"],\"IntervalSeconds\":2,\"BackoffRate\":3,"
                + "\"MaxDelaySeconds\":10,\"MaxAttempts\":5}]}"), "{}", flaky);
        assertEquals("done after 3", output.asText());
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(6), Duration.ofSeconds(10)), clock.sleeps());
    }

    @Test
    void retry_shouldDrawFullJitterWithinTheDelay() {
        for (int attempt = 0; attempt < 50; attempt++) {
            Duration delay = Interpreter.backoff(JSON.createObjectNode().put("IntervalSeconds", 4)
                    .put("JitterStrategy", "FULL"), 1);
            assertTrue(!delay.isNegative() && delay.compareTo(Duration.ofSeconds(8)) <= 0, delay.toString());
        }
    }

    @Test
    void retryAndCatch_shouldUseTheFirstMatchingRule_andCatchIntoResultPath() throws Exception {
        String definition = """
                {"StartAt":"Work","States":{
                  "Work":{"Type":"Task","Resource":"r","Next":"Done",
                    "Retry":[{"ErrorEquals":["Custom.Other"],"MaxAttempts":5},
                             {"ErrorEquals":["Custom.Broken","States.ALL"],"MaxAttempts":1,"IntervalSeconds":1}],
                    "Catch":[{"ErrorEquals":["Custom.Nope"],"Next":"Done"},
                             {"ErrorEquals":["States.TaskFailed"],"ResultPath":"$.failure","Next":"Recovered"}]},
                  "Recovered":{"Type":"Pass","End":true},
                  "Done":{"Type":"Succeed"}}}""";
        AtomicInteger calls = new AtomicInteger();
        JsonNode output = run(definition, "{\"keep\":1}", (resource, parameters, context) -> {
            calls.incrementAndGet();
            throw new StatesError("Custom.Broken", "it broke");
        });
        assertEquals(2, calls.get()); // one try + one retry of the second rule
        assertEquals(1, output.path("keep").asInt());
        assertEquals("Custom.Broken", output.path("failure").path("Error").asText());
        assertEquals("it broke", output.path("failure").path("Cause").asText());
    }

    @Test
    void taskFailed_shouldNotMatchATimeout_butStatesAllShould() throws Exception {
        assertTrue(Interpreter.errorMatches("States.TaskFailed", "Lambda.Unknown"));
        assertTrue(!Interpreter.errorMatches("States.TaskFailed", Errors.TIMEOUT));
        assertTrue(Interpreter.errorMatches("States.ALL", Errors.TIMEOUT));
        assertTrue(!Interpreter.errorMatches("States.ALL", Errors.RUNTIME));
    }

    @Test
    void task_shouldTimeOut_withStatesTimeout() {
        StatesError error = assertThrows(StatesError.class, () -> run(single(
                "{\"Type\":\"Task\",\"Resource\":\"r\",\"TimeoutSeconds\":1,\"End\":true}"), "{}",
                (resource, parameters, context) -> {
                    Thread.sleep(10_000);
                    return parameters;
                }));
        assertEquals(Errors.TIMEOUT, error.error());
    }

    @Test
    void exceptionsFromTasks_shouldBeNamedByTheirClass() {
        StatesError error = assertThrows(StatesError.class, () -> run(single(
                "{\"Type\":\"Task\",\"Resource\":\"r\",\"End\":true}"), "{}",
                (resource, parameters, context) -> {
                    throw new IllegalStateException("bad state");
                }));
        assertEquals("java.lang.IllegalStateException", error.error());
        assertEquals("bad state", error.cause());
    }

    @Test
    void choice_shouldTakeTheFirstMatchingRule_theDefault_orFailWithNoChoiceMatched() throws Exception {
        String definition = """
                {"StartAt":"C","States":{
                  "C":{"Type":"Choice","Choices":[
                     {"Variable":"$.n","NumericGreaterThan":10,"Next":"Big"},
                     {"And":[{"Variable":"$.n","NumericGreaterThan":0},{"Variable":"$.kind","StringEquals":"x"}],"Next":"Small"}],
                   "Default":"Other"},
                  "Big":{"Type":"Pass","Result":"big","End":true},
                  "Small":{"Type":"Pass","Result":"small","End":true},
                  "Other":{"Type":"Pass","Result":"other","End":true}}}""";
        assertEquals("big", run(definition, "{\"n\":11}").asText());
        assertEquals("small", run(definition, "{\"n\":3,\"kind\":\"x\"}").asText());
        assertEquals("other", run(definition, "{\"n\":3,\"kind\":\"y\"}").asText());
        StatesError error = assertThrows(StatesError.class, () -> run(single(
                "{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.n\",\"NumericEquals\":1,\"Next\":\"S\"}]}"), "{\"n\":2}"));
        assertEquals(Errors.NO_CHOICE_MATCHED, error.error());
    }

    @Test
    void wait_shouldSleepOnTheClock_forSecondsTimestampsAndTheirPaths() throws Exception {
        String definition = """
                {"StartAt":"A","States":{
                  "A":{"Type":"Wait","Seconds":5,"Next":"B"},
                  "B":{"Type":"Wait","SecondsPath":"$.delay","Next":"C"},
                  "C":{"Type":"Wait","Timestamp":"2026-11-22T10:01:00Z","Next":"D"},
                  "D":{"Type":"Wait","TimestampPath":"$.until","End":true}}}""";
        JsonNode output = run(definition, "{\"delay\":7,\"until\":\"2026-11-22T11:00:00+01:00\"}");
        assertEquals(7, output.path("delay").asInt());
        assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(7), Duration.ofSeconds(48), Duration.ZERO),
                clock.sleeps());
    }

    @Test
    void fail_shouldReportItsErrorAndCause_literalOrFromPaths() {
        StatesError literal = assertThrows(StatesError.class, () -> run(single(
                "{\"Type\":\"Fail\",\"Error\":\"Build.Broken\",\"Cause\":\"tsc exited 2\"}"), "{}"));
        assertEquals("Build.Broken", literal.error());
        assertEquals("tsc exited 2", literal.cause());
        StatesError fromPaths = assertThrows(StatesError.class, () -> run(single(
                "{\"Type\":\"Fail\",\"ErrorPath\":\"$.e\",\"CausePath\":\"States.Format('code {}', $.code)\"}"),
                "{\"e\":\"Custom.E\",\"code\":7}"));
        assertEquals("Custom.E", fromPaths.error());
        assertEquals("code 7", fromPaths.cause());
    }

    @Test
    void parallel_shouldCollectBranchOutputsInOrder_andFailWithABranchError() throws Exception {
        String definition = """
                {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[
                  {"StartAt":"A","States":{"A":{"Type":"Wait","Seconds":3,"Next":"A2"},"A2":{"Type":"Pass","Result":"a","End":true}}},
                  {"StartAt":"B","States":{"B":{"Type":"Pass","InputPath":"$.x","End":true}}}]}}}""";
        assertEquals("[\"a\",42]", run(definition, "{\"x\":42}").toString());
        StatesError error = assertThrows(StatesError.class, () -> run("""
                {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[
                  {"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}},
                  {"StartAt":"B","States":{"B":{"Type":"Fail","Error":"Branch.Bad","Cause":"no"}}}]}}}""", "{}"));
        assertEquals("Branch.Bad", error.error());
    }

    @Test
    void map_shouldRunEachItem_withItemSelectorAndTheMapContext_atMostMaxConcurrencyAtOnce() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        TaskInvoker slow = (resource, parameters, context) -> {
            peak.accumulateAndGet(running.incrementAndGet(), Math::max);
            Thread.sleep(30);
            running.decrementAndGet();
            return parameters;
        };
        String definition = """
                {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items","MaxConcurrency":2,
                  "ItemSelector":{"index.$":"$$.Map.Item.Index","value.$":"$$.Map.Item.Value","shared.$":"$.shared"},
                  "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"T",
                    "States":{"T":{"Type":"Task","Resource":"r","End":true}}},
                  "End":true}}}""";
        JsonNode output = run(definition, "{\"items\":[\"a\",\"b\",\"c\",\"d\",\"e\"],\"shared\":true}", slow);
        assertEquals(5, output.size());
        assertEquals("{\"index\":3,\"value\":\"d\",\"shared\":true}", output.get(3).toString());
        assertTrue(peak.get() <= 2, "peak concurrency " + peak.get());
        assertEquals(2, peak.get());
    }

    @Test
    void map_shouldAcceptTheLegacyIteratorAndParameters() throws Exception {
        JsonNode output = run("""
                {"StartAt":"M","States":{"M":{"Type":"Map","Parameters":{"v.$":"$$.Map.Item.Value"},
                  "Iterator":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}""", "[1,2]");
        assertEquals("[{\"v\":1},{\"v\":2}]", output.toString());
    }

    @Test
    void history_shouldRecordEnteredExitedAndTaskEvents() throws Exception {
        List<HistoryEvent> events = new java.util.ArrayList<>();
        ExecutionHistory history = new ExecutionHistory(clock, events::add);
        new Interpreter((resource, parameters, context) -> parameters, clock).run(StateMachine.parse(single(
                "{\"Type\":\"Task\",\"Resource\":\"r\",\"End\":true}")), JSON.readTree("{\"a\":1}"),
                JSON.createObjectNode(), history);
        assertEquals(List.of("TaskStateEntered", "TaskScheduled", "TaskSucceeded", "TaskStateExited"),
                events.stream().map(HistoryEvent::type).toList());
        assertEquals(List.of(1L, 2L, 3L, 4L), events.stream().map(HistoryEvent::id).toList());
    }

    @Test
    void history_shouldRecordMapAndParallelLifecycles() throws Exception {
        List<HistoryEvent> events = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        ExecutionHistory history = new ExecutionHistory(clock, events::add);
        new Interpreter((resource, parameters, context) -> parameters, clock).run(StateMachine.parse("""
                {"StartAt":"M","States":{
                  "M":{"Type":"Map","ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"Next":"B"},
                  "B":{"Type":"Parallel","Branches":[{"StartAt":"X","States":{"X":{"Type":"Pass","End":true}}}],"End":true}}}"""),
                JSON.readTree("[1,2]"), JSON.createObjectNode(), history);
        List<String> types = events.stream().map(HistoryEvent::type).toList();
        assertEquals(2, types.stream().filter("MapIterationSucceeded"::equals).count());
        assertTrue(types.indexOf("MapStateStarted") < types.indexOf("MapStateSucceeded"));
        assertTrue(types.indexOf("ParallelStateStarted") < types.indexOf("ParallelStateSucceeded"));
    }

    @Test
    void parse_shouldRejectStructuralMistakes() {
        assertThrows(IllegalArgumentException.class, () -> StateMachine.parse("{\"StartAt\":\"X\",\"States\":{\"A\":{\"Type\":\"Succeed\"}}}"));
        assertThrows(IllegalArgumentException.class, () -> StateMachine.parse(single("{\"Type\":\"Pass\",\"Next\":\"Nowhere\"}")));
        assertThrows(IllegalArgumentException.class, () -> StateMachine.parse(single("{\"Type\":\"Pass\",\"Next\":\"S\",\"End\":true}")));
        assertThrows(IllegalArgumentException.class, () -> StateMachine.parse(single("{\"Type\":\"Task\",\"End\":true}")));
        assertThrows(IllegalArgumentException.class, () -> StateMachine.parse(single("{\"Type\":\"Wait\",\"End\":true}")));
        assertThrows(IllegalArgumentException.class, () -> StateMachine.parse(single("{\"Type\":\"Dance\",\"End\":true}")));
        assertThrows(IllegalArgumentException.class, () -> StateMachine.parse("{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"S\",\"States\":{\"S\":{\"Type\":\"Succeed\"}}}"));
    }
}
