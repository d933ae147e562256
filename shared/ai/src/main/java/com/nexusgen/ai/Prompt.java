package com.nexusgen.ai;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * What to ask. With an {@link OutputTool}, the model must answer by calling that tool, whose JSON
 * schema the answer is checked against; without one it answers in text.
 */
public record Prompt(String system, List<Message> messages, OutputTool output, int maxTokens, double temperature) {
    public Prompt {
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a prompt needs at least one message");
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be positive");
        }
    }

    /** One turn of the conversation. */
    public record Message(Role role, String text) {
    }

    public enum Role { USER, ASSISTANT }

    /**
     * A structured answer: a tool the model must call, described by a JSON schema (as JSON text), and
     * held to {@code check} once it matches the schema, for the rules a schema cannot say ("patch only
     * files that exist"). The check's problems go back to the model like schema errors, within the
     * same bounded re-asks.
     */
    public record OutputTool(String name, String description, String jsonSchema, OutputCheck check) {
        public OutputTool {
            check = check == null ? OutputCheck.NONE : check;
        }

        public OutputTool(String name, String description, String jsonSchema) {
            this(name, description, jsonSchema, OutputCheck.NONE);
        }
    }

    /** What is wrong with a schema-valid answer; an empty list accepts it. */
    @FunctionalInterface
    public interface OutputCheck {
        OutputCheck NONE = output -> List.of();

        List<String> problems(JsonNode output);
    }
}
