package com.nexusgen.generation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexusgen.agents.AgentResult;
import com.nexusgen.agents.Architect;
import com.nexusgen.agents.Coder;
import com.nexusgen.agents.PrdSchema;
import com.nexusgen.agents.Reviewer;
import com.nexusgen.ai.Completion;
import com.nexusgen.domain.code.AppFiles;
import com.nexusgen.domain.code.BlobStore;
import com.nexusgen.domain.code.CodeTask;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.domain.code.FileOperations;
import com.nexusgen.domain.code.Finding;
import com.nexusgen.domain.common.Ids;
import com.nexusgen.domain.generations.Generation;
import com.nexusgen.domain.generations.GenerationStatus;
import com.nexusgen.domain.generations.GenerationStore;
import com.nexusgen.domain.generations.ProjectVersion;
import com.nexusgen.domain.generations.Transition;
import com.nexusgen.domain.generations.UsageCall;
import com.nexusgen.domain.mockups.DesignTokenSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static com.nexusgen.generation.CodeJson.JSON;

/**
 * What each state of statemachines/generation.asl.json does. The task handlers in functions/agents
 * only parse and call these. Large things (the PRD, file operations, findings, files) go to the blob
 * store and the state carries their keys, so an execution's state stays far below Step Functions'
 * 256 KB limit whatever the app's size. Every step checks that its generation is still active, so a
 * cancelled generation stays cancelled and spends nothing more.
 */
public final class GenerationSteps {
    private final GenerationStore store;
    private final BlobStore blobs;
    private final AppFiles files;
    private final Architect architect;
    private final Coder coder;
    private final Reviewer reviewer;
    private final DesignTokenSource designTokens;
    private final Clock clock;

    public GenerationSteps(GenerationStore store, BlobStore blobs, Architect architect, Coder coder, Reviewer reviewer,
                           Clock clock) {
        this(store, blobs, architect, coder, reviewer, DesignTokenSource.NONE, clock);
    }

    /** @param designTokens the project's confirmed and extracted design tokens, which the Coder writes into the app */
    public GenerationSteps(GenerationStore store, BlobStore blobs, Architect architect, Coder coder, Reviewer reviewer,
                           DesignTokenSource designTokens, Clock clock) {
        this.store = store;
        this.blobs = blobs;
        this.files = new AppFiles(blobs);
        this.architect = architect;
        this.coder = coder;
        this.reviewer = reviewer;
        this.designTokens = designTokens;
        this.clock = clock;
    }

    /** Validate: the generation exists and is still queued or running; it is running from now on. */
    public ObjectNode start(JsonNode input) {
        StepRef ref = StepRef.of(input);
        if (input.path("prompt").asText("").isBlank()) {
            throw new IllegalArgumentException("the generation has no prompt");
        }
        enter(ref, "Validate", GenerationStatus.RUNNING);
        return JSON.createObjectNode().put("startedAt", clock.instant().toString());
    }

    /** Architect: prompt (+ the rejected plan and its feedback) → PRD, schema-checked, stored. */
    public ObjectNode plan(JsonNode input) {
        StepRef ref = StepRef.of(input);
        long started = System.nanoTime();
        enter(ref, "Plan", null);
        JsonNode previous = input.hasNonNull("prdKey") ? readJson(ref, input.get("prdKey").asText()) : null;
        String feedback = input.hasNonNull("feedback") ? input.get("feedback").asText() : null;
        AgentResult<JsonNode> result = architect.plan(new Architect.PlanRequest(input.path("prompt").asText(),
                input.path("project").path("name").asText("App"), input.path("project").path("description").asText(null),
                previous, feedback));
        record(ref, "architect", result.usage());
        List<String> problems = PrdSchema.problems(result.value());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the Architect's PRD is invalid: " + String.join("; ", problems));
        }
        String prdKey = writeJson(ref, "prd", result.value());
        ArrayNode tasks = JSON.createArrayNode();
        coder.tasks(result.value()).forEach(task -> tasks.add(CodeJson.task(task)));
        store.apply(ref.workspaceId(), ref.generationId(), Transition.whileActive()
                .stageTook("plan", (System.nanoTime() - started) / 1_000_000).planKey(prdKey));
        ObjectNode out = JSON.createObjectNode().put("prdKey", prdKey);
        out.put("pages", result.value().path("pages").size()).put("entities", result.value().path("entities").size());
        out.set("tasks", tasks);
        return out;
    }

    /** Approval: keep the workflow's task token on the generation; the API resumes with it. */
    public ObjectNode awaitApproval(JsonNode input) {
        StepRef ref = StepRef.of(input);
        String token = input.path("taskToken").asText(null);
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("awaitApproval needs the task token");
        }
        // From AWAITING_APPROVAL too: a retried invocation replaces the token with the new attempt's.
        store.apply(ref.workspaceId(), ref.generationId(), Transition.from(EnumSet.of(GenerationStatus.RUNNING,
                        GenerationStatus.AWAITING_APPROVAL))
                        .to(GenerationStatus.AWAITING_APPROVAL).state("AwaitApproval").taskToken(token))
                .orElseThrow(() -> new GenerationNotActive(ref.generationId()));
        return JSON.createObjectNode();
    }

    /** Coder, one task of the plan (a Map iteration): its operations against the base version, stored. */
    public ObjectNode code(JsonNode input) {
        StepRef ref = StepRef.of(input);
        long started = System.nanoTime();
        enter(ref, "Code", null);
        JsonNode prd = readJson(ref, input.path("prdKey").asText());
        CodeTask task = CodeJson.task(input.path("task"));
        Map<String, String> base = baseFiles(ref, input.path("baseVersion").asInt(0));
        Map<String, String> tokens = designTokens.tokens(ref.workspaceId(), ref.projectId());
        AgentResult<List<FileOperation>> result = coder.code(prd, task, base, tokens.isEmpty() ? null : tokens);
        record(ref, "coder", result.usage());
        FileOperations.apply(base, result.value()); // refuse operations that cannot apply, now, naming the task
        String opsKey = writeJson(ref, "ops", CodeJson.operations(result.value()));
        finishStage(ref, "code", started);
        ObjectNode out = JSON.createObjectNode().put("taskId", task.id()).put("opsKey", opsKey);
        out.set("operations", counts(result.value()));
        return out;
    }

    /** Assemble: the base version plus every task's operations, in plan order → the candidate files. */
    public ObjectNode assemble(JsonNode input) {
        StepRef ref = StepRef.of(input);
        long started = System.nanoTime();
        enter(ref, "Assemble", null);
        Map<String, String> app = baseFiles(ref, input.path("baseVersion").asInt(0));
        List<FileOperation> all = new ArrayList<>();
        for (JsonNode coded : input.path("coded")) {
            List<FileOperation> ops = CodeJson.operations(readJson(ref, coded.path("opsKey").asText()));
            all.addAll(ops);
            app = FileOperations.apply(app, ops);
        }
        String manifestKey = files.store(ref.workspaceId(), app);
        finishStage(ref, "assemble", started);
        ObjectNode out = JSON.createObjectNode().put("manifestKey", manifestKey).put("fileCount", app.size());
        out.set("operations", counts(all));
        return out;
    }

    /** Reviewer: findings for the candidate files, stored; the state gets the counts. */
    public ObjectNode review(JsonNode input) {
        StepRef ref = StepRef.of(input);
        long started = System.nanoTime();
        enter(ref, "Review", null);
        Map<String, String> app = files.load(ref.workspaceId(), input.path("manifestKey").asText());
        AgentResult<List<Finding>> result = reviewer.review(app, designTokens.tokens(ref.workspaceId(), ref.projectId()));
        record(ref, "reviewer", result.usage());
        String findingsKey = writeJson(ref, "findings", CodeJson.findings(result.value()));
        finishStage(ref, "review", started);
        ObjectNode out = JSON.createObjectNode().put("findingsKey", findingsKey)
                .put("critical", (int) result.value().stream().filter(Finding::critical).count())
                .put("total", result.value().size());
        ArrayNode rules = out.putArray("rules");
        new TreeSet<>(result.value().stream().map(Finding::ruleId).toList()).forEach(rules::add);
        ArrayNode critical = out.putArray("criticalFindings");
        result.value().stream().filter(Finding::critical).limit(20)
                .forEach(f -> critical.add(f.ruleId() + " " + f.file() + ":" + f.line() + " " + f.message()));
        return out;
    }

    /** Coder again, on the critical findings: operations on the candidate → the next candidate. */
    public ObjectNode fix(JsonNode input) {
        StepRef ref = StepRef.of(input);
        long started = System.nanoTime();
        enter(ref, "Fix", null);
        JsonNode prd = readJson(ref, input.path("prdKey").asText());
        Map<String, String> app = files.load(ref.workspaceId(), input.path("manifestKey").asText());
        List<Finding> findings = CodeJson.findings(readJson(ref, input.path("findingsKey").asText())).stream()
                .filter(Finding::critical).toList();
        AgentResult<List<FileOperation>> result = coder.fix(prd, app, findings);
        record(ref, "coder", result.usage());
        Map<String, String> fixed = FileOperations.apply(app, result.value());
        String manifestKey = files.store(ref.workspaceId(), fixed);
        finishStage(ref, "fix", started);
        ObjectNode out = JSON.createObjectNode().put("manifestKey", manifestKey).put("fileCount", fixed.size());
        out.set("operations", counts(result.value()));
        return out;
    }

    /** Save: the reviewed files become the project's next version; the generation succeeds with it. */
    public ObjectNode save(JsonNode input) {
        StepRef ref = StepRef.of(input);
        String manifestKey = input.path("manifestKey").asText();
        var manifest = files.manifest(ref.workspaceId(), manifestKey);
        JsonNode review = input.path("review");
        List<String> rules = new ArrayList<>();
        review.path("rules").forEach(r -> rules.add(r.asText()));
        ProjectVersion version = store.saveVersion(ref.workspaceId(), ref.generationId(), manifestKey,
                        manifest.entries().size(), manifest.totalBytes(), new Generation.Result(0, manifest.entries().size(),
                                review.path("critical").asInt(), review.path("total").asInt(), rules))
                .orElseThrow(() -> new GenerationNotActive(ref.generationId()));
        return JSON.createObjectNode().put("version", version.number()).put("fileCount", version.fileCount())
                .put("manifestKey", version.manifestKey());
    }

    /**
     * Failure path: record why, once. {@code error}/{@code cause} come from the Catch's error output;
     * a rejected plan or critical findings that survived the fixes arrive here too, with their own error names.
     */
    public ObjectNode fail(JsonNode input) {
        StepRef ref = StepRef.of(input);
        String error = input.path("error").asText("States.TaskFailed");
        String cause = input.path("cause").asText("");
        GenerationStatus status = "PlanRejected".equals(error) ? GenerationStatus.REJECTED : GenerationStatus.FAILED;
        store.apply(ref.workspaceId(), ref.generationId(), Transition.whileActive().to(status).clearTaskToken()
                .failure(error, cause));
        return JSON.createObjectNode().put("error", error);
    }

    private Map<String, String> baseFiles(StepRef ref, int baseVersion) {
        if (baseVersion <= 0) {
            return Map.of();
        }
        return store.version(ref.workspaceId(), ref.projectId(), baseVersion)
                .map(v -> files.load(ref.workspaceId(), v.manifestKey()))
                .orElseThrow(() -> new IllegalStateException("base version " + baseVersion + " does not exist"));
    }

    private void enter(StepRef ref, String state, GenerationStatus to) {
        Transition transition = Transition.from(EnumSet.of(GenerationStatus.QUEUED, GenerationStatus.RUNNING)).state(state);
        store.apply(ref.workspaceId(), ref.generationId(), to == null ? transition : transition.to(to))
                .orElseThrow(() -> new GenerationNotActive(ref.generationId()));
    }

    private void finishStage(StepRef ref, String stage, long startedNanos) {
        store.apply(ref.workspaceId(), ref.generationId(), Transition.whileActive()
                .stageTook(stage, (System.nanoTime() - startedNanos) / 1_000_000));
    }

    private void record(StepRef ref, String agent, List<Completion.Usage> usage) {
        UsageLedger.record(store, clock, ref, agent, usage);
    }

    private static ObjectNode counts(List<FileOperation> ops) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (FileOperation.Kind kind : FileOperation.Kind.values()) {
            counts.put(kind.name().toLowerCase(java.util.Locale.ROOT), 0);
        }
        ops.forEach(op -> counts.merge(op.kind().name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum));
        ObjectNode node = JSON.createObjectNode();
        counts.forEach(node::put);
        return node;
    }

    /** Stored under the generation, named by content: a retried step writes the same key again. */
    private String writeJson(StepRef ref, String kind, JsonNode value) {
        try {
            byte[] body = JSON.writeValueAsBytes(value);
            String key = "ws/" + ref.workspaceId() + "/generations/" + ref.generationId() + "/" + kind + "-"
                    + AppFiles.sha256(body).substring(0, 24) + ".json";
            blobs.put(key, body, "application/json");
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode readJson(StepRef ref, String key) {
        if (!key.startsWith("ws/" + ref.workspaceId() + "/generations/")) {
            throw new IllegalArgumentException("blob key " + key + " is not this generation's workspace");
        }
        byte[] body = blobs.get(key).orElseThrow(() -> new IllegalStateException("missing blob " + key));
        try {
            return JSON.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
