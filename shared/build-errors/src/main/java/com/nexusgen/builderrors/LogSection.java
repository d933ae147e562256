package com.nexusgen.builderrors;

/**
 * One stage of a build log: the lines between the runner's header and footer ({@code from} inclusive, {@code to}
 * exclusive, indices into the whole log), or a stretch of output the runner did not frame (a log without headers, a
 * truncated tail). {@code exitCode} is null when no footer says how the stage ended.
 */
record LogSection(String stage, String command, Integer exitCode, int from, int to) {

    boolean failed() {
        return exitCode != null && exitCode != 0;
    }

    boolean succeeded() {
        return exitCode != null && exitCode == 0;
    }

    /** npm runs package scripts through sh, so shell complaints in an npm stage are npm's to report. */
    boolean runsNpm() {
        return command != null && (command.startsWith("npm ") || command.startsWith("npx ") || command.contains(" npm "));
    }
}
