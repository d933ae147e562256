package com.nexusgen.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The input and output processing examples of the AWS Step Functions developer guide (InputPath,
 * Parameters, ResultSelector, ResultPath, OutputPath, Map ItemSelector), each run through the
 * interpreter with the guide's input and compared with the guide's output.
 */
class DevelopersGuideExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GREETING_INPUT = """
            {"comment":"This is a test of the input and output of a Task state.","details":"Default example","who":"AWS Step Functions"}""";

    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-11-22T00:00:00Z"));

    /** The guide's HelloWorld Lambda: "Hello, " + who + "!". */
    private static final TaskInvoker HELLO = (resource, parameters, context) ->
            JSON.getNodeFactory().textNode("Hello, " + parameters.path("who").asText() + "!");

    private JsonNode run(String state, String input, TaskInvoker tasks) throws Exception {
        return new Interpreter(tasks, clock).run(StateMachine.parse("{\"StartAt\":\"S\",\"States\":{\"S\":" + state + "}}"),
                JSON.readTree(input), JSON.createObjectNode(), new ExecutionHistory(clock, event -> { }));
    }

    private static void assertJson(String expected, JsonNode actual) throws Exception {
        assertEquals(JSON.readTree(expected), actual);
    }

    @Test
    void inputPath_shouldSelectDataset2() throws Exception {
        JsonNode output = run("{\"Type\":\"Pass\",\"InputPath\":\"$.dataset2\",\"End\":true}", """
                {"comment":"Example for InputPath.","dataset1":{"val1":1,"val2":2,"val3":3},"dataset2":{"val1":"a","val2":"b","val3":"c"}}""",
                HELLO);
        assertJson("{\"val1\":\"a\",\"val2\":\"b\",\"val3\":\"c\"}", output);
    }

    @Test
    void parameters_shouldSelectWhatICareAbout() throws Exception {
        JsonNode output = run("""
                {"Type":"Pass","Parameters":{"comment":"Selecting what I care about.",
                  "MyDetails":{"size.$":"$.product.details.size","exists.$":"$.product.availability","StaticValue":"foo"}},"End":true}""", """
                {"comment":"Example for Parameters.","product":{"details":{"color":"blue","size":"small","material":"cotton"},
                 "availability":"in stock","sku":"2317","cost":"$23"}}""", HELLO);
        assertJson("{\"comment\":\"Selecting what I care about.\",\"MyDetails\":{\"size\":\"small\",\"exists\":\"in stock\",\"StaticValue\":\"foo\"}}",
                output);
    }

    @Test
    void resultPath_shouldReplaceDiscardOrAddTheResult() throws Exception {
        String task = "{\"Type\":\"Task\",\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:HelloFunction\",%s\"End\":true}";
        assertEquals("\"Hello, AWS Step Functions!\"", run(task.formatted(""), GREETING_INPUT, HELLO).toString());
        assertJson(GREETING_INPUT, run(task.formatted("\"ResultPath\":null,"), GREETING_INPUT, HELLO));
        ObjectNode expected = (ObjectNode) JSON.readTree(GREETING_INPUT);
        expected.put("taskresult", "Hello, AWS Step Functions!");
        assertJson(expected.toString(), run(task.formatted("\"ResultPath\":\"$.taskresult\","), GREETING_INPUT, HELLO));
        // a ResultPath naming an existing field overwrites it
        ObjectNode overwritten = (ObjectNode) JSON.readTree(GREETING_INPUT);
        overwritten.put("details", "Hello, AWS Step Functions!");
        assertJson(overwritten.toString(), run(task.formatted("\"ResultPath\":\"$.details\","), GREETING_INPUT, HELLO));
    }

    @Test
    void inputPathResultPathOutputPath_shouldCombineAsInTheGuide() throws Exception {
        JsonNode output = run("""
                {"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:HelloFunction",
                 "InputPath":"$.lambda","ResultPath":"$.data.lambdaresult","OutputPath":"$.data","End":true}""", """
                {"comment":"An input comment.","data":{"val1":23,"val2":17},"extra":"foo","lambda":{"who":"AWS Step Functions"}}""",
                HELLO);
        assertJson("{\"val1\":23,\"val2\":17,\"lambdaresult\":\"Hello, AWS Step Functions!\"}", output);
    }

    @Test
    void resultSelector_shouldKeepTheClusterId() throws Exception {
        JsonNode emrResult = JSON.readTree("""
                {"resourceType":"elasticmapreduce","resource":"createCluster.sync",
                 "output":{"SdkHttpMetadata":{"HttpHeaders":{"Content-Length":"1112"},"HttpStatusCode":200},
                           "SdkResponseMetadata":{"RequestId":"1234-5678-9012"},"ClusterId":"AKIAIOSFODNN7EXAMPLE"}}""");
        TaskInvoker emr = (resource, parameters, context) -> emrResult;
        JsonNode output = run("""
                {"Type":"Task","Resource":"arn:aws:states:::elasticmapreduce:createCluster.sync",
                 "ResultSelector":{"ClusterId.$":"$.output.ClusterId","ResourceType.$":"$.resourceType"},
                 "ResultPath":"$.EMROutput","End":true}""", "{\"foo\":\"bar\"}", emr);
        assertJson("{\"foo\":\"bar\",\"EMROutput\":{\"ClusterId\":\"AKIAIOSFODNN7EXAMPLE\",\"ResourceType\":\"elasticmapreduce\"}}", output);
    }

    @Test
    void mapItemSelector_shouldPairEachParcelWithTheCourier() throws Exception {
        List<String> iterations = Collections.synchronizedList(new ArrayList<>());
        TaskInvoker ship = (resource, parameters, context) -> {
            iterations.add(parameters.toString());
            return parameters.path("parcel").path("prod");
        };
        JsonNode output = run("""
                {"Type":"Map","ItemsPath":"$.detail.shipped",
                 "ItemSelector":{"parcel.$":"$$.Map.Item.Value","courier.$":"$.detail.delivery-partner"},
                 "ItemProcessor":{"StartAt":"Ship","States":{"Ship":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:ship","End":true}}},
                 "ResultPath":"$.detail.shipped","End":true}""", """
                {"ship-date":"2016-03-14T01:59:00Z","detail":{"delivery-partner":"UQS","shipped":[
                  {"prod":"R31","dest-code":9511,"quantity":1344},{"prod":"S39","dest-code":9511,"quantity":40}]}}""", ship);
        assertJson("[\"R31\",\"S39\"]", output.path("detail").path("shipped"));
        assertEquals(2, iterations.size());
        assertJson("{\"parcel\":{\"prod\":\"R31\",\"dest-code\":9511,\"quantity\":1344},\"courier\":\"UQS\"}",
                JSON.readTree(iterations.stream().filter(i -> i.contains("R31")).findFirst().orElseThrow()));
    }

    @Test
    void errorNames_shouldBeThePredefinedOnes() {
        StatesError notAnArray = assertThrows(StatesError.class, () -> run("""
                {"Type":"Map","ItemsPath":"$.x","ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}""",
                "{\"x\":{}}", HELLO));
        assertEquals(Errors.RUNTIME, notAnArray.error());
        StatesError badResultPath = assertThrows(StatesError.class, () -> run(
                "{\"Type\":\"Pass\",\"Result\":1,\"ResultPath\":\"$.s.inner\",\"End\":true}", "{\"s\":\"text\"}", HELLO));
        assertEquals(Errors.RESULT_PATH_MATCH_FAILURE, badResultPath.error());
        StatesError missingParameterPath = assertThrows(StatesError.class, () -> run(
                "{\"Type\":\"Pass\",\"Parameters\":{\"a.$\":\"$.missing\"},\"End\":true}", "{}", HELLO));
        assertEquals(Errors.RUNTIME, missingParameterPath.error());
    }

    @Test
    void executionTimeout_shouldStopAtTheMachinesTimeoutSeconds() throws Exception {
        StateMachine machine = StateMachine.parse("""
                {"TimeoutSeconds":10,"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":60,"Next":"P"},"P":{"Type":"Pass","End":true}}}""");
        StatesError error = assertThrows(StatesError.class, () -> new Interpreter(HELLO, clock)
                .run(machine, JSON.readTree("{}"), JSON.createObjectNode(), new ExecutionHistory(clock, e -> { })));
        assertEquals(Errors.TIMEOUT, error.error());
        assertEquals(List.of(Duration.ofSeconds(60)), clock.sleeps());
    }
}
