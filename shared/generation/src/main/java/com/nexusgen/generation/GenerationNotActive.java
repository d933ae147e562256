package com.nexusgen.generation;

/**
 * The generation was cancelled or finished while the workflow was still running a step; the step
 * did nothing. Not retryable: the workflow's Catch ends the execution.
 */
public final class GenerationNotActive extends RuntimeException {
    public GenerationNotActive(String generationId) {
        super("generation " + generationId + " is no longer active");
    }
}
