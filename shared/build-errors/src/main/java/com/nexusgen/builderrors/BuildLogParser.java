package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorCategory;
import com.nexusgen.domain.builds.ErrorKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the log of a failed build into the errors it reports, classified into the build-error taxonomy.
 *
 * <p>A log is what the build runner wrote: each stage framed by {@code > nexusgen-build stage=<s> command=<c>} and
 * {@code > nexusgen-build stage=<s> exit=<code> elapsed_ms=<n>}, the command's combined stdout and stderr between
 * them, and {@code > nexusgen-build limit=timeout|output|dist message=...} where the runner stopped something. A log
 * without frames (a tool's output pasted as is) is read the same way, as one stage of unknown outcome.
 *
 * <p>The result is deduplicated and in output order, except that errors which usually follow from another (unused
 * declarations, the output cap) come after the rest, so the first error is the root cause when the log allows it.
 * Errors printed by a stage that exited 0 are dropped (a test may log an error on purpose), except resource
 * exhaustion, which breaks the build even when a tool says it passed. A stage that failed without a recognised error
 * yields one unknown error holding its most informative line. Parsing never throws: whatever the input, the answer is
 * a list, empty for a log that reports no failure.
 */
public final class BuildLogParser {

    /** Order matters: a reader claims the lines it explains, so the most specific formats go first. */
    private static final List<LogReader> READERS = List.of(
            new NpmReader(), new VitestReader(), new ViteReader(), new EsbuildReader(), new TscReader(),
            new NodeReader(), new ShellReader());
    private static final RunnerLimitReader LIMITS = new RunnerLimitReader();

    private BuildLogParser() {
    }

    /** The errors a build log reports; paths are made app-relative by what the log itself says of the app root. */
    public static List<BuildError> parse(String log) {
        return parse(log, null);
    }

    /**
     * The errors a build log reports, with paths under {@code appRoot} (the folder the build ran in, e.g.
     * {@code /tmp/nexusgen-build-123/app}) made relative to it.
     */
    public static List<BuildError> parse(String log, String appRoot) {
        try {
            return parseStrictly(log, appRoot);
        } catch (RuntimeException | StackOverflowError e) {
            // A parser failure must not fail the healing loop: report the build as failed for a reason unknown.
            return List.of(new BuildError("runner", null, 0, 0, null,
                    "the build log could not be read: " + e.getClass().getSimpleName(), ErrorKind.UNKNOWN, null));
        }
    }

    /** {@link #parse(String, String)} without its safety net, so that tests see every failure of the parser. */
    static List<BuildError> parseStrictly(String log, String appRoot) {
        if (log == null || log.isBlank()) {
            return List.of();
        }
        List<String> lines = LogLines.split(log);
        ParseContext context = new ParseContext(lines, AppPaths.of(appRoot, lines));
        List<LogSection> sections = StageSplitter.split(context);
        LIMITS.read(context, new LogSection(null, null, null, 0, lines.size()));
        for (LogSection section : sections) {
            for (LogReader reader : READERS) {
                reader.read(context, section);
            }
        }
        List<Finding> kept = keep(context, sections);
        kept.sort(Comparator.comparingInt((Finding f) -> f.weight().ordinal()).thenComparingInt(Finding::position));
        return deduplicate(kept);
    }

    /** Applies each stage's outcome to what was found in it. */
    private static List<Finding> keep(ParseContext context, List<LogSection> sections) {
        List<Finding> all = context.findings();
        List<Finding> limits = new ArrayList<>();
        List<List<Finding>> bySection = new ArrayList<>();
        boolean[] limited = new boolean[sections.size()];
        for (int s = 0; s < sections.size(); s++) {
            bySection.add(new ArrayList<>());
        }
        for (Finding f : all) {
            int s = sectionOf(sections, f.position());
            boolean limit = "runner".equals(f.error().tool()) && f.error().code() != null && f.error().code().startsWith("limit=");
            if (limit) {
                limits.add(f);
                if (s >= 0) {
                    limited[s] = true;
                }
            } else if (s >= 0) {
                bySection.get(s).add(f);
            }
        }
        List<Finding> kept = new ArrayList<>(limits);
        boolean anyFailure = !kept.isEmpty();
        for (int s = 0; s < sections.size(); s++) {
            LogSection section = sections.get(s);
            List<Finding> inSection = bySection.get(s);
            boolean precise = inSection.stream().anyMatch(f -> f.weight() != Finding.Weight.WRAPPER);
            if (precise) {
                inSection.removeIf(f -> f.weight() == Finding.Weight.WRAPPER);
            }
            if (section.succeeded()) {
                inSection.removeIf(f -> f.error().category() != ErrorCategory.RESOURCE);
            }
            if (inSection.isEmpty() && !limited[s] && section.failed()) {
                inSection.addAll(fallback(context, section));
            }
            anyFailure |= !inSection.isEmpty();
            kept.addAll(inSection);
        }
        if (!anyFailure) {
            // Output without exit codes failed only if it says so; the last stage that does is the one that stopped.
            for (int s = sections.size() - 1; s >= 0; s--) {
                LogSection section = sections.get(s);
                if (section.exitCode() == null && ExitCodeFallback.soundsFailed(context, section)) {
                    return new ArrayList<>(fallback(context, section));
                }
            }
        }
        return anyFailure ? kept : new ArrayList<>();
    }

    private static List<Finding> fallback(ParseContext context, LogSection section) {
        List<Finding> all = context.findings();
        int before = all.size();
        ExitCodeFallback.report(context, section);
        return List.copyOf(all.subList(before, all.size()));
    }

    /** The index of the section holding a log line (sections are in log order and do not overlap), or -1. */
    private static int sectionOf(List<LogSection> sections, int position) {
        int low = 0;
        int high = sections.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            LogSection s = sections.get(mid);
            if (position < s.from()) {
                high = mid - 1;
            } else if (position >= s.to()) {
                low = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private static List<BuildError> deduplicate(List<Finding> findings) {
        Set<String> seen = new HashSet<>();
        List<BuildError> errors = new ArrayList<>();
        for (Finding f : findings) {
            BuildError e = f.error();
            int newline = e.message().indexOf('\n');
            String firstLine = newline < 0 ? e.message() : e.message().substring(0, newline);
            String key = e.kind() + "|" + Objects.toString(e.file(), "") + "|" + e.line() + "|" + e.column() + "|"
                    + Objects.toString(e.code(), "") + "|" + firstLine;
            if (seen.add(key)) {
                errors.add(e);
            }
        }
        return List.copyOf(errors);
    }
}
