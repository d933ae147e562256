package com.nexusgen.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexusgen.asl.ExecutionHistory;
import com.nexusgen.asl.ExecutionRecord;
import com.nexusgen.asl.Interpreter;
import com.nexusgen.asl.StateMachine;
import com.nexusgen.asl.StatesClock;
import com.nexusgen.asl.StatesError;
import com.nexusgen.asl.TaskInvoker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

/**
 * {@code scripts/local.sh run-state-machine FILE [--input JSON | --input @FILE]}: runs one state
 * machine file and prints one line of JSON, {@code {"status", "output", "error", "cause"}}. It exits 0
 * whenever the execution ran, whatever its status; a definition that cannot run exits 2.
 */
final class RunStateMachine {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RunStateMachine() {
    }

    static int run(Deque<String> args) throws IOException, InterruptedException {
        if (args.isEmpty()) {
            System.err.println("usage: scripts/local.sh run-state-machine FILE [--input JSON | --input @FILE]");
            return 2;
        }
        Path file = Path.of(args.pop());
        String input = "{}";
        while (!args.isEmpty()) {
            String option = args.pop();
            if (option.equals("--input") && !args.isEmpty()) {
                String value = args.pop();
                input = value.startsWith("@") ? Files.readString(Path.of(value.substring(1))) : value;
            } else {
                System.err.println("unknown option: " + option);
                return 2;
            }
        }
        StateMachine machine;
        JsonNode inputJson;
        try {
            machine = StateMachine.parse(Files.readString(file));
            inputJson = JSON.readTree(input);
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("cannot run " + file + ": " + e.getMessage());
            return 2;
        }
        String machineName = file.getFileName().toString().replaceAll("\\.asl\\.json$|\\.json$", "");
        ObjectNode result;
        if (machine.resources().isEmpty()) {
            result = runAlone(machine, machineName, inputJson);
        } else {
            // Task states need the template's functions: run on a whole local platform, in memory. Its
            // components talk on stdout (DynamoDB Local's banner): keep stdout for the one line of JSON.
            Path root = Path.of(System.getProperty("nexusgen.root", ".")).toAbsolutePath().normalize();
            java.io.PrintStream stdout = System.out;
            System.setOut(System.err);
            try (LocalPlatform platform = LocalPlatform.start(LocalPlatform.Options.inMemory(root))) {
                String arn;
                try {
                    arn = platform.registerStateMachine(machineName, Files.readString(file));
                } catch (IllegalArgumentException e) {
                    System.err.println("cannot run " + file + ": " + e.getMessage());
                    return 2;
                }
                String execution = platform.workflows().start(arn, null, inputJson.toString());
                ExecutionRecord done;
                try {
                    done = platform.workflows().executions().await(execution, java.time.Duration.ofDays(365));
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new IllegalStateException(e);
                }
                result = JSON.createObjectNode().put("status", done.status());
                result.set("output", done.output());
                result.put("error", done.error()).put("cause", done.cause());
            } catch (IOException | InterruptedException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("the local platform did not start: " + e.getMessage(), e);
            } finally {
                System.setOut(stdout);
            }
        }
        System.out.println(JSON.writeValueAsString(result));
        return 0;
    }

    /** A machine without Task states runs in the interpreter alone, in milliseconds. */
    private static ObjectNode runAlone(StateMachine machine, String machineName, JsonNode inputJson)
            throws InterruptedException {
        String name = UUID.randomUUID().toString();
        ObjectNode context = JSON.createObjectNode();
        StatesClock clock = StatesClock.system();
        context.putObject("Execution").put("Id", "arn:aws:states:us-east-1:000000000000:execution:" + machineName + ":" + name)
                .put("Name", name).put("StartTime", clock.now().toString()).set("Input", inputJson);
        context.putObject("StateMachine").put("Id", "arn:aws:states:us-east-1:000000000000:stateMachine:" + machineName)
                .put("Name", machineName);
        ObjectNode result = JSON.createObjectNode();
        TaskInvoker none = (resource, parameters, ctx) -> {
            throw StatesError.runtime("no local target for " + resource);
        };
        try {
            JsonNode output = new Interpreter(none, clock).run(machine, inputJson, context,
                    new ExecutionHistory(clock, event -> { }));
            result.put("status", "SUCCEEDED").set("output", output);
            result.putNull("error").putNull("cause");
        } catch (StatesError e) {
            result.put("status", e.error().equals("States.Timeout") ? "TIMED_OUT" : "FAILED").putNull("output");
            result.put("error", e.error()).put("cause", e.cause());
        }
        return result;
    }
}
