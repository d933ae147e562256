package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.ErrorKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vite's error reports, and rollup's and esbuild's as vite passes them on:
 * <pre>
 * error during build:
 * [vite]: Rollup failed to resolve import "x" from "/abs/app/src/y.tsx".      (message, possibly several lines)
 * file: /abs/app/src/y.tsx:12:4                                               (optional; rollup columns count from 0)
 *     at getRollupError (file:///.../rollup/dist/es/shared/parseAst.js:...)   (stack: rollup's or vite's)
 * </pre>
 * and the same after {@code failed to load config from /abs/app/vite.config.ts} (the config threw or did not
 * bundle: the inner error decides, configuration when it says nothing more specific), and the dev server's
 * {@code [vite] Internal server error: ...} with its {@code Plugin:} and {@code File:} lines. A block whose message is
 * esbuild's "Transform failed with 1 error:" is reported as the esbuild errors it lists.
 */
final class ViteReader implements LogReader {

    private static final Pattern BLOCK_START = Pattern.compile("^\\s*error (?:during build|when starting (?:dev|preview) server):\\s*$");
    private static final Pattern DEV_ERROR = Pattern.compile("^(?:\\d{1,2}:\\d{2}:\\d{2}(?: [AP]M)? )?\\[vite\\] (?:Internal server error|Pre-transform error|error): (?<msg>.*)$");
    private static final Pattern CONFIG = Pattern.compile("^\\s*failed to load config from (?<path>\\S.*?)\\s*$");
    private static final Pattern FILE_LINE = Pattern.compile("^\\s*(?:file|File): (?<file>\\S.*?)"
            + "(?::(?<line>\\d+|undefined)(?::(?<col>\\d+|NaN|undefined))?)?\\s*$");
    /** vite:build-html points at the HTML it could not parse with a frame-less "at" line: 1-based, like parse5. */
    private static final Pattern AT_LOCATION = Pattern.compile("^\\s*at (?:file://)?(?<file>/[^\\s()]+|[A-Za-z]:[^\\s()]+):(?<line>\\d+):(?<col>\\d+)\\s*$");
    private static final Pattern TAGS = Pattern.compile("^(?:\\[(?:vite|plugin)?[:\\s]?[\\w:@/.-]*\\]:?\\s+)+");
    private static final Pattern ROLLUP_LOCATION = Pattern.compile("^(?<file>\\S+) \\((?<line>\\d+):(?<col>\\d+)\\): ");
    private static final Pattern FROM = Pattern.compile("from \"(?<file>[^\"]+)\"");
    private static final Pattern NODE_CODE = Pattern.compile("^(?:[A-Z]\\w*)?Error \\[(?<code>[A-Z0-9_]+)\\]: ");
    private static final Pattern STACK = Pattern.compile("^\\s+at \\S.*");
    private static final Pattern CODE_FRAME = Pattern.compile("^\\s*\\d*\\s*\\|.*$");
    private static final Pattern POSITION_AT_END = Pattern.compile(":\\d+:\\d+\\s*$");
    private static final int MAX_TAIL = 60;

    @Override
    public void read(ParseContext context, LogSection section) {
        String configFile = null;
        int configAt = -1;
        for (int i = section.from(); i < section.to(); i++) {
            if (!context.free(i)) {
                continue;
            }
            String line = context.line(i);
            if (line.contains("failed to load config")) {
                Matcher config = CONFIG.matcher(line);
                if (config.matches()) {
                    configFile = config.group("path");
                    configAt = i;
                    context.claim(i, i + 1);
                    continue;
                }
            }
            if (line.startsWith("error ") || line.startsWith(" ")) {
                if (BLOCK_START.matcher(line).matches()) {
                    context.claim(i, i + 1);
                    i = readBlock(context, section, i + 1, new ArrayList<>(), configFile, configAt) - 1;
                    configFile = null;
                    continue;
                }
            }
            if (line.contains("[vite]")) {
                Matcher dev = DEV_ERROR.matcher(line);
                if (dev.matches()) {
                    context.claim(i, i + 1);
                    List<String> first = new ArrayList<>(List.of(dev.group("msg")));
                    i = readBlock(context, section, i + 1, first, null, i) - 1;
                }
            }
        }
        if (configFile != null) {
            // The config failed and no error block followed (cut output): the line itself is all there is.
            context.report(configAt, context.error("vite", configFile, 0, 0, null, "failed to load config from " + configFile,
                    new Classification(ErrorKind.CONFIGURATION, Map.of())));
        }
    }

    /** Reads the message, location and stack of one block starting at {@code from}; returns the first line after it. */
    private static int readBlock(ParseContext context, LogSection section, int from, List<String> message,
                                 String configFile, int position) {
        String fileLine = null;
        int[] at = null;
        String atFile = null;
        int k = from;
        while (k < section.to() && context.free(k)) {
            String l = context.line(k);
            Matcher location = AT_LOCATION.matcher(l);
            if (location.matches() && atFile == null && !message.isEmpty()
                    && AppPaths.isAppFile(context.paths().relativize(location.group("file")))) {
                atFile = location.group("file");
                at = new int[]{ParseContext.parseInt(location.group("line")), ParseContext.parseInt(location.group("col"))};
                k++;
                continue;
            }
            if (l.isBlank() || STACK.matcher(l).matches() || l.startsWith(StageSplitter.PREFIX)) {
                break;
            }
            Matcher file = FILE_LINE.matcher(l);
            if (file.matches() && (l.startsWith("file: ") || l.strip().startsWith("File: "))) {
                fileLine = l;
                k++;
                break;
            }
            if (!l.strip().startsWith("Plugin: ") && !CODE_FRAME.matcher(l).matches()) {
                message.add(l);
            }
            k++;
        }
        int[] tail = tail(context, section, k);
        int end = tail[0];
        String firstFrame = tail[1] >= 0 ? context.line(tail[1]) : "";
        context.claim(from, end);
        int reportAt = position >= 0 && configFile != null ? position : Math.max(from - 1, section.from());
        if (message.isEmpty()) {
            return end;
        }
        if (reportEsbuild(context, message, reportAt)) {
            return end;
        }
        boolean fileLineHasPosition = fileLine != null && FILE_LINE.matcher(fileLine).matches()
                && POSITION_AT_END.matcher(fileLine).find();
        if (!fileLineHasPosition && atFile != null) {
            fileLine = "file: " + atFile + ":" + at[0] + ":" + (at[1] - 1);
        }
        report(context, message, fileLine, configFile, firstFrame, reportAt);
        return end;
    }

    /**
     * Skips what follows a message: a code frame, a repeat of the message, blank lines, then the stack. Stops after the
     * stack, or claims nothing more when no stack follows within a few dozen lines (what follows may be another tool's).
     * Returns {end, index of the first stack line or -1}.
     */
    private static int[] tail(ParseContext context, LogSection section, int from) {
        int firstStack = -1;
        int j = from;
        int limit = Math.min(section.to(), from + MAX_TAIL);
        while (j < section.to() && context.free(j)) {
            String l = context.line(j);
            if (l.startsWith(StageSplitter.PREFIX) || l.startsWith("npm ") || BLOCK_START.matcher(l).matches()
                    || l.contains("failed to load config")) {
                break;
            }
            boolean stack = STACK.matcher(l).matches();
            if (stack) {
                if (firstStack < 0) {
                    firstStack = j;
                }
            } else if (firstStack >= 0) {
                // Node prints an error's own properties after the stack: "{ code: 'ENOENT', ... }".
                if (!(l.strip().startsWith("{") || l.strip().startsWith("}") || l.startsWith("  "))) {
                    break;
                }
            } else if (j >= limit) {
                return new int[]{from, -1};
            }
            j++;
        }
        return new int[]{firstStack < 0 ? from : j, firstStack};
    }

    private static boolean reportEsbuild(ParseContext context, List<String> message, int at) {
        if (!EsbuildReader.FAILED_WITH.matcher(message.get(0)).find()
                && !EsbuildReader.ERROR_LINE.matcher(message.get(0)).matches()) {
            return false;
        }
        boolean any = false;
        for (String l : message) {
            Matcher m = EsbuildReader.ERROR_LINE.matcher(l);
            if (m.matches()) {
                context.report(at, EsbuildReader.fromErrorLine(context, m));
                any = true;
            }
        }
        return any;
    }

    private static void report(ParseContext context, List<String> lines, String fileLine, String configFile,
                               String firstFrame, int at) {
        String first = TAGS.matcher(lines.get(0).strip()).replaceFirst("");
        StringBuilder text = new StringBuilder(first);
        for (int n = 1; n < lines.size() && n < 12; n++) {
            text.append('\n').append(lines.get(n).strip());
        }
        String message = text.toString();
        String file = null;
        int line = 0;
        int column = 0;
        if (fileLine != null) {
            Matcher f = FILE_LINE.matcher(fileLine);
            if (f.matches()) {
                file = f.group("file");
                line = ParseContext.parseInt(f.group("line"));
                column = f.group("col") == null ? 0 : ParseContext.parseInt(f.group("col")) + 1;
            }
        }
        Matcher loc = ROLLUP_LOCATION.matcher(first);
        if (file == null && loc.find()) {
            file = loc.group("file");
            line = ParseContext.parseInt(loc.group("line"));
            column = ParseContext.parseInt(loc.group("col")) + 1;
        }
        Matcher from = FROM.matcher(first);
        if (file == null && from.find()) {
            file = from.group("file");
        }
        if (file == null && configFile != null) {
            file = configFile;
        }
        Matcher code = NODE_CODE.matcher(first);
        String errorCode = code.find() ? code.group("code") : null;
        String tool = firstFrame.contains("/rollup/") ? "rollup" : "vite";
        Classification c = ErrorClassifier.classification(tool, errorCode, message);
        if (!c.known() && configFile != null) {
            c = c.withKind(ErrorKind.CONFIGURATION);
        }
        context.report(at, context.error(tool, file, line, column, errorCode, message, c));
    }
}
