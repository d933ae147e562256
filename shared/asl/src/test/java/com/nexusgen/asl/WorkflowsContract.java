package com.nexusgen.asl;

import com.nexusgen.workflows.WorkflowEvent;
import com.nexusgen.workflows.WorkflowException;
import com.nexusgen.workflows.WorkflowExecution;
import com.nexusgen.workflows.Workflows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract every adapter of the workflow port passes. Subclasses give the adapter; behind it
 * runs the local interpreter, whose callback task hands out task tokens to this test.
 */
abstract class WorkflowsContract {
    static final String MACHINE = "arn:aws:states:us-east-1:000000000000:stateMachine:contract";
    static final String MANY_EVENTS = "arn:aws:states:us-east-1:000000000000:stateMachine:many";
    private static final String APPROVAL = """
            {"StartAt":"Ask","States":{
              "Ask":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke.waitForTaskToken",
                     "Parameters":{"token.$":"$$.Task.Token"},"TimeoutSeconds":30,"ResultPath":"$.answer","Next":"Done"},
              "Done":{"Type":"Succeed"}}}""";
    private static final String SIXTY_ITEMS = """
            {"StartAt":"Range","States":{
              "Range":{"Type":"Pass","Parameters":{"items.$":"States.ArrayRange(1, 60, 1)"},"Next":"Each"},
              "Each":{"Type":"Map","ItemsPath":"$.items","ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}""";

    final BlockingQueue<String> tokens = new LinkedBlockingQueue<>();
    LocalWorkflows local;

    abstract Workflows adapter() throws Exception;

    @BeforeEach
    void startLocalExecutions() {
        local = new LocalWorkflows(new LocalExecutions(null, (resource, parameters, context) -> {
            tokens.add(parameters.path("token").asText());
            return null;
        }, StatesClock.system()));
        local.register(MACHINE, APPROVAL);
        local.register(MANY_EVENTS, SIXTY_ITEMS);
    }

    @AfterEach
    void stopLocalExecutions() {
        local.executions().close();
    }

    private String token() throws InterruptedException {
        String token = tokens.poll(10, TimeUnit.SECONDS);
        assertNotNull(token, "the execution handed out no task token");
        return token;
    }

    private WorkflowExecution awaitFinished(Workflows workflows, String arn) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        WorkflowExecution execution = workflows.describe(arn);
        while (execution.status().equals("RUNNING") && System.nanoTime() < deadline) {
            Thread.sleep(20);
            execution = workflows.describe(arn);
        }
        return execution;
    }

    @Test
    void start_shouldRunUntilTheTaskTokenIsAnswered_thenSucceed() throws Exception {
        Workflows workflows = adapter();
        String arn = workflows.start(MACHINE, "contract-1", "{\"order\":7}");
        assertTrue(arn.endsWith(":execution:contract:contract-1"), arn);
        String token = token();
        assertEquals("RUNNING", workflows.describe(arn).status());
        workflows.sendTaskHeartbeat(token);
        workflows.sendTaskSuccess(token, "{\"approved\":true}");
        WorkflowExecution done = awaitFinished(workflows, arn);
        assertEquals("SUCCEEDED", done.status());
        assertEquals("{\"order\":7,\"answer\":{\"approved\":true}}", done.output());
        assertEquals("{\"order\":7}", done.input());
        assertNotNull(done.stopDate());

        List<WorkflowEvent> history = workflows.history(arn);
        assertEquals(List.of("ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskSubmitted", "TaskSucceeded",
                "TaskStateExited", "SucceedStateEntered", "SucceedStateExited", "ExecutionSucceeded"),
                history.stream().map(WorkflowEvent::type).toList());
        assertEquals("Ask", history.get(1).stateName());
        assertEquals("Ask", history.get(4).stateName());
        assertEquals("{\"approved\":true}", history.get(4).output());
    }

    @Test
    void sendTaskFailure_shouldFailTheExecution() throws Exception {
        Workflows workflows = adapter();
        String arn = workflows.start(MACHINE, null, "{}");
        workflows.sendTaskFailure(token(), "Approval.Rejected", "not now");
        WorkflowExecution done = awaitFinished(workflows, arn);
        assertEquals("FAILED", done.status());
        assertEquals("Approval.Rejected", done.error());
        assertEquals("not now", done.cause());
        assertEquals("ExecutionFailed", workflows.history(arn).getLast().type());
    }

    @Test
    void stop_shouldAbort() throws Exception {
        Workflows workflows = adapter();
        String arn = workflows.start(MACHINE, null, "{}");
        token();
        workflows.stop(arn, "User.Cancel", "cancelled from the API");
        WorkflowExecution stopped = awaitFinished(workflows, arn);
        assertEquals("ABORTED", stopped.status());
        WorkflowEvent last = workflows.history(arn).getLast();
        assertEquals("ExecutionAborted", last.type());
        assertEquals("User.Cancel", last.error());
    }

    @Test
    void refusals_shouldBeTyped() throws Exception {
        Workflows workflows = adapter();
        assertEquals(WorkflowException.Kind.EXECUTION_DOES_NOT_EXIST, assertThrows(WorkflowException.class,
                () -> workflows.describe(MACHINE.replace(":stateMachine:", ":execution:") + ":missing")).kind());
        assertEquals(WorkflowException.Kind.STATE_MACHINE_DOES_NOT_EXIST, assertThrows(WorkflowException.class,
                () -> workflows.start(MACHINE + "-missing", null, "{}")).kind());
        workflows.start(MACHINE, "twice", "{\"a\":1}");
        assertEquals(WorkflowException.Kind.EXECUTION_ALREADY_EXISTS, assertThrows(WorkflowException.class,
                () -> workflows.start(MACHINE, "twice", "{\"a\":2}")).kind());
        assertEquals(WorkflowException.Kind.INVALID_TOKEN, assertThrows(WorkflowException.class,
                () -> workflows.sendTaskSuccess("not-a-token", "{}")).kind());
    }

    @Test
    void history_shouldReturnEveryEventInOrder_acrossPages() throws Exception {
        Workflows workflows = adapter();
        String arn = workflows.start(MANY_EVENTS, null, "{}");
        assertEquals("SUCCEEDED", awaitFinished(workflows, arn).status());
        List<WorkflowEvent> history = workflows.history(arn);
        assertTrue(history.size() > 100, "more than one page of 100 events: " + history.size());
        for (int i = 0; i < history.size(); i++) {
            assertEquals(i + 1, history.get(i).id());
        }
        assertEquals("ExecutionSucceeded", history.getLast().type());
    }
}
