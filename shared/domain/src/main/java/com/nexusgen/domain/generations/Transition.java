package com.nexusgen.domain.generations;

import java.util.EnumSet;
import java.util.Set;

/**
 * One change to a generation, applied only while its status is one of {@code from}: the workflow's
 * steps and the API write the same item, and the condition is what keeps a cancelled generation
 * cancelled when a late step reports in. Null fields are left as they are.
 */
public record Transition(Set<GenerationStatus> from, GenerationStatus to, String currentState, String stage,
                         Long stageMillis, String taskToken, boolean removeTaskToken, String executionArn,
                         String feedback, boolean countRevision, Generation.Result result, String error,
                         String cause, String planKey) {

    public static final Set<GenerationStatus> ACTIVE =
            EnumSet.of(GenerationStatus.QUEUED, GenerationStatus.RUNNING, GenerationStatus.AWAITING_APPROVAL);

    public Transition {
        from = Set.copyOf(from);
    }

    public static Transition from(Set<GenerationStatus> from) {
        return new Transition(from, null, null, null, null, null, false, null, null, false, null, null, null, null);
    }

    public static Transition whileActive() {
        return from(ACTIVE);
    }

    public Transition to(GenerationStatus status) {
        return new Transition(from, status, currentState, stage, stageMillis, taskToken, removeTaskToken, executionArn,
                feedback, countRevision, result, error, cause, planKey);
    }

    public Transition state(String state) {
        return new Transition(from, to, state, stage, stageMillis, taskToken, removeTaskToken, executionArn,
                feedback, countRevision, result, error, cause, planKey);
    }

    /** Adds {@code millis} to the stage's wall time (a stage that runs twice, e.g. review rounds, adds up). */
    public Transition stageTook(String name, long millis) {
        return new Transition(from, to, currentState, name, millis, taskToken, removeTaskToken, executionArn,
                feedback, countRevision, result, error, cause, planKey);
    }

    public Transition taskToken(String token) {
        return new Transition(from, to, currentState, stage, stageMillis, token, false, executionArn,
                feedback, countRevision, result, error, cause, planKey);
    }

    public Transition clearTaskToken() {
        return new Transition(from, to, currentState, stage, stageMillis, null, true, executionArn,
                feedback, countRevision, result, error, cause, planKey);
    }

    public Transition executionArn(String arn) {
        return new Transition(from, to, currentState, stage, stageMillis, taskToken, removeTaskToken, arn,
                feedback, countRevision, result, error, cause, planKey);
    }

    public Transition rejectedWith(String text) {
        return new Transition(from, to, currentState, stage, stageMillis, taskToken, removeTaskToken, executionArn,
                text, true, result, error, cause, planKey);
    }

    public Transition result(Generation.Result value) {
        return new Transition(from, to, currentState, stage, stageMillis, taskToken, removeTaskToken, executionArn,
                feedback, countRevision, value, error, cause, planKey);
    }

    public Transition planKey(String key) {
        return new Transition(from, to, currentState, stage, stageMillis, taskToken, removeTaskToken, executionArn,
                feedback, countRevision, result, error, cause, key);
    }

    public Transition failure(String errorName, String errorCause) {
        return new Transition(from, to, currentState, stage, stageMillis, taskToken, removeTaskToken, executionArn,
                feedback, countRevision, result, errorName, errorCause, planKey);
    }
}
