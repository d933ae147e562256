package com.nexusgen.builderrors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vitest's failure reports:
 * <pre>
 *  FAIL  src/data/storage.test.ts &gt; storage &gt; hands out distinct ids        (one or more FAIL lines)
 * TypeError: Cannot read properties of undefined (reading 'prefix')            (the error)
 *  ❯ Module.newId src/data/storage.ts:86:63                                    (frames; the first in the app locates it)
 *      86|   if (cfg?.prefix !== "x") { ...
 * </pre>
 * and the "Unhandled Errors" section, "No test files found", the summary tree ({@code × test} / {@code → message},
 * used only when no detailed report survived, e.g. output cut by the runner's cap). Output tests printed themselves
 * ({@code stderr | src/x.test.ts > ...}) is claimed and ignored: a test that logs an error on purpose is not one.
 * The same error reported for several tests (a broken module every journey imports) is deduplicated later, by
 * location and message.
 */
final class VitestReader implements LogReader {

    private static final Pattern FAIL = Pattern.compile("^\\s*FAIL\\s+(?<file>\\S+)(?:\\s+(?:>|\\[).*)?\\s*$");
    private static final Pattern ERROR_HEAD = Pattern.compile("^\\s*(?<type>(?:[A-Z]\\w*)?Error)(?: \\[(?<code>[A-Z0-9_]+)\\])?: (?<msg>.*)$");
    private static final Pattern FRAME = Pattern.compile("^\\s*❯ (?:(?<fn>\\S+) )?(?<file>[^\\s:]+|[A-Za-z]:[^\\s:]+):(?<line>\\d+):(?<col>\\d+)\\s*$");
    private static final Pattern CODE_FRAME = Pattern.compile("^\\s*\\d*\\s*\\|.*$");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*⎯{3,}.*$");
    private static final Pattern UNHANDLED = Pattern.compile("^\\s*⎯+ (?:Uncaught Exception|Unhandled Rejection|Unhandled Errors?)s? ⎯+\\s*$");
    private static final Pattern TREE_FAIL = Pattern.compile("^\\s+[×✗]\\s+(?<name>.+?)(?:\\s+\\d+ms)?\\s*$");
    private static final Pattern TREE_MESSAGE = Pattern.compile("^\\s+→\\s+(?<msg>.+)$");
    private static final Pattern ORIGIN = Pattern.compile("This error originated in \"(?<file>[^\"]+)\" test file");
    private static final Pattern CAUSED_BY = Pattern.compile("^\\s*Caused by: (?<msg>.+)$");
    private static final Pattern SUMMARY = Pattern.compile("^\\s*(?:Test Files|Tests|Errors|Start at|Duration)\\s{1,}\\S.*$");
    private static final int MAX_MESSAGE_LINES = 12;

    private record TreeFailure(int position, String message) {
    }

    @Override
    public void read(ParseContext context, LogSection section) {
        List<TreeFailure> tree = new ArrayList<>();
        boolean detailed = false;
        for (int i = section.from(); i < section.to(); i++) {
            if (!context.free(i)) {
                continue;
            }
            String line = context.line(i);
            if (line.startsWith("stdout | ") || line.startsWith("stderr | ")) {
                i = claimUntilBlank(context, section, i) - 1;
            } else if (line.contains("No test files found")) {
                context.claim(i, i + 1);
                context.report(i, context.error("vitest", null, 0, 0, null, line.strip(),
                        ErrorClassifier.classification("vitest", null, line)));
                detailed = true;
            } else if (line.contains("FAIL") && FAIL.matcher(line).matches()) {
                i = readFailure(context, section, i) - 1;
                detailed = true;
            } else if (line.contains("⎯") && UNHANDLED.matcher(line).matches()) {
                context.claim(i, i + 1);
                int head = nextNonBlank(context, section, i + 1);
                if (head >= 0 && ERROR_HEAD.matcher(context.line(head)).matches()) {
                    i = readError(context, section, head, null, i) - 1;
                    detailed = true;
                }
            } else if ((line.contains("×") || line.contains("✗")) && TREE_FAIL.matcher(line).matches()) {
                context.claim(i, i + 1);
                if (i + 1 < section.to() && context.free(i + 1)) {
                    Matcher msg = TREE_MESSAGE.matcher(context.line(i + 1));
                    if (msg.matches()) {
                        context.claim(i + 1, i + 2);
                        tree.add(new TreeFailure(i, msg.group("msg")));
                        i++;
                    }
                }
            }
        }
        if (!detailed) {
            for (TreeFailure failure : tree) {
                context.report(failure.position(), context.error("vitest", null, 0, 0, null, failure.message(),
                        ErrorClassifier.classification("vitest", null, failure.message())));
            }
        }
    }

    private static int claimUntilBlank(ParseContext context, LogSection section, int from) {
        int j = from;
        while (j < section.to() && context.free(j) && !context.line(j).isBlank()) {
            j++;
        }
        context.claim(from, j);
        return Math.max(j, from + 1);
    }

    private static int nextNonBlank(ParseContext context, LogSection section, int from) {
        for (int j = from; j < section.to() && j < from + 5; j++) {
            if (!context.free(j)) {
                return -1;
            }
            if (!context.line(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }

    /** One or more FAIL lines share the error that follows them. Returns the first line after the report. */
    private static int readFailure(ParseContext context, LogSection section, int at) {
        String failedFile = null;
        int j = at;
        while (j < section.to() && context.free(j)) {
            Matcher fail = FAIL.matcher(context.line(j));
            if (fail.matches()) {
                if (failedFile == null) {
                    failedFile = fail.group("file");
                }
                j++;
            } else if (context.line(j).isBlank()) {
                j++;
            } else {
                break;
            }
        }
        context.claim(at, j);
        if (j >= section.to() || !context.free(j) || SEPARATOR.matcher(context.line(j)).matches()) {
            return j;
        }
        return readError(context, section, j, failedFile, at);
    }

    /** Reads an error head, its continuation lines and frames, and reports it at {@code position}. */
    private static int readError(ParseContext context, LogSection section, int head, String failedFile, int position) {
        String first = context.line(head).strip();
        Matcher h = ERROR_HEAD.matcher(first);
        String code = h.matches() ? h.group("code") : null;
        List<String> lines = new ArrayList<>();
        lines.add(first);
        String frameFile = null;
        int frameLine = 0;
        int frameColumn = 0;
        String cause = null;
        String origin = null;
        int j = head + 1;
        boolean inFrames = false;
        while (j < section.to() && context.free(j)) {
            String l = context.line(j);
            if (SEPARATOR.matcher(l).matches() || FAIL.matcher(l).matches() || l.startsWith(StageSplitter.PREFIX)
                    || SUMMARY.matcher(l).matches()) {
                break;
            }
            Matcher frame = FRAME.matcher(l);
            Matcher causedBy = CAUSED_BY.matcher(l);
            Matcher originated = ORIGIN.matcher(l);
            if (frame.matches()) {
                inFrames = true;
                String file = context.paths().relativize(frame.group("file"));
                if (frameFile == null && AppPaths.isAppFile(file)) {
                    frameFile = frame.group("file");
                    frameLine = ParseContext.parseInt(frame.group("line"));
                    frameColumn = ParseContext.parseInt(frame.group("col"));
                }
            } else if (causedBy.matches()) {
                inFrames = true;
                if (cause == null) {
                    cause = causedBy.group("msg");
                }
            } else if (originated.find()) {
                origin = originated.group("file");
            } else if (!inFrames && !l.isBlank() && !CODE_FRAME.matcher(l).matches() && lines.size() < MAX_MESSAGE_LINES) {
                lines.add(l.strip());
            }
            j++;
        }
        context.claim(head, j);
        String message = String.join("\n", lines);
        if (EsbuildReader.FAILED_WITH.matcher(first).find()) {
            for (String l : lines) {
                Matcher m = EsbuildReader.ERROR_LINE.matcher(l);
                if (m.matches()) {
                    context.report(position, EsbuildReader.fromErrorLine(context, m));
                    return j;
                }
            }
        }
        Classification c = ErrorClassifier.classification("vitest", code, message);
        if (!c.known() && cause != null) {
            Classification byCause = ErrorClassifier.classification("vitest", null, cause);
            if (byCause.known()) {
                c = byCause;
            }
        }
        String file = frameFile != null ? frameFile : failedFile != null ? failedFile : origin;
        context.report(position, context.error("vitest", file, frameFile != null ? frameLine : 0,
                frameFile != null ? frameColumn : 0, code, message, c));
        return j;
    }
}
