package com.nexusgen.ai;

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

    /** A structured answer: a tool the model must call, described by a JSON schema (as JSON text). */
    public record OutputTool(String name, String description, String jsonSchema) {
    }
}
