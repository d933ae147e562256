package com.nexusgen.healing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexusgen.domain.builds.ErrorKind;
import com.nexusgen.domain.builds.Fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link HealingState} as the workflow carries it between task invocations: small JSON (a few hundred bytes per
 * attempt; the policy allows five), far below Step Functions' state size limit.
 */
public final class HealingStateJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HealingStateJson() {
    }

    public static ObjectNode write(HealingState state) {
        ObjectNode node = JSON.createObjectNode().put("builds", state.builds());
        ArrayNode attempts = node.putArray("attempts");
        for (Attempt a : state.attempts()) {
            ObjectNode attempt = attempts.addObject().put("build", a.build()).put("kind", a.kind().wireName())
                    .put("signature", a.signature()).put("error", a.errorText()).put("source", a.source().wireName())
                    .put("fixer", a.fix().fixer()).put("summary", a.summary()).put("memoryId", a.memoryId());
            attempt.set("parameters", JSON.valueToTree(a.fix().parameters()));
            ArrayNode files = attempt.putArray("files");
            a.files().forEach(files::add);
        }
        return node;
    }

    /** Reads what {@link #write} wrote; a missing or null node is the start of a run. */
    public static HealingState read(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return HealingState.START;
        }
        List<Attempt> attempts = new ArrayList<>();
        for (JsonNode a : node.path("attempts")) {
            Map<String, String> parameters = new TreeMap<>();
            a.path("parameters").properties().forEach(e -> parameters.put(e.getKey(), e.getValue().asText()));
            List<String> files = new ArrayList<>();
            a.path("files").forEach(f -> files.add(f.asText()));
            attempts.add(new Attempt(a.path("build").asInt(),
                    ErrorKind.parse(a.path("kind").asText()).orElse(ErrorKind.UNKNOWN), a.path("signature").asText(),
                    a.path("error").asText(""), Source.parse(a.path("source").asText("rule")),
                    new Fix(a.path("fixer").asText(), parameters), a.path("summary").asText(""), files,
                    a.path("memoryId").isNull() ? null : a.path("memoryId").asText(null)));
        }
        return new HealingState(node.path("builds").asInt(0), attempts);
    }
}
