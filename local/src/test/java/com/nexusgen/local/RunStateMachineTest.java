package com.nexusgen.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code scripts/local.sh run-state-machine FILE --input ...}: one line of JSON, exit 0 whenever it ran. */
class RunStateMachineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int exit, JsonNode result) {
    }

    private static Run run(String... args) throws Exception {
        PrintStream previous = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true));
        try {
            int exit = RunStateMachine.run(new ArrayDeque<>(List.of(args)));
            String printed = out.toString().strip();
            return new Run(exit, printed.isEmpty() ? null : JSON.readTree(printed));
        } finally {
            System.setOut(previous);
        }
    }

    private static String machine() throws Exception {
        return Path.of(RunStateMachineTest.class.getResource("/statemachines/greeting.asl.json").toURI()).toString();
    }

    @Test
    void run_shouldPrintTheOutput_whenTheExecutionSucceeds() throws Exception {
        Run run = run(machine(), "--input", "{\"names\":[\"Ada\",\"Linus\"]}");
        assertEquals(0, run.exit());
        assertEquals("SUCCEEDED", run.result().path("status").asText());
        assertEquals("Hello, Linus!", run.result().path("output").path("greetings").get(1).path("greeting").asText());
    }

    @Test
    void run_shouldExitZeroWithTheError_whenTheExecutionFails(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("input.json"), "{\"names\":[]}");
        Run run = run(machine(), "--input", "@" + input);
        assertEquals(0, run.exit());
        assertEquals("FAILED", run.result().path("status").asText());
        assertEquals("Greeting.NoNames", run.result().path("error").asText());
        assertEquals("names is empty", run.result().path("cause").asText());
    }

    @Test
    void run_shouldCallTheTemplatesFunctions_whenTheFileHasTaskStates() throws Exception {
        String file = Path.of(RunStateMachineTest.class.getResource("/statemachines/health-check.asl.json").toURI()).toString();
        Run run = run(file);
        assertEquals(0, run.exit());
        assertEquals("SUCCEEDED", run.result().path("status").asText(), run.result().toString());
        assertEquals(200, run.result().path("output").path("status").asInt());
        assertEquals("ok", run.result().path("output").path("body").path("status").asText());
    }

    @Test
    void run_shouldRefuseAtLoadTime_aResourceWithNoLocalTarget(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("task.asl.json"), """
                {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","End":true}}}""");
        assertEquals(2, run(file.toString()).exit());
        Path broken = Files.writeString(dir.resolve("broken.asl.json"), "{\"StartAt\":\"Nowhere\",\"States\":{}}");
        assertEquals(2, run(broken.toString()).exit());
    }
}
