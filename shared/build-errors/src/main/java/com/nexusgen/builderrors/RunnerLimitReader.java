package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.ErrorKind;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runner's own reports: {@code > nexusgen-build limit=timeout|output|dist message=...}. A wall-time limit is
 * resource.timeout; the output cap and the dist size limit are resource.disk (both are size limits on what a build
 * may write). The output cap is ranked secondary: a build that prints megabytes usually prints them about a real
 * error, which stays the root cause.
 */
final class RunnerLimitReader implements LogReader {

    private static final Pattern LIMIT = Pattern.compile("^> nexusgen-build limit=(\\S+)(?:\\s+message=(.*))?$");
    /** The runner's dist check as printed without its frame prefix. */
    private static final Pattern BARE_DIST = Pattern.compile("^dist is \\d+ bytes, over the limit of \\d+ bytes\\.?\\s*$");
    private static final Pattern VALUE = Pattern.compile("(?i)limit(?: of)? (\\d[\\d,._]*\\s?(?:ms|s|seconds|minutes|bytes|[kmg]i?b)?)\\b");

    @Override
    public void read(ParseContext context, LogSection section) {
        for (int i = section.from(); i < section.to(); i++) {
            String line = context.line(i);
            if (!context.free(i)) {
                continue;
            }
            if (line.startsWith("dist is ") && BARE_DIST.matcher(line).matches()) {
                line = StageSplitter.PREFIX + "limit=dist message=" + line.strip();
            } else if (!line.startsWith(StageSplitter.PREFIX)) {
                continue;
            }
            Matcher m = LIMIT.matcher(line);
            if (!m.matches()) {
                continue;
            }
            context.claim(i, i + 1);
            String name = m.group(1);
            String message = m.group(2) == null || m.group(2).isBlank() ? "limit " + name + " exceeded" : m.group(2).strip();
            Classification c = classify(name, message);
            Finding.Weight weight = "output".equals(name) ? Finding.Weight.SECONDARY : Finding.Weight.PRIMARY;
            context.report(i, context.error("runner", null, 0, 0, "limit=" + name, message, c), weight);
        }
    }

    static Classification classify(String limitName, String message) {
        String name = limitName == null ? "" : limitName.toLowerCase(Locale.ROOT);
        if (name.startsWith("limit=")) {
            name = name.substring("limit=".length());
        }
        ErrorKind kind = switch (name) {
            case "timeout", "time", "wall-time", "walltime" -> ErrorKind.RESOURCE_TIMEOUT;
            case "output", "dist", "disk", "size" -> ErrorKind.RESOURCE_DISK;
            case "memory", "mem", "heap" -> ErrorKind.RESOURCE_MEMORY;
            case "cpu" -> ErrorKind.RESOURCE_CPU;
            default -> ErrorKind.UNKNOWN;
        };
        Map<String, String> facts = new LinkedHashMap<>();
        Matcher value = VALUE.matcher(message == null ? "" : message);
        facts.put(Facts.LIMIT, value.find() ? value.group(1).strip() : name);
        return new Classification(kind, facts);
    }
}
