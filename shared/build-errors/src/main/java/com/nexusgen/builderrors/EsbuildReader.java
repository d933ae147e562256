package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorKind;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * esbuild's errors, in the two shapes that reach a build log:
 * <pre>
 * ✘ [ERROR] Expected identifier but found ","          (esbuild's own report, e.g. while vite bundles its config)
 *
 *     vite.config.ts:7:21:
 *       7 │   plugins: [react()],,
 *
 * Transform failed with 1 error:                     (the summary vite and vitest pass on)
 * /abs/app/src/pages/Detail.tsx:30:32: ERROR: Expected ")" but found ";"
 * </pre>
 * esbuild counts columns from 0; errors carry them from 1 like every other tool's. Warnings ({@code ▲ [WARNING]})
 * do not fail a build and are skipped.
 */
final class EsbuildReader implements LogReader {

    private static final Pattern REPORT = Pattern.compile("^\\s*(?:✘|X) \\[ERROR\\] (?<msg>.*?)(?: \\[(?<plugin>[\\w:-]+)\\])?\\s*$");
    private static final Pattern LOCATION = Pattern.compile("^\\s+(?<file>[^\\s:][^:]*|[A-Za-z]:[^:]+):(?<line>\\d+):(?<col>\\d+):\\s*$");
    static final Pattern ERROR_LINE = Pattern.compile("^\\s*(?<file>\\S.*?):(?<line>\\d+):(?<col>\\d+): ERROR: (?<msg>.+)$");
    static final Pattern FAILED_WITH = Pattern.compile("(?:Transform|Build) failed with \\d+ errors?:?\\s*$");

    @Override
    public void read(ParseContext context, LogSection section) {
        for (int i = section.from(); i < section.to(); i++) {
            if (!context.free(i)) {
                continue;
            }
            String line = context.line(i);
            if (line.contains("[ERROR]")) {
                i = readReport(context, section, i);
            } else if (line.contains(": ERROR: ")) {
                Matcher m = ERROR_LINE.matcher(line);
                if (m.matches()) {
                    context.claim(i, i + 1);
                    context.report(i, fromErrorLine(context, m));
                }
            } else if (line.contains("failed with") && FAILED_WITH.matcher(line).find()) {
                context.claim(i, i + 1);
            }
        }
    }

    private static int readReport(ParseContext context, LogSection section, int at) {
        Matcher m = REPORT.matcher(context.line(at));
        if (!m.matches()) {
            return at;
        }
        String message = m.group("msg");
        String file = null;
        int line = 0;
        int column = 0;
        int j = at + 1;
        while (j < section.to() && context.free(j)) {
            String next = context.line(j);
            if (!next.isBlank() && LogLines.indent(next) == 0) {
                break;
            }
            if (file == null) {
                Matcher loc = LOCATION.matcher(next);
                if (loc.matches()) {
                    file = loc.group("file");
                    line = ParseContext.parseInt(loc.group("line"));
                    column = ParseContext.parseInt(loc.group("col")) + 1;
                }
            }
            j++;
        }
        context.claim(at, j);
        context.report(at, context.error("esbuild", file, line, column, null, message, classify(message)));
        return j - 1;
    }

    static BuildError fromErrorLine(ParseContext context, Matcher m) {
        String message = m.group("msg").strip();
        return context.error("esbuild", m.group("file"), ParseContext.parseInt(m.group("line")),
                ParseContext.parseInt(m.group("col")) + 1, null, message, classify(message));
    }

    /** esbuild fails while transforming source: what it does not call anything else is a parse error. */
    static Classification classify(String message) {
        Classification c = MessageRules.classify(message);
        return c.known() ? c : c.withKind(ErrorKind.SYNTAX_PARSE);
    }
}
