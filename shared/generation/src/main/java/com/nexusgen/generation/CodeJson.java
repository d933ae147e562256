package com.nexusgen.generation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexusgen.domain.code.CodeTask;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.domain.code.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The JSON forms of tasks, file operations and findings, as the workflow passes and the API shows them. */
public final class CodeJson {
    public static final ObjectMapper JSON = new ObjectMapper();

    private CodeJson() {
    }

    public static ObjectNode task(CodeTask task) {
        return JSON.createObjectNode().put("id", task.id()).put("kind", task.kind()).put("title", task.title());
    }

    public static CodeTask task(JsonNode node) {
        return new CodeTask(node.path("id").asText(), node.path("kind").asText(), node.path("title").asText());
    }

    public static ArrayNode operations(List<FileOperation> operations) {
        ArrayNode out = JSON.createArrayNode();
        for (FileOperation op : operations) {
            ObjectNode node = out.addObject().put("op", op.kind().name().toLowerCase(Locale.ROOT)).put("path", op.path());
            if (op.content() != null) {
                node.put("content", op.content());
            }
            if (!op.edits().isEmpty()) {
                ArrayNode edits = node.putArray("edits");
                op.edits().forEach(e -> edits.addObject().put("find", e.find()).put("replace", e.replace()));
            }
        }
        return out;
    }

    public static List<FileOperation> operations(JsonNode array) {
        List<FileOperation> ops = new ArrayList<>();
        for (JsonNode node : array) {
            List<FileOperation.Edit> edits = new ArrayList<>();
            node.path("edits").forEach(e -> edits.add(new FileOperation.Edit(e.path("find").asText(), e.path("replace").asText())));
            ops.add(new FileOperation(FileOperation.Kind.valueOf(node.path("op").asText().toUpperCase(Locale.ROOT)),
                    node.path("path").asText(), node.hasNonNull("content") ? node.get("content").asText() : null, edits));
        }
        return ops;
    }

    public static ArrayNode findings(List<Finding> findings) {
        ArrayNode out = JSON.createArrayNode();
        for (Finding f : findings) {
            out.addObject().put("ruleId", f.ruleId()).put("severity", f.severity().name().toLowerCase(Locale.ROOT))
                    .put("category", f.category().name().toLowerCase(Locale.ROOT)).put("file", f.file())
                    .put("line", f.line()).put("message", f.message()).put("suggestedFix", f.suggestedFix());
        }
        return out;
    }

    public static List<Finding> findings(JsonNode array) {
        List<Finding> findings = new ArrayList<>();
        for (JsonNode f : array) {
            findings.add(new Finding(f.path("ruleId").asText(),
                    Finding.Severity.valueOf(f.path("severity").asText().toUpperCase(Locale.ROOT)),
                    Finding.Category.valueOf(f.path("category").asText().toUpperCase(Locale.ROOT)),
                    f.path("file").asText(), f.path("line").asInt(), f.path("message").asText(),
                    f.hasNonNull("suggestedFix") ? f.get("suggestedFix").asText() : null));
        }
        return findings;
    }
}
