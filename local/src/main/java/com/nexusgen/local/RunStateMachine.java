package com.nexusgen.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexusgen.asl.ExecutionHistory;
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
        List<String> resources = machine.resources();
        if (!resources.isEmpty()) {
            // Task resources resolve through template.yaml's state machines (DefinitionSubstitutions) to
            // the functions' handlers; a bare file has no such mapping yet.
            System.err.println("cannot run " + file + ": no local target for resource " + resources.getFirst());
            return 2;
        }
        TaskInvoker tasks = (resource, parameters, context) -> {
            throw StatesError.runtime("no local target for " + resource);
        };
        String name = UUID.randomUUID().toString();
        String machineName = file.getFileName().toString().replaceAll("\\.asl\\.json$|\\.json$", "");
        ObjectNode context = JSON.createObjectNode();
        StatesClock clock = StatesClock.system();
        context.putObject("Execution").put("Id", "arn:aws:states:us-east-1:000000000000:execution:" + machineName + ":" + name)
                .put("Name", name).put("StartTime", clock.now().toString()).set("Input", inputJson);
        context.putObject("StateMachine").put("Id", "arn:aws:states:us-east-1:000000000000:stateMachine:" + machineName)
                .put("Name", machineName);
        ObjectNode result = JSON.createObjectNode();
        try {
            JsonNode output = new Interpreter(tasks, clock).run(machine, inputJson, context,
                    new ExecutionHistory(clock, event -> { }));
            result.put("status", "SUCCEEDED").set("output", output);
            result.putNull("error").putNull("cause");
        } catch (StatesError e) {
            result.put("status", e.error().equals("States.Timeout") ? "TIMED_OUT" : "FAILED").putNull("output");
            result.put("error", e.error()).put("cause", e.cause());
        }
        System.out.println(JSON.writeValueAsString(result));
        return 0;
    }
}
