package com.nexusgen.builds;

/**
 * Builds an app: install its locked dependencies, {@code npm run build}, {@code npm test}. In AWS the state machine
 * starts a CodeBuild project ({@code codebuild:startBuild.sync}, buildspec in template.yaml) and no Java code runs
 * the build; on one machine {@link LocalBuildRunner} does the same work, and the local platform maps the CodeBuild
 * integration to it.
 */
public interface BuildRunner {
    BuildResult build(BuildRequest request) throws InterruptedException;
}
