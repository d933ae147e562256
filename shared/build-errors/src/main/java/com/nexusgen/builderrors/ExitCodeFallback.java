package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.ErrorKind;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The error of a stage that failed without saying anything a reader recognised. Some exit statuses speak for
 * themselves: 126 (a command that is not executable), 127 (a command that is not installed), 137 (SIGKILL: in a
 * sandbox without a time-limit report, the kernel's OOM killer), 152 (SIGXCPU: the CPU-time limit). Otherwise the
 * error is unknown and its message is the stage's most informative line: the first that says error, failed or fatal,
 * else its last line.
 */
final class ExitCodeFallback {

    private static final Pattern TELLING = Pattern.compile("(?i)\\b(?:error|failed|failure|fatal|cannot|can't|unable|denied|"
            + "killed|aborted|exception|not found|ERR!|segmentation fault)\\b|✗|✘");
    private static final Pattern NOISE = Pattern.compile("^\\s+at \\S.*|^> nexusgen-build .*|^npm (?:warn|WARN|notice) .*"
            + "|^\\s*(?:Test Files|Tests|Duration|Start at)\\s.*|^> \\S+@\\S+ \\S+$");

    private ExitCodeFallback() {
    }

    static void report(ParseContext context, LogSection section) {
        ErrorKind kind = switch (section.exitCode() == null ? 0 : section.exitCode()) {
            case 126 -> ErrorKind.RUNTIME_PERMISSION;
            case 127 -> ErrorKind.DEPENDENCY_MISSING;
            case 137 -> ErrorKind.RESOURCE_MEMORY;
            case 152 -> ErrorKind.RESOURCE_CPU;
            default -> ErrorKind.UNKNOWN;
        };
        int at = tellingLine(context, section);
        String message;
        if (at >= 0) {
            message = context.line(at).strip();
        } else {
            at = lastLine(context, section);
            message = at >= 0 ? context.line(at).strip() : null;
        }
        if (message == null || message.isEmpty()) {
            at = section.from();
            message = "stage " + (section.stage() == null ? "?" : section.stage()) + " exited with code "
                    + section.exitCode() + (section.command() == null ? "" : " (" + section.command() + ")");
        }
        Classification c = kind == ErrorKind.UNKNOWN ? ErrorClassifier.classification(null, null, message)
                : new Classification(kind, Map.of());
        String code = section.exitCode() == null ? null : "exit " + section.exitCode();
        context.report(Math.max(at, section.from()), context.error(section.runsNpm() ? "npm" : "runner", null, 0, 0,
                code, message, c));
    }

    /** A log without frames fails only if it says so: some line must sound like an error. */
    static boolean soundsFailed(ParseContext context, LogSection section) {
        return tellingLine(context, section) >= 0;
    }

    private static int tellingLine(ParseContext context, LogSection section) {
        for (int i = section.from(); i < section.to(); i++) {
            String line = context.line(i);
            if (!line.isBlank() && line.length() < 2000 && !NOISE.matcher(line).matches() && TELLING.matcher(line).find()) {
                return i;
            }
        }
        return -1;
    }

    private static int lastLine(ParseContext context, LogSection section) {
        for (int i = section.to() - 1; i >= section.from(); i--) {
            String line = context.line(i);
            if (!line.isBlank() && !NOISE.matcher(line).matches()) {
                return i;
            }
        }
        return -1;
    }
}
