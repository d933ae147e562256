package com.nexusgen.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a state machine of the States Language (JSONPath query language) in this JVM: every state
 * type, the input/output pipeline, the context object, Retry and Catch. Tasks go to a
 * {@link TaskInvoker}; time goes through a {@link StatesClock}.
 */
public final class Interpreter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** states-language.net: a Task without TimeoutSeconds times out after 60 seconds. */
    private static final int DEFAULT_TASK_TIMEOUT_SECONDS = 60;

    private final TaskInvoker tasks;
    private final StatesClock clock;
    private final TaskTokens tokens;

    public Interpreter(TaskInvoker tasks, StatesClock clock) {
        this(tasks, clock, new TaskTokens());
    }

    public Interpreter(TaskInvoker tasks, StatesClock clock, TaskTokens tokens) {
        this.tasks = tasks;
        this.clock = clock;
        this.tokens = tokens;
    }

    /**
     * Runs {@code machine} on {@code input}; returns its output or throws the {@link StatesError} it
     * failed with.
     *
     * @param context the context object's Execution and StateMachine parts (State is added per state)
     */
    public JsonNode run(StateMachine machine, JsonNode input, ObjectNode context, ExecutionHistory history)
            throws InterruptedException {
        return run(machine, machine.startAt(), input, context, history, null);
    }

    /**
     * Runs from {@code startAt} (an execution resumed after a restart starts at its last checkpoint)
     * until {@code deadline} (null: the machine's TimeoutSeconds from now, if it has one).
     */
    public JsonNode run(StateMachine machine, String startAt, JsonNode input, ObjectNode context, ExecutionHistory history,
                        Instant deadline) throws InterruptedException {
        if (deadline == null && machine.timeoutSeconds() != null) {
            deadline = clock.now().plusSeconds(machine.timeoutSeconds());
        }
        return runStates(machine, startAt, input, context, history, deadline, true);
    }

    private JsonNode runStates(StateMachine machine, JsonNode input, ObjectNode context, ExecutionHistory history,
                               Instant deadline) throws InterruptedException {
        return runStates(machine, machine.startAt(), input, context, history, deadline, false);
    }

    private JsonNode runStates(StateMachine machine, String startAt, JsonNode input, ObjectNode context,
                               ExecutionHistory history, Instant deadline, boolean topLevel) throws InterruptedException {
        String current = startAt;
        JsonNode data = input;
        while (true) {
            if (topLevel) {
                history.checkpoint(current, data);
            }
            if (Thread.interrupted()) {
                throw new InterruptedException("execution stopped");
            }
            if (deadline != null && clock.now().isAfter(deadline)) {
                throw new StatesError(Errors.TIMEOUT, "the execution ran past its TimeoutSeconds");
            }
            JsonNode state = machine.state(current);
            String type = state.path("Type").asText();
            ObjectNode stateContext = context.deepCopy();
            stateContext.putObject("State").put("Name", current).put("EnteredTime", clock.now().toString())
                    .put("RetryCount", 0);
            history.add(type + "StateEntered", current, data, null, null, null);
            Step step = execute(current, state, data, stateContext, history);
            history.add(type + "StateExited", current, null, step.output(), null, null);
            if (step.next() == null) {
                return step.output();
            }
            current = step.next();
            data = step.output();
        }
    }

    private record Step(JsonNode output, String next) {
    }

    private Step execute(String name, JsonNode state, JsonNode rawInput, ObjectNode context, ExecutionHistory history)
            throws InterruptedException {
        String type = state.path("Type").asText();
        String next = state.path("End").asBoolean(false) ? null : StateMachine.text(state, "Next");
        switch (type) {
            case "Succeed" -> {
                return new Step(outputPath(state, inputPath(state, rawInput)), null);
            }
            case "Fail" -> throw failure(state, rawInput, context);
            case "Pass" -> {
                JsonNode effective = parameters(state, "Parameters", inputPath(state, rawInput), context);
                JsonNode result = state.has("Result") ? state.get("Result") : effective;
                return new Step(outputPath(state, resultPath(state, rawInput, result)), next);
            }
            case "Choice" -> {
                JsonNode effective = inputPath(state, rawInput);
                PathResolver resolver = PathResolver.of(effective, context);
                for (JsonNode rule : state.get("Choices")) {
                    if (ChoiceRules.matches(rule, resolver)) {
                        return new Step(outputPath(state, effective), rule.get("Next").asText());
                    }
                }
                String fallback = StateMachine.text(state, "Default");
                if (fallback == null) {
                    throw new StatesError(Errors.NO_CHOICE_MATCHED, "no Choices rule matched and there is no Default in " + name);
                }
                return new Step(outputPath(state, effective), fallback);
            }
            case "Wait" -> {
                JsonNode effective = inputPath(state, rawInput);
                clock.sleep(waitDuration(state, effective, context));
                return new Step(outputPath(state, effective), next);
            }
            case "Task", "Parallel", "Map" -> {
                return withRetryAndCatch(name, state, rawInput, context, next, history);
            }
            default -> throw StatesError.runtime("unknown state type " + type);
        }
    }

    /** Task, Parallel and Map: the action, then ResultSelector/ResultPath/OutputPath, under Retry and Catch. */
    private Step withRetryAndCatch(String name, JsonNode state, JsonNode rawInput, ObjectNode context, String next,
                                   ExecutionHistory history) throws InterruptedException {
        JsonNode retriers = state.path("Retry");
        int[] attempts = new int[retriers.size()];
        int retryCount = 0;
        while (true) {
            try {
                JsonNode effective = inputPath(state, rawInput);
                JsonNode result = switch (state.path("Type").asText()) {
                    case "Task" -> task(name, state, effective, context, history);
                    case "Parallel" -> parallel(state, parameters(state, "Parameters", effective, context), context, history);
                    default -> map(state, effective, context, history);
                };
                JsonNode selected = state.has("ResultSelector")
                        ? Templates.evaluate(state.get("ResultSelector"), PathResolver.of(result, context)) : result;
                return new Step(outputPath(state, resultPath(state, rawInput, selected)), next);
            } catch (StatesError error) {
                if (error.error().equals(Errors.RUNTIME)) {
                    throw error; // never retried, never caught
                }
                int retrier = firstMatching(retriers, error.error());
                if (retrier >= 0) {
                    JsonNode rule = retriers.get(retrier);
                    int maxAttempts = rule.path("MaxAttempts").asInt(3);
                    if (attempts[retrier] < maxAttempts) {
                        clock.sleep(backoff(rule, attempts[retrier]));
                        attempts[retrier]++;
                        retryCount++;
                        ((ObjectNode) context.get("State")).put("RetryCount", retryCount);
                        continue;
                    }
                }
                JsonNode catchers = state.path("Catch");
                int catcher = firstMatching(catchers, error.error());
                if (catcher < 0) {
                    throw error;
                }
                JsonNode rule = catchers.get(catcher);
                ObjectNode errorOutput = NODES.objectNode().put("Error", error.error()).put("Cause", error.cause());
                String path = rule.has("ResultPath") ? (rule.get("ResultPath").isNull() ? null : rule.get("ResultPath").asText()) : "$";
                JsonNode output = path == null ? rawInput : writeResult(rawInput, path, errorOutput);
                return new Step(output, rule.get("Next").asText());
            }
        }
    }

    /** Retry back-off: IntervalSeconds × BackoffRate^attempt, capped by MaxDelaySeconds, with FULL jitter if asked. */
    static Duration backoff(JsonNode retrier, int attempt) {
        double interval = retrier.path("IntervalSeconds").asDouble(1);
        double rate = retrier.path("BackoffRate").asDouble(2.0);
        double seconds = interval * Math.pow(rate, attempt);
        if (retrier.has("MaxDelaySeconds")) {
            seconds = Math.min(seconds, retrier.get("MaxDelaySeconds").asDouble());
        }
        if ("FULL".equals(retrier.path("JitterStrategy").asText("NONE"))) {
            seconds = ThreadLocalRandom.current().nextDouble() * seconds;
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** Index of the first Retry/Catch rule whose ErrorEquals matches, or -1. */
    static int firstMatching(JsonNode rules, String error) {
        for (int i = 0; i < rules.size(); i++) {
            for (JsonNode name : rules.get(i).path("ErrorEquals")) {
                if (errorMatches(name.asText(), error)) {
                    return i;
                }
            }
        }
        return -1;
    }

    static boolean errorMatches(String pattern, String error) {
        if (error.equals(Errors.RUNTIME)) {
            return false;
        }
        return switch (pattern) {
            case Errors.ALL -> true;
            case Errors.TASK_FAILED -> !error.equals(Errors.TIMEOUT) && !error.equals(Errors.HEARTBEAT_TIMEOUT);
            default -> pattern.equals(error);
        };
    }

    private JsonNode task(String name, JsonNode state, JsonNode effective, ObjectNode context, ExecutionHistory history)
            throws InterruptedException {
        String resource = state.get("Resource").asText();
        long timeout = positiveSeconds(state, "TimeoutSeconds", effective, context, DEFAULT_TASK_TIMEOUT_SECONDS);
        if (resource.endsWith(".waitForTaskToken")) {
            return waitForTaskToken(name, state, resource, effective, context, history, timeout);
        }
        JsonNode parameters = parameters(state, "Parameters", effective, context);
        history.add("TaskScheduled", name, parameters, null, null, null);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        Future<JsonNode> call = executor.submit(() -> tasks.invoke(resource, parameters, context));
        try {
            JsonNode result = call.get(timeout, TimeUnit.SECONDS);
            history.add("TaskSucceeded", name, null, result, null, null);
            return result == null ? NODES.nullNode() : result;
        } catch (TimeoutException e) {
            call.cancel(true);
            history.add("TaskTimedOut", name, null, null, Errors.TIMEOUT, "no result within " + timeout + " s");
            throw new StatesError(Errors.TIMEOUT, "Task " + name + " did not finish within " + timeout + " seconds");
        } catch (ExecutionException e) {
            StatesError error = e.getCause() instanceof StatesError statesError ? statesError
                    : new StatesError(e.getCause().getClass().getName(), String.valueOf(e.getCause().getMessage()), e.getCause());
            history.add("TaskFailed", name, null, null, error.error(), error.cause());
            throw error;
        } catch (InterruptedException e) {
            call.cancel(true);
            throw e;
        } finally {
            executor.shutdownNow();
        }
    }

    /**
     * A callback task: the token is in {@code $$.Task.Token} for Parameters to pass on; the resource is
     * invoked, then the result is whatever is sent with the token (or a failure, timeout or missed heartbeat).
     */
    private JsonNode waitForTaskToken(String name, JsonNode state, String resource, JsonNode effective, ObjectNode context,
                                      ExecutionHistory history, long timeout) throws InterruptedException {
        String token = tokens.create();
        context.putObject("Task").put("Token", token);
        JsonNode parameters = parameters(state, "Parameters", effective, context);
        Long heartbeat = state.has("HeartbeatSeconds") || state.has("HeartbeatSecondsPath")
                ? positiveSeconds(state, "HeartbeatSeconds", effective, context, 0) : null;
        history.add("TaskScheduled", name, parameters, null, null, null);
        try {
            tasks.invoke(resource, parameters, context);
            history.add("TaskSubmitted", name, null, null, null, null);
            JsonNode result = tokens.await(token, timeout, heartbeat);
            history.add("TaskSucceeded", name, null, result, null, null);
            return result;
        } catch (StatesError error) {
            history.add(error.error().equals(Errors.TIMEOUT) || error.error().equals(Errors.HEARTBEAT_TIMEOUT)
                    ? "TaskTimedOut" : "TaskFailed", name, null, null, error.error(), error.cause());
            throw error;
        } catch (RuntimeException e) {
            StatesError error = new StatesError(e.getClass().getName(), String.valueOf(e.getMessage()), e);
            history.add("TaskFailed", name, null, null, error.error(), error.cause());
            throw error;
        } finally {
            tokens.discard(token);
        }
    }

    private JsonNode parallel(JsonNode state, JsonNode input, ObjectNode context, ExecutionHistory history)
            throws InterruptedException {
        List<JsonNode> branches = new ArrayList<>();
        state.get("Branches").forEach(branches::add);
        String name = context.path("State").path("Name").asText();
        history.add("ParallelStateStarted", name, null, null, null, null);
        try {
            JsonNode results = runConcurrently(branches.size(), 0,
                    i -> runStates(StateMachine.of(branches.get(i)), input, context, history, null));
            history.add("ParallelStateSucceeded", name, null, null, null, null);
            return results;
        } catch (StatesError error) {
            history.add("ParallelStateFailed", name, null, null, error.error(), error.cause());
            throw error;
        }
    }

    private JsonNode map(JsonNode state, JsonNode effective, ObjectNode context, ExecutionHistory history)
            throws InterruptedException {
        String itemsPath = state.has("ItemsPath") ? state.get("ItemsPath").asText() : "$";
        JsonNode items = JsonPaths.read(effective, itemsPath).orElseThrow(() ->
                StatesError.runtime("ItemsPath " + itemsPath + " selects nothing"));
        if (!items.isArray()) {
            throw StatesError.runtime("ItemsPath " + itemsPath + " must select an array, found " + items.getNodeType());
        }
        StateMachine processor = StateMachine.of(StateMachine.processor(state));
        String selectorField = state.has("ItemSelector") ? "ItemSelector" : "Parameters";
        int maxConcurrency = state.path("MaxConcurrency").asInt(0);
        String name = context.path("State").path("Name").asText();
        history.add("MapStateStarted", name, null, null, null, null);
        try {
            JsonNode results = runConcurrently(items.size(), maxConcurrency, i -> {
                ObjectNode itemContext = context.deepCopy();
                itemContext.putObject("Map").putObject("Item").put("Index", i).set("Value", items.get(i));
                JsonNode itemInput = state.has(selectorField)
                        ? Templates.evaluate(state.get(selectorField), PathResolver.of(effective, itemContext))
                        : items.get(i);
                history.add("MapIterationStarted", name, itemInput, null, null, null);
                try {
                    JsonNode result = runStates(processor, itemInput, itemContext, history, null);
                    history.add("MapIterationSucceeded", name, null, result, null, null);
                    return result;
                } catch (StatesError error) {
                    history.add("MapIterationFailed", name, null, null, error.error(), error.cause());
                    throw error;
                }
            });
            history.add("MapStateSucceeded", name, null, null, null, null);
            return results;
        } catch (StatesError error) {
            history.add("MapStateFailed", name, null, null, error.error(), error.cause());
            throw error;
        }
    }

    @FunctionalInterface
    private interface Branch {
        JsonNode run(int index) throws InterruptedException;
    }

    /** Runs {@code count} branches at most {@code limit} at a time (0: no limit); the first failure fails all. */
    private JsonNode runConcurrently(int count, int limit, Branch branch) throws InterruptedException {
        Semaphore permits = new Semaphore(limit <= 0 ? Integer.MAX_VALUE : limit);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<JsonNode>> futures = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(executor.submit(() -> {
                    permits.acquire();
                    try {
                        return branch.run(index);
                    } finally {
                        permits.release();
                    }
                }));
            }
            ArrayNode results = NODES.arrayNode();
            for (Future<JsonNode> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    futures.forEach(f -> f.cancel(true));
                    if (e.getCause() instanceof StatesError error) {
                        throw error;
                    }
                    if (e.getCause() instanceof InterruptedException interrupted) {
                        throw interrupted;
                    }
                    throw StatesError.runtime("a branch failed: " + e.getCause());
                }
            }
            return results;
        }
    }

    private Duration waitDuration(JsonNode state, JsonNode effective, ObjectNode context) {
        if (state.has("Seconds") || state.has("SecondsPath")) {
            return Duration.ofSeconds(positiveSeconds(state, "Seconds", effective, context, 0));
        }
        String timestamp;
        if (state.has("Timestamp")) {
            timestamp = state.get("Timestamp").asText();
        } else {
            String path = state.get("TimestampPath").asText();
            JsonNode value = PathResolver.of(effective, context).resolve(path)
                    .orElseThrow(() -> StatesError.runtime("TimestampPath " + path + " selects nothing"));
            if (!value.isTextual()) {
                throw StatesError.runtime("TimestampPath " + path + " must select a timestamp string");
            }
            timestamp = value.asText();
        }
        try {
            Instant until = OffsetDateTime.parse(timestamp).toInstant();
            return Duration.between(clock.now(), until);
        } catch (DateTimeParseException e) {
            throw StatesError.runtime("not an RFC 3339 timestamp: " + timestamp);
        }
    }

    /** A seconds field or its {@code ...Path} form ({@code TimeoutSeconds}/{@code TimeoutSecondsPath}, {@code Seconds}/{@code SecondsPath}). */
    private static long positiveSeconds(JsonNode state, String field, JsonNode effective, ObjectNode context, long fallback) {
        if (state.has(field)) {
            return state.get(field).asLong();
        }
        String pathField = field + "Path";
        if (!state.has(pathField)) {
            return fallback;
        }
        String path = state.get(pathField).asText();
        JsonNode value = PathResolver.of(effective, context).resolve(path)
                .orElseThrow(() -> StatesError.runtime(pathField + " " + path + " selects nothing"));
        if (!value.isIntegralNumber() || value.asLong() < 0) {
            throw StatesError.runtime(pathField + " " + path + " must select a non-negative integer, found " + value);
        }
        return value.asLong();
    }

    private static StatesError failure(JsonNode state, JsonNode input, ObjectNode context) {
        PathResolver resolver = PathResolver.of(input, context);
        String error = state.has("ErrorPath") ? resolveText(resolver, state.get("ErrorPath").asText())
                : StateMachine.text(state, "Error");
        String cause = state.has("CausePath") ? resolveText(resolver, state.get("CausePath").asText())
                : StateMachine.text(state, "Cause");
        return new StatesError(error == null ? "States.Fail" : error, cause == null ? "" : cause);
    }

    private static String resolveText(PathResolver resolver, String path) {
        JsonNode value = Intrinsics.isIntrinsic(path) ? Intrinsics.evaluate(path, resolver)
                : resolver.resolve(path).orElseThrow(() -> StatesError.runtime(path + " selects nothing"));
        if (!value.isTextual()) {
            throw StatesError.runtime(path + " must select a string");
        }
        return value.asText();
    }

    /** InputPath: default $, null means an empty object. */
    private static JsonNode inputPath(JsonNode state, JsonNode rawInput) {
        return applyPath(state, "InputPath", rawInput);
    }

    /** OutputPath: default $, null means an empty object. */
    private static JsonNode outputPath(JsonNode state, JsonNode output) {
        return applyPath(state, "OutputPath", output);
    }

    private static JsonNode applyPath(JsonNode state, String field, JsonNode data) {
        if (!state.has(field)) {
            return data;
        }
        if (state.get(field).isNull()) {
            return NODES.objectNode();
        }
        String path = state.get(field).asText();
        return JsonPaths.read(data, path).orElseThrow(() -> StatesError.runtime(field + " " + path + " selects nothing in "
                + truncate(data)));
    }

    private static JsonNode parameters(JsonNode state, String field, JsonNode effective, ObjectNode context) {
        return state.has(field) ? Templates.evaluate(state.get(field), PathResolver.of(effective, context)) : effective;
    }

    /** ResultPath: default $ (the result replaces the input), null (the input passes through), or a reference path into the input. */
    private static JsonNode resultPath(JsonNode state, JsonNode rawInput, JsonNode result) {
        if (!state.has("ResultPath")) {
            return result;
        }
        if (state.get("ResultPath").isNull()) {
            return rawInput;
        }
        return writeResult(rawInput, state.get("ResultPath").asText(), result);
    }

    private static JsonNode writeResult(JsonNode rawInput, String path, JsonNode result) {
        try {
            return JsonPaths.write(rawInput, path, result);
        } catch (IllegalArgumentException e) {
            throw new StatesError(Errors.RESULT_PATH_MATCH_FAILURE, "ResultPath " + path + ": " + e.getMessage());
        }
    }

    private static String truncate(JsonNode data) {
        String text = String.valueOf(data);
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
