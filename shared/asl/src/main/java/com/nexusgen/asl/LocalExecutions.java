package com.nexusgen.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Step Functions executions on one machine: StartExecution, DescribeExecution, StopExecution,
 * GetExecutionHistory and the task-token calls, each execution on its own virtual thread. With a
 * folder, every execution (record, definition, events, last checkpoint) is kept on disk: finished
 * ones stay readable after a restart and running ones resume at the top-level state they were in.
 */
public final class LocalExecutions implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final TaskInvoker tasks;
    private final StatesClock clock;
    private final TaskTokens tokens = new TaskTokens();
    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    /** Thrown for an unknown execution ARN (ExecutionDoesNotExist). */
    public static final class ExecutionDoesNotExist extends RuntimeException {
        ExecutionDoesNotExist(String arn) {
            super("Execution Does Not Exist: '" + arn + "'");
        }
    }

    /** Thrown when a name is reused with another input (ExecutionAlreadyExists). */
    public static final class ExecutionAlreadyExists extends RuntimeException {
        ExecutionAlreadyExists(String arn) {
            super("Execution Already Exists: '" + arn + "'");
        }
    }

    private final class Run {
        final String definition;
        final ExecutionHistory history;
        final CompletableFuture<ExecutionRecord> done = new CompletableFuture<>();
        volatile ExecutionRecord record;
        volatile String checkpointState;
        volatile JsonNode checkpointInput;
        volatile Thread thread;

        Run(ExecutionRecord record, String definition, List<HistoryEvent> earlier) {
            this.record = record;
            this.definition = definition;
            this.history = new ExecutionHistory(clock, this::persistEvent, earlier);
            this.history.onCheckpoint((state, input) -> {
                checkpointState = state;
                checkpointInput = input;
                persistRecord();
            });
        }

        void persistEvent(HistoryEvent event) {
            if (folder != null) {
                append(eventsFile(record.executionArn()), eventJson(event).toString() + "\n");
            }
        }

        void persistRecord() {
            if (folder != null) {
                ObjectNode out = recordJson(record);
                out.put("definition", definition);
                out.put("checkpointState", checkpointState);
                out.set("checkpointInput", checkpointInput);
                write(recordFile(record.executionArn()), out.toString());
            }
        }
    }

    /**
     * @param folder where executions are kept across restarts, or null for memory only
     */
    public LocalExecutions(Path folder, TaskInvoker tasks, StatesClock clock) {
        this.folder = folder;
        this.tasks = tasks;
        this.clock = clock;
        if (folder != null) {
            reload();
        }
    }

    public TaskTokens tokens() {
        return tokens;
    }

    /** StartExecution; {@code name} null gets a UUID. The same name and input again returns the first execution. */
    public ExecutionRecord start(String stateMachineArn, String definition, String name, JsonNode input) {
        StateMachine machine = StateMachine.parse(definition);
        String executionName = name == null || name.isBlank() ? UUID.randomUUID().toString() : name;
        String executionArn = stateMachineArn.replace(":stateMachine:", ":execution:") + ":" + executionName;
        Run created = new Run(new ExecutionRecord(executionArn, stateMachineArn, executionName, "RUNNING",
                clock.now(), null, input, null, null, null), definition, List.of());
        Run existing = runs.putIfAbsent(executionArn, created);
        if (existing != null) {
            if (existing.record.input().equals(input) && existing.record.status().equals("RUNNING")) {
                return existing.record;
            }
            throw new ExecutionAlreadyExists(executionArn);
        }
        created.history.add("ExecutionStarted", null, input, null, null, null);
        launch(created, machine, machine.startAt(), input);
        return created.record;
    }

    public ExecutionRecord describe(String executionArn) {
        return run(executionArn).record;
    }

    public List<HistoryEvent> history(String executionArn) {
        return run(executionArn).history.events();
    }

    public List<ExecutionRecord> list(String stateMachineArn) {
        return runs.values().stream().map(r -> r.record)
                .filter(r -> stateMachineArn == null || r.stateMachineArn().equals(stateMachineArn))
                .sorted((a, b) -> b.startDate().compareTo(a.startDate())).toList();
    }

    /** StopExecution: a running execution becomes ABORTED; a finished one is left as it is. */
    public ExecutionRecord stop(String executionArn, String error, String cause) {
        Run run = run(executionArn);
        synchronized (run) {
            if (run.record.finished()) {
                return run.record;
            }
            finish(run, "ABORTED", null, error, cause, "ExecutionAborted");
        }
        Thread thread = run.thread;
        if (thread != null) {
            thread.interrupt();
        }
        return run.record;
    }

    /** Waits until the execution finishes (tests and the command line). */
    public ExecutionRecord await(String executionArn, Duration timeout) throws InterruptedException, TimeoutException {
        try {
            return run(executionArn).done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void launch(Run run, StateMachine machine, String startAt, JsonNode input) {
        ObjectNode context = JSON.createObjectNode();
        ExecutionRecord record = run.record;
        context.putObject("Execution").put("Id", record.executionArn()).put("Name", record.name())
                .put("StartTime", record.startDate().toString()).put("RoleArn", "arn:aws:iam::000000000000:role/local")
                .put("RedriveCount", 0).set("Input", record.input());
        context.putObject("StateMachine").put("Id", record.stateMachineArn())
                .put("Name", record.stateMachineArn().substring(record.stateMachineArn().lastIndexOf(':') + 1));
        run.persistRecord();
        run.thread = Thread.ofVirtual().name("execution-" + record.name()).start(() -> {
            try {
                JsonNode output = new Interpreter(tasks, clock, tokens).run(machine, startAt, input, context, run.history, null);
                synchronized (run) {
                    if (!run.record.finished()) {
                        finish(run, "SUCCEEDED", output, null, null, "ExecutionSucceeded");
                    }
                }
            } catch (StatesError e) {
                synchronized (run) {
                    if (!run.record.finished()) {
                        boolean timedOut = e.error().equals(Errors.TIMEOUT) && machine.timeoutSeconds() != null
                                && e.cause().contains("TimeoutSeconds");
                        finish(run, timedOut ? "TIMED_OUT" : "FAILED", null, e.error(), e.cause(),
                                timedOut ? "ExecutionTimedOut" : "ExecutionFailed");
                    }
                }
            } catch (InterruptedException stopped) {
                // StopExecution already recorded ABORTED
            } catch (RuntimeException e) {
                synchronized (run) {
                    if (!run.record.finished()) {
                        finish(run, "FAILED", null, Errors.RUNTIME, String.valueOf(e), "ExecutionFailed");
                    }
                }
            }
        });
    }

    private void finish(Run run, String status, JsonNode output, String error, String cause, String eventType) {
        ExecutionRecord r = run.record;
        run.record = new ExecutionRecord(r.executionArn(), r.stateMachineArn(), r.name(), status, r.startDate(),
                clock.now(), r.input(), output, error, cause);
        run.history.add(eventType, null, null, output, error, cause);
        run.persistRecord();
        run.done.complete(run.record);
    }

    private Run run(String executionArn) {
        Run run = executionArn == null ? null : runs.get(executionArn);
        if (run == null) {
            throw new ExecutionDoesNotExist(executionArn);
        }
        return run;
    }

    // --- persistence ---------------------------------------------------------------------------

    private void reload() {
        try {
            Files.createDirectories(folder);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".execution.json")).toList()) {
                    JsonNode saved = JSON.readTree(Files.readString(file));
                    ExecutionRecord record = recordOf(saved);
                    List<HistoryEvent> events = new ArrayList<>();
                    Path eventsFile = eventsFile(record.executionArn());
                    if (Files.exists(eventsFile)) {
                        for (String line : Files.readAllLines(eventsFile)) {
                            if (!line.isBlank()) {
                                events.add(eventOf(JSON.readTree(line)));
                            }
                        }
                    }
                    Run run = new Run(record, saved.path("definition").asText(), events);
                    run.checkpointState = text(saved, "checkpointState");
                    run.checkpointInput = saved.get("checkpointInput");
                    runs.put(record.executionArn(), run);
                    if (record.finished()) {
                        run.done.complete(record);
                    } else {
                        StateMachine machine = StateMachine.parse(run.definition);
                        String state = run.checkpointState == null ? machine.startAt() : run.checkpointState;
                        JsonNode input = run.checkpointInput == null ? record.input() : run.checkpointInput;
                        launch(run, machine, state, input);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read executions from " + folder, e);
        }
    }

    private Path recordFile(String executionArn) {
        return folder.resolve(fileId(executionArn) + ".execution.json");
    }

    private Path eventsFile(String executionArn) {
        return folder.resolve(fileId(executionArn) + ".events.ndjson");
    }

    private static String fileId(String executionArn) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(executionArn.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, content);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized void append(Path file, String line) {
        try {
            Files.writeString(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode recordJson(ExecutionRecord r) {
        ObjectNode out = JSON.createObjectNode().put("executionArn", r.executionArn())
                .put("stateMachineArn", r.stateMachineArn()).put("name", r.name()).put("status", r.status())
                .put("startDate", r.startDate().toString())
                .put("stopDate", r.stopDate() == null ? null : r.stopDate().toString())
                .put("error", r.error()).put("cause", r.cause());
        out.set("input", r.input());
        out.set("output", r.output());
        return out;
    }

    private static ExecutionRecord recordOf(JsonNode n) {
        return new ExecutionRecord(n.path("executionArn").asText(), n.path("stateMachineArn").asText(),
                n.path("name").asText(), n.path("status").asText(), Instant.parse(n.path("startDate").asText()),
                text(n, "stopDate") == null ? null : Instant.parse(n.path("stopDate").asText()),
                n.get("input"), nullIfNull(n.get("output")), text(n, "error"), text(n, "cause"));
    }

    private static ObjectNode eventJson(HistoryEvent e) {
        ObjectNode out = JSON.createObjectNode().put("id", e.id()).put("previousEventId", e.previousEventId())
                .put("timestamp", e.timestamp().toString()).put("type", e.type()).put("stateName", e.stateName())
                .put("error", e.error()).put("cause", e.cause());
        out.set("input", e.input());
        out.set("output", e.output());
        return out;
    }

    private static HistoryEvent eventOf(JsonNode n) {
        return new HistoryEvent(n.path("id").asLong(), n.path("previousEventId").asLong(),
                Instant.parse(n.path("timestamp").asText()), n.path("type").asText(), text(n, "stateName"),
                nullIfNull(n.get("input")), nullIfNull(n.get("output")), text(n, "error"), text(n, "cause"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static JsonNode nullIfNull(JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }

    /** Stops the threads (running executions stay RUNNING on disk and resume next time). */
    @Override
    public void close() {
        runs.values().forEach(run -> {
            Thread thread = run.thread;
            if (thread != null && !run.record.finished()) {
                thread.interrupt();
            }
        });
    }
}
