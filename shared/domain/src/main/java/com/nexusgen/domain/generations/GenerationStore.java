package com.nexusgen.domain.generations;

import com.nexusgen.domain.common.Page;
import com.nexusgen.domain.common.PageRequest;

import java.util.Optional;

/** Generations, the versions they save and the model usage they spend, in one store (they change together). */
public interface GenerationStore {
    /** Inserts a new generation; its id must be new. */
    void create(Generation generation);

    Optional<Generation> find(String workspaceId, String generationId);

    /** The generation's task token, kept out of {@link Generation} so it never reaches a response. */
    Optional<String> taskToken(String workspaceId, String generationId);

    /** Applies the transition when the status allows it; empty when it does not (or there is no such generation). */
    Optional<Generation> apply(String workspaceId, String generationId, Transition transition);

    /**
     * Saves the next version of the project and records it as the generation's result, atomically. The
     * generation stays running: it succeeds once the version builds (or a healed version does). Idempotent: when the generation already saved a version, that version is returned unchanged.
     * Empty when the generation is no longer active (e.g. cancelled).
     */
    Optional<ProjectVersion> saveVersion(String workspaceId, String generationId, String manifestKey, int fileCount,
                                         long totalBytes, Generation.Result result);

    /**
     * Saves the files a fix produced as the project's next version, in place of {@code parentVersion} as the
     * generation's result; idempotent (a retried task gets the version saved the first time). Empty when the
     * generation is no longer active or its result is not {@code parentVersion} nor a later one.
     */
    Optional<ProjectVersion> saveHealedVersion(String workspaceId, String generationId, int parentVersion,
                                               String manifestKey, int fileCount, long totalBytes);

    Optional<ProjectVersion> version(String workspaceId, String projectId, int number);

    Optional<ProjectVersion> latestVersion(String workspaceId, String projectId);

    /** Newest first. */
    Page<ProjectVersion> versions(String workspaceId, String projectId, PageRequest page);

    /** The plan (PRD blob key) of the project's latest succeeded generation, if any. */
    Optional<String> latestPlanKey(String workspaceId, String projectId);

    /** Records one model call and adds it to its generation's and its workspace-month's totals; once per callId. */
    void recordUsage(UsageCall call);

    MonthlyUsage monthlyUsage(String workspaceId, String month);
}
