package com.nexusgen.generation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexusgen.ai.Completion;
import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.code.AppFiles;
import com.nexusgen.domain.code.BlobStore;
import com.nexusgen.domain.code.ContentTypes;
import com.nexusgen.domain.code.FileManifest;
import com.nexusgen.domain.code.Zips;
import com.nexusgen.domain.generations.Generation;
import com.nexusgen.domain.generations.GenerationStatus;
import com.nexusgen.domain.generations.GenerationStore;
import com.nexusgen.domain.generations.ProjectVersion;
import com.nexusgen.domain.generations.Transition;
import com.nexusgen.healing.Attempt;
import com.nexusgen.healing.Healer;
import com.nexusgen.healing.HealingState;
import com.nexusgen.healing.HealingStateJson;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

import static com.nexusgen.generation.CodeJson.JSON;

/**
 * The build states of statemachines/generation.asl.json, around CodeBuild ({@code codebuild:startBuild.sync}; on
 * one machine the local platform runs the same request on the local build runner):
 * <ul>
 *   <li>{@code prepare-build}: the generation's version as a source zip in the artifact bucket, and where the build
 *       writes its log and its {@code dist.zip};</li>
 *   <li>{@code heal}: after a failed build, one turn of the {@link Healer}. A fix becomes the project's next version
 *       and the workflow builds again after the policy's delay; an escalation leaves the generation in
 *       {@code needs_attention} with the classified errors and what was tried;</li>
 *   <li>{@code publish}: after a passing build, the built app becomes the version's preview, the fixes that got it
 *       there go into the fix memory, and the generation succeeds.</li>
 * </ul>
 */
public final class BuildSteps {
    /**
     * Lends a healer for one step: the Fixer agent's model calls go to {@code usage}, and whatever the fix memory
     * holds open (a Lucene index on one machine) is held only while {@code body} runs.
     */
    @FunctionalInterface
    public interface HealerFactory {
        <T> T withHealer(Consumer<Completion.Usage> usage, Function<Healer, T> body);
    }

    private final GenerationStore store;
    private final BlobStore blobs;
    private final BlobStore previews;
    private final AppFiles files;
    private final HealerFactory healers;
    private final String artifactBucket;
    private final Clock clock;

    /**
     * @param previews       where previews are published: the preview bucket in AWS, a folder served under
     *                       {@code /preview/} on one machine
     * @param artifactBucket the bucket name CodeBuild reads sources from and writes logs and artifacts to
     */
    public BuildSteps(GenerationStore store, BlobStore blobs, BlobStore previews, HealerFactory healers,
                      String artifactBucket, Clock clock) {
        this.store = store;
        this.blobs = blobs;
        this.previews = previews;
        this.files = new AppFiles(blobs);
        this.healers = healers;
        this.artifactBucket = artifactBucket;
        this.clock = clock;
    }

    /** The public path of a version's preview. */
    public static String previewPath(String projectId, int version) {
        return "/preview/" + projectId + "/" + version + "/";
    }

    public ObjectNode prepare(JsonNode input) {
        StepRef ref = StepRef.of(input);
        HealingState healing = HealingStateJson.read(input.get("healing")).afterBuild();
        Generation generation = active(ref);
        ProjectVersion version = store.version(ref.workspaceId(), generation.projectId(), generation.result().version())
                .orElseThrow(() -> new IllegalStateException("generation " + ref.generationId() + " has no saved version"));
        String buildId = ref.generationId() + "-" + healing.builds();
        String folder = "ws/" + ref.workspaceId() + "/builds/" + buildId;
        Map<String, byte[]> source = new TreeMap<>();
        files.load(ref.workspaceId(), version.manifestKey())
                .forEach((path, text) -> source.put(path, text.getBytes(StandardCharsets.UTF_8)));
        blobs.put(folder + "/source.zip", Zips.zip(source), "application/zip");
        store.apply(ref.workspaceId(), ref.generationId(), Transition.whileActive().state("Build"));
        ObjectNode out = JSON.createObjectNode()
                .put("buildId", buildId)
                .put("number", healing.builds())
                .put("version", version.number())
                .put("sourceLocation", artifactBucket + "/" + folder + "/source.zip")
                .put("artifactPath", folder)
                .put("logLocation", artifactBucket + "/" + folder + "/logs")
                .put("basePath", previewPath(generation.projectId(), version.number()));
        out.set("healing", HealingStateJson.write(healing));
        return out;
    }

    public ObjectNode heal(JsonNode input) {
        StepRef ref = StepRef.of(input);
        long started = System.nanoTime();
        JsonNode build = input.path("build");
        HealingState healing = HealingStateJson.read(build.get("healing"));
        Generation generation = active(ref);
        int parent = build.path("version").asInt();
        ProjectVersion version = store.version(ref.workspaceId(), generation.projectId(), parent)
                .orElseThrow(() -> new IllegalStateException("version " + parent + " does not exist"));
        Map<String, String> current = files.load(ref.workspaceId(), version.manifestKey());
        String log = buildLog(ref, input.path("failure"));
        List<Completion.Usage> usage = new ArrayList<>();
        Healer.Decision decision = healers.withHealer(usage::add, healer -> healer.afterFailure(healing, log, current));
        UsageLedger.record(store, clock, ref, "fixer", usage);
        ObjectNode out = JSON.createObjectNode();
        if (decision instanceof Healer.Retry retry) {
            String manifestKey = files.store(ref.workspaceId(), retry.files());
            FileManifest manifest = files.manifest(ref.workspaceId(), manifestKey);
            ProjectVersion healed = store.saveHealedVersion(ref.workspaceId(), ref.generationId(), parent, manifestKey,
                    manifest.entries().size(), manifest.totalBytes()).orElseThrow(() -> new GenerationNotActive(ref.generationId()));
            store.apply(ref.workspaceId(), ref.generationId(), Transition.whileActive().state("Heal")
                    .stageTook("Heal", (System.nanoTime() - started) / 1_000_000));
            out.put("decision", "retry").put("version", healed.number())
                    .put("delaySeconds", (retry.delay().toMillis() + 999) / 1000);
            out.set("fix", JSON.valueToTree(Healer.summary(retry.attempt())));
            out.set("healing", HealingStateJson.write(retry.state()));
            return out;
        }
        Healer.Escalate escalate = (Healer.Escalate) decision;
        store.apply(ref.workspaceId(), ref.generationId(), Transition.whileActive().to(GenerationStatus.NEEDS_ATTENTION)
                .state("NeedsAttention").failure("NeedsAttention", escalation(escalate).toString()));
        return out.put("decision", "escalate").put("reason", escalate.reason());
    }

    public ObjectNode publish(JsonNode input) {
        StepRef ref = StepRef.of(input);
        JsonNode build = input.path("build");
        HealingState healing = HealingStateJson.read(build.get("healing"));
        Generation generation = active(ref);
        int number = build.path("version").asInt();
        String distKey = build.path("artifactPath").asText() + "/dist.zip";
        requireOwn(ref, distKey);
        byte[] dist = blobs.get(distKey).orElseThrow(() -> new IllegalStateException("the build wrote no " + distKey));
        String prefix = "preview/" + generation.projectId() + "/" + number + "/"; // the key is the public path
        Zips.unzip(dist).forEach((path, body) -> previews.put(prefix + path, body, ContentTypes.of(path)));
        healers.withHealer(u -> { }, healer -> healer.afterSuccess(healing));
        List<Generation.AppliedFix> fixes = healing.attempts().stream().map(a -> new Generation.AppliedFix(
                a.kind().wireName(), a.signature(), a.source().wireName(), a.fix().fixer())).toList();
        String preview = previewPath(generation.projectId(), number);
        store.apply(ref.workspaceId(), ref.generationId(), Transition.whileActive().to(GenerationStatus.SUCCEEDED)
                .state("Succeeded").result(generation.result().built(healing.builds(), fixes, preview)));
        return JSON.createObjectNode().put("version", number).put("fileCount", generation.result().fileCount())
                .put("builds", healing.builds()).put("previewPath", preview);
    }

    private Generation active(StepRef ref) {
        Generation generation = store.find(ref.workspaceId(), ref.generationId())
                .orElseThrow(() -> new GenerationNotActive(ref.generationId()));
        if (!Transition.ACTIVE.contains(generation.status()) || generation.result() == null) {
            throw new GenerationNotActive(ref.generationId());
        }
        return generation;
    }

    /**
     * The failed build's log. The {@code .sync} integration fails the task with the build as its cause; the log is
     * in the artifact bucket at the build's {@code Logs.S3LogsArn} (gzipped, as CodeBuild writes it). Without one the
     * cause itself is all there is to read.
     */
    private String buildLog(StepRef ref, JsonNode failure) {
        String cause = failure.path("Cause").asText("");
        try {
            JsonNode buildJson = JSON.readTree(cause).path("Build");
            String arn = buildJson.path("Logs").path("S3LogsArn").asText("");
            String prefix = "arn:aws:s3:::" + artifactBucket + "/";
            if (arn.startsWith(prefix)) {
                String key = arn.substring(prefix.length());
                requireOwn(ref, key);
                byte[] body = blobs.get(key).orElse(null);
                if (body != null) {
                    return new String(key.endsWith(".gz") ? gunzip(body) : body, StandardCharsets.UTF_8);
                }
            }
        } catch (IOException notJson) {
            // a failure that is not a build (a States.Timeout, say): its cause is the log
        }
        return cause;
    }

    private static ObjectNode escalation(Healer.Escalate escalate) {
        ObjectNode cause = JSON.createObjectNode().put("reason", escalate.reason());
        ArrayNode errors = cause.putArray("errors");
        for (BuildError e : escalate.errors().subList(0, Math.min(20, escalate.errors().size()))) {
            ObjectNode error = errors.addObject().put("kind", e.kind().wireName()).put("category", e.category().wireName())
                    .put("tool", e.tool()).put("file", e.file()).put("line", e.line()).put("column", e.column())
                    .put("code", e.code()).put("message", e.message());
            error.set("facts", JSON.valueToTree(e.facts()));
        }
        ArrayNode attempts = cause.putArray("attempts");
        for (Attempt a : escalate.state().attempts()) {
            attempts.add(JSON.valueToTree(Healer.summary(a)).deepCopy());
        }
        return cause;
    }

    private static void requireOwn(StepRef ref, String key) {
        if (!key.startsWith("ws/" + ref.workspaceId() + "/builds/")) {
            throw new IllegalArgumentException("blob key " + key + " is not this workspace's build");
        }
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
