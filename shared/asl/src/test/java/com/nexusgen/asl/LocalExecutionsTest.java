package com.nexusgen.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Executions: start, describe, history, stop, task tokens, concurrency and restarts. */
class LocalExecutionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARN = "arn:aws:states:us-east-1:000000000000:stateMachine:approval";
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** Asks for approval with a callback token, then records the decision. */
    private static final String APPROVAL = """
            {"StartAt":"Prepare","States":{
              "Prepare":{"Type":"Pass","Parameters":{"item.$":"$.item"},"Next":"Approve"},
              "Approve":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke.waitForTaskToken",
                 "Parameters":{"token.$":"$$.Task.Token","item.$":"$.item"},"TimeoutSeconds":30,
                 "ResultPath":"$.decision","Next":"Done"},
              "Done":{"Type":"Succeed"}}}""";

    private final BlockingQueue<String> tokens = new LinkedBlockingQueue<>();
    private final TaskInvoker callback = (resource, parameters, context) -> {
        tokens.add(parameters.path("token").asText());
        return null;
    };

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    private String nextToken() throws InterruptedException {
        String token = tokens.poll(10, TimeUnit.SECONDS);
        assertNotNull(token, "no task token was handed out");
        return token;
    }

    @Test
    void start_shouldRunToSuccess_andKeepTheHistory() throws Exception {
        try (LocalExecutions executions = new LocalExecutions(null, callback, StatesClock.system())) {
            ExecutionRecord started = executions.start(ARN, APPROVAL, "order-1", json("{\"item\":\"book\"}"));
            assertEquals("RUNNING", started.status());
            assertEquals("arn:aws:states:us-east-1:000000000000:execution:approval:order-1", started.executionArn());
            executions.tokens().sendSuccess(nextToken(), json("{\"approved\":true}"));
            ExecutionRecord done = executions.await(started.executionArn(), WAIT);
            assertEquals("SUCCEEDED", done.status());
            assertEquals("{\"item\":\"book\",\"decision\":{\"approved\":true}}", done.output().toString());
            List<String> types = executions.history(started.executionArn()).stream().map(HistoryEvent::type).toList();
            assertEquals("ExecutionStarted", types.getFirst());
            assertTrue(types.contains("TaskSubmitted"), types.toString());
            assertEquals("ExecutionSucceeded", types.getLast());
        }
    }

    @Test
    void sendFailure_shouldFailTheExecution_withTheSentError() throws Exception {
        try (LocalExecutions executions = new LocalExecutions(null, callback, StatesClock.system())) {
            ExecutionRecord started = executions.start(ARN, APPROVAL, null, json("{\"item\":\"car\"}"));
            executions.tokens().sendFailure(nextToken(), "Approval.Rejected", "too expensive");
            ExecutionRecord done = executions.await(started.executionArn(), WAIT);
            assertEquals("FAILED", done.status());
            assertEquals("Approval.Rejected", done.error());
            assertEquals("too expensive", done.cause());
            assertThrows(TaskTokens.InvalidToken.class, () -> executions.tokens().sendSuccess("nope", json("{}")));
        }
    }

    @Test
    void missedHeartbeat_shouldFailWithStatesHeartbeatTimeout() throws Exception {
        String definition = APPROVAL.replace("\"TimeoutSeconds\":30", "\"TimeoutSeconds\":30,\"HeartbeatSeconds\":1");
        try (LocalExecutions executions = new LocalExecutions(null, callback, StatesClock.system())) {
            ExecutionRecord started = executions.start(ARN, definition, null, json("{\"item\":\"x\"}"));
            nextToken();
            ExecutionRecord done = executions.await(started.executionArn(), WAIT);
            assertEquals(Errors.HEARTBEAT_TIMEOUT, done.error());
        }
    }

    @Test
    void executions_shouldRunConcurrently_andEachGetItsOwnResult() throws Exception {
        try (LocalExecutions executions = new LocalExecutions(null, callback, StatesClock.system())) {
            List<String> arns = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                arns.add(executions.start(ARN, APPROVAL, "c-" + i, json("{\"item\":" + i + "}")).executionArn());
            }
            List<String> handedOut = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                handedOut.add(nextToken()); // all five are waiting at the same time
            }
            assertEquals(5, executions.list(ARN).stream().filter(r -> r.status().equals("RUNNING")).count());
            for (int i = 0; i < 5; i++) {
                executions.tokens().sendSuccess(handedOut.get(i), json("{\"n\":" + i + "}"));
            }
            for (String arn : arns) {
                ExecutionRecord done = executions.await(arn, WAIT);
                assertEquals("SUCCEEDED", done.status());
                assertTrue(done.output().path("decision").has("n"));
            }
        }
    }

    @Test
    void stop_shouldAbortARunningExecution() throws Exception {
        try (LocalExecutions executions = new LocalExecutions(null, callback, StatesClock.system())) {
            ExecutionRecord started = executions.start(ARN, APPROVAL, null, json("{\"item\":\"x\"}"));
            String token = nextToken();
            ExecutionRecord stopped = executions.stop(started.executionArn(), "User.Cancelled", "changed my mind");
            assertEquals("ABORTED", stopped.status());
            assertEquals("ABORTED", executions.await(started.executionArn(), WAIT).status());
            assertEquals("ExecutionAborted", executions.history(started.executionArn()).getLast().type());
            Thread.sleep(100);
            assertThrows(TaskTokens.InvalidToken.class, () -> executions.tokens().sendSuccess(token, json("{}")));
        }
    }

    @Test
    void names_shouldBeUniquePerStateMachine_andUnknownArnsRefused() throws Exception {
        try (LocalExecutions executions = new LocalExecutions(null, callback, StatesClock.system())) {
            ExecutionRecord first = executions.start(ARN, APPROVAL, "same", json("{\"item\":1}"));
            assertEquals(first.executionArn(), executions.start(ARN, APPROVAL, "same", json("{\"item\":1}")).executionArn());
            assertThrows(LocalExecutions.ExecutionAlreadyExists.class,
                    () -> executions.start(ARN, APPROVAL, "same", json("{\"item\":2}")));
            assertThrows(LocalExecutions.ExecutionDoesNotExist.class, () -> executions.describe(ARN + ":missing"));
        }
    }

    @Test
    void restart_shouldKeepFinishedExecutions_andResumeRunningOnes(@TempDir Path folder) throws Exception {
        String finishedArn;
        String runningArn;
        try (LocalExecutions before = new LocalExecutions(folder, callback, StatesClock.system())) {
            finishedArn = before.start(ARN, APPROVAL, "finished", json("{\"item\":\"a\"}")).executionArn();
            before.tokens().sendSuccess(nextToken(), json("\"yes\""));
            assertEquals("SUCCEEDED", before.await(finishedArn, WAIT).status());
            runningArn = before.start(ARN, APPROVAL, "running", json("{\"item\":\"b\"}")).executionArn();
            nextToken(); // it waits for a decision when the platform stops
        }
        try (LocalExecutions after = new LocalExecutions(folder, callback, StatesClock.system())) {
            assertEquals("SUCCEEDED", after.describe(finishedArn).status());
            assertEquals("\"yes\"", after.describe(finishedArn).output().path("decision").toString());
            assertEquals("RUNNING", after.describe(runningArn).status());
            after.tokens().sendSuccess(nextToken(), json("\"later\"")); // resumed at Approve: a new token
            ExecutionRecord done = after.await(runningArn, WAIT);
            assertEquals("SUCCEEDED", done.status());
            assertEquals("{\"item\":\"b\",\"decision\":\"later\"}", done.output().toString());
            List<HistoryEvent> history = after.history(runningArn);
            assertEquals("ExecutionStarted", history.getFirst().type());
            for (int i = 0; i < history.size(); i++) {
                assertEquals(i + 1, history.get(i).id(), "event ids continue across the restart");
            }
        }
    }
}
