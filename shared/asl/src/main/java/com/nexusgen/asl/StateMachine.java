package com.nexusgen.asl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed and checked state machine (or a Parallel branch / Map processor, which have the same
 * shape). Structural mistakes are reported at load time, as CreateStateMachine would.
 */
public final class StateMachine {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TYPES = Set.of("Pass", "Task", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map");

    private final String startAt;
    private final Map<String, JsonNode> states;
    private final Integer timeoutSeconds;
    private final JsonNode definition;

    private StateMachine(JsonNode definition) {
        this.definition = definition;
        this.startAt = text(definition, "StartAt");
        JsonNode statesNode = definition.get("States");
        if (startAt == null || statesNode == null || !statesNode.isObject() || statesNode.isEmpty()) {
            throw new IllegalArgumentException("a state machine needs StartAt and a non-empty States object");
        }
        if (definition.has("QueryLanguage") && !"JSONPath".equals(definition.get("QueryLanguage").asText())) {
            throw new IllegalArgumentException("QueryLanguage " + definition.get("QueryLanguage").asText()
                    + " is not supported here: only JSONPath");
        }
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = statesNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().length() > 80) {
                throw new IllegalArgumentException("state name longer than 80 characters: " + entry.getKey());
            }
            byName.put(entry.getKey(), entry.getValue());
        }
        this.states = Map.copyOf(byName);
        this.timeoutSeconds = definition.has("TimeoutSeconds") ? definition.get("TimeoutSeconds").asInt() : null;
        if (!states.containsKey(startAt)) {
            throw new IllegalArgumentException("StartAt names no state: " + startAt);
        }
        byName.forEach(this::check);
    }

    public static StateMachine parse(String json) {
        try {
            return new StateMachine(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the definition is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static StateMachine of(JsonNode definition) {
        return new StateMachine(definition);
    }

    public String startAt() {
        return startAt;
    }

    public JsonNode state(String name) {
        JsonNode state = states.get(name);
        if (state == null) {
            throw StatesError.runtime("no state named " + name);
        }
        return state;
    }

    public Integer timeoutSeconds() {
        return timeoutSeconds;
    }

    public JsonNode definition() {
        return definition;
    }

    /** Every Resource of every Task, nested branches and processors included (for load-time resolution). */
    public List<String> resources() {
        List<String> out = new ArrayList<>();
        states.values().forEach(state -> {
            switch (state.path("Type").asText()) {
                case "Task" -> out.add(state.path("Resource").asText());
                case "Parallel" -> state.path("Branches").forEach(b -> out.addAll(of(b).resources()));
                case "Map" -> out.addAll(of(processor(state)).resources());
                default -> { }
            }
        });
        return out;
    }

    static JsonNode processor(JsonNode mapState) {
        return mapState.has("ItemProcessor") ? mapState.get("ItemProcessor") : mapState.get("Iterator");
    }

    private void check(String name, JsonNode state) {
        String type = text(state, "Type");
        if (type == null || !TYPES.contains(type)) {
            throw new IllegalArgumentException("state " + name + " has an unknown Type: " + type);
        }
        boolean terminal = type.equals("Succeed") || type.equals("Fail") || type.equals("Choice");
        if (!terminal) {
            boolean end = state.path("End").asBoolean(false);
            String next = text(state, "Next");
            if (end == (next != null)) {
                throw new IllegalArgumentException("state " + name + " needs exactly one of Next or End: true");
            }
            requireState(name, next);
        }
        state.path("Catch").forEach(catcher -> requireState(name, text(catcher, "Next")));
        switch (type) {
            case "Choice" -> {
                JsonNode choices = state.get("Choices");
                if (choices == null || !choices.isArray() || choices.isEmpty()) {
                    throw new IllegalArgumentException("Choice state " + name + " needs a non-empty Choices array");
                }
                choices.forEach(rule -> {
                    ChoiceRules.validate(rule, true);
                    requireState(name, text(rule, "Next"));
                });
                requireState(name, text(state, "Default"));
            }
            case "Task" -> {
                if (text(state, "Resource") == null) {
                    throw new IllegalArgumentException("Task state " + name + " needs a Resource");
                }
            }
            case "Wait" -> {
                long count = Set.of("Seconds", "Timestamp", "SecondsPath", "TimestampPath").stream().filter(state::has).count();
                if (count != 1) {
                    throw new IllegalArgumentException("Wait state " + name + " needs exactly one of Seconds, Timestamp, SecondsPath, TimestampPath");
                }
            }
            case "Parallel" -> {
                if (!state.path("Branches").isArray() || state.path("Branches").isEmpty()) {
                    throw new IllegalArgumentException("Parallel state " + name + " needs Branches");
                }
                state.path("Branches").forEach(StateMachine::of);
            }
            case "Map" -> {
                JsonNode processor = processor(state);
                if (processor == null) {
                    throw new IllegalArgumentException("Map state " + name + " needs an ItemProcessor (or Iterator)");
                }
                if (processor.path("ProcessorConfig").path("Mode").asText("INLINE").equals("DISTRIBUTED")) {
                    throw new IllegalArgumentException("Map state " + name + ": DISTRIBUTED mode has no local stand-in");
                }
                of(processor);
            }
            default -> { }
        }
    }

    private void requireState(String from, String target) {
        if (target != null && !states.containsKey(target)) {
            throw new IllegalArgumentException("state " + from + " points at a missing state: " + target);
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
