package com.nexusgen.domain.generations;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One run of the generation workflow for a project: prompt → plan → (approval) → code → review →
 * version. The workflow's steps move it forward; the API reads it and may approve, reject or cancel.
 *
 * @param approval      "auto" or "required" (a person approves the plan before any code is written)
 * @param currentState  the workflow state running now (or the last one, once final)
 * @param stageMillis   wall time per finished stage, in the order they ran
 * @param revisions     plans a person rejected with feedback
 * @param result        set once the version is saved
 * @param planKey       the blob holding the Architect's latest PRD, once there is one
 */
public record Generation(
        String workspaceId,
        String id,
        String projectId,
        String prompt,
        Approval approval,
        GenerationStatus status,
        String currentState,
        String executionArn,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Map<String, Long> stageMillis,
        int revisions,
        String feedback,
        Result result,
        String error,
        String cause,
        UsageTotals usage,
        String planKey) {

    public enum Approval {
        AUTO, REQUIRED;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * What the generation produced: the version saved last (a healed build saves a new one per fix), what the
     * review found, and once the build ran, how many builds it took, the fixes between them and the preview.
     */
    public record Result(int version, int fileCount, int criticalFindings, int totalFindings, List<String> findingRules,
                         int builds, List<AppliedFix> fixes, String previewPath) {
        public Result {
            findingRules = findingRules == null ? List.of() : List.copyOf(findingRules);
            fixes = fixes == null ? List.of() : List.copyOf(fixes);
        }

        /** A saved version that has not been built yet. */
        public Result(int version, int fileCount, int criticalFindings, int totalFindings, List<String> findingRules) {
            this(version, fileCount, criticalFindings, totalFindings, findingRules, 0, List.of(), null);
        }

        public Result withVersion(int number, int files) {
            return new Result(number, files, criticalFindings, totalFindings, findingRules, builds, fixes, previewPath);
        }

        public Result built(int buildCount, List<AppliedFix> applied, String preview) {
            return new Result(version, fileCount, criticalFindings, totalFindings, findingRules, buildCount, applied, preview);
        }
    }

    /** A fix the self-healing loop applied between two builds: for which error, from where, by which fixer. */
    public record AppliedFix(String kind, String signature, String source, String fixer) {
    }

    public Generation {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(status, "status");
        stageMillis = stageMillis == null ? Map.of() : Map.copyOf(stageMillis);
        usage = usage == null ? UsageTotals.ZERO : usage;
    }
}
