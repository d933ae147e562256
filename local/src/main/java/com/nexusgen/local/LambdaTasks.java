package com.nexusgen.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexusgen.asl.StatesError;
import com.nexusgen.asl.TaskInvoker;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Task resources that are Lambda functions, run in-process on the function's real handler: a bare
 * function ARN (the state's parameters are the event, the handler's return value the result), and the
 * {@code arn:aws:states:::lambda:invoke} integration ({@code FunctionName} + {@code Payload}, the result
 * wrapped as {@code {"Payload", "StatusCode", "ExecutedVersion"}}), with or without
 * {@code .waitForTaskToken}. A handler's exception fails the task with its class's name as the error.
 */
public final class LambdaTasks implements TaskInvoker {
    private static final Pattern FUNCTION_ARN =
            Pattern.compile("arn:aws[a-z-]*:lambda:[^:]*:[^:]*:function:([^:]+)(?::(.+))?");
    private static final String INVOKE = "arn:aws:states:::lambda:invoke";

    private final Map<String, LocalFunction> functionsByName;

    /** @param functionsByName each function under its physical name (FunctionName) and its logical id */
    public LambdaTasks(Map<String, LocalFunction> functionsByName) {
        this.functionsByName = Map.copyOf(functionsByName);
    }

    /** Refuses, before anything runs, a resource that has no local target. */
    public void checkResources(List<String> resources) {
        for (String resource : resources) {
            if (resource.equals(INVOKE) || resource.equals(INVOKE + ".waitForTaskToken")) {
                continue; // the function is named by the state's parameters, checked when it runs
            }
            Matcher arn = FUNCTION_ARN.matcher(resource);
            if (!arn.matches()) {
                throw new IllegalArgumentException("no local target for resource " + resource);
            }
            function(arn.group(1));
        }
    }

    @Override
    public JsonNode invoke(String resource, JsonNode parameters, JsonNode context) throws InterruptedException {
        if (resource.equals(INVOKE) || resource.equals(INVOKE + ".waitForTaskToken")) {
            String name = parameters.path("FunctionName").asText(null);
            if (name == null) {
                throw StatesError.runtime("lambda:invoke needs Parameters.FunctionName");
            }
            Matcher arn = FUNCTION_ARN.matcher(name);
            LocalFunction target = functionsByName.get(arn.matches() ? arn.group(1) : name);
            if (target == null) {
                throw new StatesError("Lambda.ResourceNotFoundException", "Function not found: " + name);
            }
            JsonNode payload = run(target, parameters.get("Payload"));
            ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
            wrapped.put("ExecutedVersion", "$LATEST").put("StatusCode", 200).set("Payload", payload);
            return wrapped;
        }
        Matcher arn = FUNCTION_ARN.matcher(resource);
        if (!arn.matches()) {
            throw StatesError.runtime("no local target for resource " + resource);
        }
        return run(function(arn.group(1)), parameters);
    }

    private static JsonNode run(LocalFunction function, JsonNode payload) throws InterruptedException {
        try {
            return function.invokeJson(payload);
        } catch (InterruptedException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            // Step Functions reports a Java handler's failure under the exception's class name
            throw new StatesError(e.getClass().getName(), String.valueOf(e.getMessage()), e);
        }
    }

    private LocalFunction function(String name) {
        LocalFunction function = functionsByName.get(name);
        if (function == null) {
            throw new IllegalArgumentException("no local function named " + name + " (known: "
                    + functionsByName.keySet() + ")");
        }
        return function;
    }
}
