package com.nexusgen.agents.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import com.nexusgen.ai.ModelException;
import com.nexusgen.ai.Prompt;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.domain.code.FileOperations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Coder's output tool, {@code write_files}: file operations as JSON (schemas/write-files-v1.json),
 * held to what the schema cannot say. Each operation must be a valid {@link FileOperation} (a safe
 * path; content to create; edits to patch), must apply to the files as they are (patch and delete
 * only existing files; every {@code find} exactly once), and must not write a file another task of
 * the plan owns. The check runs inside the model's repair loop, so the model sees what was wrong and
 * gets its bounded chances to correct it.
 */
final class WriteFilesTool {
    static final String NAME = "write_files";
    private static final String SCHEMA = BundledText.read("/schemas/write-files-v1.json");

    private final Map<String, String> baseFiles;
    private final Map<String, String> ownerByPath;

    /**
     * @param baseFiles   the files the operations apply to
     * @param ownerByPath files this call may not write → who writes them ("the task page:/", ...)
     */
    WriteFilesTool(Map<String, String> baseFiles, Map<String, String> ownerByPath) {
        this.baseFiles = Map.copyOf(baseFiles);
        this.ownerByPath = Map.copyOf(ownerByPath);
    }

    Prompt.OutputTool tool() {
        return new Prompt.OutputTool(NAME, "Write the app's files: create new files, patch or delete existing ones.",
                SCHEMA, this::problems);
    }

    /** What is wrong with the operations, each naming the operation; empty when they all apply. */
    List<String> problems(JsonNode output) {
        List<String> problems = new ArrayList<>();
        Map<String, String> files = baseFiles;
        int index = 0;
        for (JsonNode node : output.path("operations")) {
            String where = "operations[" + index++ + "] (" + node.path("op").asText() + " " + node.path("path").asText() + ")";
            FileOperation operation;
            try {
                operation = operation(node);
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(where + ": " + e.getMessage());
                continue;
            }
            String owner = ownerByPath.get(operation.path());
            if (owner != null) {
                problems.add(where + ": " + operation.path() + " is written by " + owner
                        + "; write only this task's files");
                continue;
            }
            if (operation.kind() != FileOperation.Kind.CREATE && !files.containsKey(operation.path())) {
                problems.add(where + ": " + operation.path() + " is not a file of the app"
                        + (operation.kind() == FileOperation.Kind.PATCH ? "; create it instead" : ""));
                continue;
            }
            try {
                // Applied one at a time, so a later operation sees what the earlier ones did.
                files = FileOperations.apply(files, List.of(operation));
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage()
                        + "; copy the text to replace exactly from the file, with enough context to occur once");
            }
        }
        return problems;
    }

    /** The operations of a checked answer; InvalidOutput when it was not checked (or not by this tool). */
    List<FileOperation> operations(JsonNode output) {
        List<String> problems = problems(output);
        if (!problems.isEmpty()) {
            throw new ModelException.InvalidOutput("the model's file operations are invalid: " + String.join("; ", problems));
        }
        List<FileOperation> operations = new ArrayList<>();
        output.path("operations").forEach(node -> operations.add(operation(node)));
        return operations;
    }

    private static FileOperation operation(JsonNode node) {
        String op = node.path("op").asText().toLowerCase(Locale.ROOT);
        String path = node.path("path").asText(null);
        return switch (op) {
            case "create" -> new FileOperation(FileOperation.Kind.CREATE, path,
                    node.hasNonNull("content") ? node.path("content").asText() : null, List.of());
            case "patch" -> {
                List<FileOperation.Edit> edits = new ArrayList<>();
                node.path("edits").forEach(e -> edits.add(new FileOperation.Edit(e.path("find").asText(), e.path("replace").asText())));
                yield new FileOperation(FileOperation.Kind.PATCH, path, null, edits);
            }
            case "delete" -> FileOperation.delete(path);
            default -> throw new IllegalArgumentException("op must be create, patch or delete, not " + op);
        };
    }
}
