package com.nexusgen.api;

import com.nexusgen.domain.code.FileManifest;
import com.nexusgen.domain.generations.Generation;
import com.nexusgen.domain.generations.GenerationWorkflow;
import com.nexusgen.domain.generations.Generations;
import com.nexusgen.domain.generations.MonthlyUsage;
import com.nexusgen.domain.generations.ProjectVersion;
import com.nexusgen.domain.generations.UsageTotals;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How generations, versions and usage look on the wire. */
final class GenerationViews {
    private GenerationViews() {
    }

    @Serdeable
    @Schema(name = "GenerationStarted")
    record Started(String generationId, @Schema(implementation = GenerationStatusName.class) String status) {
    }

    @Serdeable
    @Schema(name = "GenerationInput")
    record Input(@Schema(description = "What to build, in plain words", maxLength = Generations.MAX_PROMPT, requiredMode = Schema.RequiredMode.REQUIRED) String prompt,
                 @Schema(description = "required: a person approves the plan before code is written (default auto)", implementation = ApprovalName.class) String approval) {
    }

    @Serdeable
    @Schema(name = "RejectInput")
    record RejectInput(@Schema(description = "What to change in the plan", maxLength = Generations.MAX_FEEDBACK, requiredMode = Schema.RequiredMode.REQUIRED) String feedback) {
    }

    @Serdeable
    @Schema(name = "Usage", description = "Model usage; cost in US dollars")
    record Usage(long calls, long inputTokens, long outputTokens, BigDecimal costUsd) {
        static Usage of(UsageTotals t) {
            return new Usage(t.calls(), t.inputTokens(), t.outputTokens(), BigDecimal.valueOf(t.costMicros(), 6));
        }
    }

    @Serdeable
    @Schema(name = "GenerationResult", description = "The version saved last; once built, how many builds it took, "
            + "the fixes the self-healing loop applied between them, and where its preview is served")
    record Result(int version, int fileCount, int criticalFindings, int totalFindings, List<String> findingRules,
                  int builds, List<AppliedFix> fixes,
                  @Schema(description = "Path of the built app's preview, e.g. /preview/{projectId}/{version}/") String previewPath) {
        static Result of(Generation.Result r) {
            return new Result(r.version(), r.fileCount(), r.criticalFindings(), r.totalFindings(), r.findingRules(),
                    r.builds(), r.fixes().stream().map(f -> new AppliedFix(f.kind(), f.signature(), f.source(), f.fixer())).toList(),
                    r.previewPath());
        }
    }

    @Serdeable
    @Schema(name = "AppliedFix", description = "A fix between two builds: the error's taxonomy kind and normalized "
            + "signature, where the fix came from (memory, rule or agent) and which fixer made it")
    record AppliedFix(String kind, String signature, String source, String fixer) {
    }

    @Serdeable
    @Schema(name = "ProgressEvent", description = "One step of the workflow, from its execution history")
    record Progress(Instant at, String type, String state, String error) {
    }

    @Serdeable
    @Schema(name = "Generation")
    record View(String id, String projectId, String prompt,
                @Schema(implementation = ApprovalName.class) String approval,
                @Schema(implementation = GenerationStatusName.class) String status,
                @Schema(description = "The workflow state running now, or the last one") String currentState,
                String createdBy, Instant createdAt, Instant updatedAt,
                @Schema(description = "Compute time per stage, in milliseconds") Map<String, Long> stageMillis,
                int revisions, String feedback, Usage usage, Result result, String error, String cause,
                List<Progress> progress) {
        static View of(Generation g, List<GenerationWorkflow.ProgressEvent> progress) {
            Generation.Result r = g.result();
            return new View(g.id(), g.projectId(), g.prompt(), g.approval().wireName(), g.status().wireName(),
                    g.currentState(), g.createdBy(), g.createdAt(), g.updatedAt(), new LinkedHashMap<>(g.stageMillis()),
                    g.revisions(), g.feedback(), Usage.of(g.usage()),
                    r == null ? null : Result.of(r),
                    g.error(), g.cause(),
                    progress.stream().map(p -> new Progress(p.at(), p.type(), p.state(), p.error())).toList());
        }
    }

    @Serdeable
    @Schema(name = "ProjectVersion")
    record Version(int number, String generationId, int fileCount, long totalBytes, Instant createdAt) {
        static Version of(ProjectVersion v) {
            return new Version(v.number(), v.generationId(), v.fileCount(), v.totalBytes(), v.createdAt());
        }
    }

    @Serdeable
    @Schema(name = "ProjectVersionPage")
    record VersionPage(List<Version> items, String nextCursor) {
    }

    @Serdeable
    @Schema(name = "VersionFile")
    record File(String path, String sha256, long size) {
    }

    @Serdeable
    @Schema(name = "VersionFiles")
    record Files(int version, List<File> files) {
        static Files of(int version, FileManifest manifest) {
            return new Files(version, manifest.entries().stream().map(e -> new File(e.path(), e.sha256(), e.size())).toList());
        }
    }

    @Serdeable
    @Schema(name = "MonthlyUsage")
    record Monthly(String month, Usage total, Map<String, Usage> byAgent) {
        static Monthly of(MonthlyUsage u) {
            Map<String, Usage> agents = new LinkedHashMap<>();
            u.byAgent().forEach((agent, totals) -> agents.put(agent, Usage.of(totals)));
            return new Monthly(u.month(), Usage.of(u.total()), agents);
        }
    }
}
