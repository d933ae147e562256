package com.nexusgen.builderrors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TypeScript compiler diagnostics, in both of tsc's formats:
 * <pre>
 * src/a.tsx(12,5): error TS2304: Cannot find name 'x'.            (default when not on a terminal)
 * src/a.tsx:12:5 - error TS2304: Cannot find name 'x'.            (--pretty)
 * error TS18003: No inputs were found in config file '...'.       (no file)
 * </pre>
 * Indented lines right after a diagnostic continue its message (elaborations such as "Type 'null' is not assignable
 * to type 'string'."). In pretty output a code frame and related information follow; the related information is kept
 * aside only to recognise the end of a file ("The parser expected to find a '}' to match the '{' token here.").
 */
final class TscReader implements LogReader {

    private static final Pattern PLAIN = Pattern.compile("^\\s*(?<file>[^\\s(][^(]*?)\\((?<line>\\d+),(?<col>\\d+)\\): error (?<code>TS\\d+): (?<msg>.*)$");
    private static final Pattern PRETTY = Pattern.compile("^\\s*(?<file>\\S.*?):(?<line>\\d+):(?<col>\\d+) - error (?<code>TS\\d+): (?<msg>.*)$");
    private static final Pattern BARE = Pattern.compile("^\\s*error (?<code>TS\\d+): (?<msg>.*)$");
    private static final Pattern SUMMARY = Pattern.compile("^Found \\d+ errors?\\b.*|^Errors\\s+Files\\s*$|^\\s+\\d+\\s+\\S+:\\d+\\s*$");
    private static final Pattern FRAME = Pattern.compile("^\\s*\\d+ .*|^\\s*\\d+$|^[\\s~]*$");
    private static final String PARSER_EXPECTED = "The parser expected to find a";

    private record Diagnostic(int position, String file, int line, int column, String code, String message, String related) {
    }

    @Override
    public void read(ParseContext context, LogSection section) {
        List<Diagnostic> found = new ArrayList<>();
        for (int i = section.from(); i < section.to(); i++) {
            if (!context.free(i)) {
                continue;
            }
            String line = context.line(i);
            if (!line.contains("error TS")) {
                if (line.startsWith("Found ") || line.startsWith("Errors ")) {
                    if (SUMMARY.matcher(line).matches()) {
                        context.claim(i, i + 1);
                    }
                }
                continue;
            }
            boolean pretty = false;
            Matcher m = PLAIN.matcher(line);
            if (!m.matches()) {
                m = PRETTY.matcher(line);
                pretty = m.matches();
                if (!pretty) {
                    m = BARE.matcher(line);
                    if (!m.matches()) {
                        continue;
                    }
                }
            }
            boolean hasFile = m.pattern() != BARE;
            StringBuilder message = new StringBuilder(m.group("msg").strip());
            int j = i + 1;
            while (j < section.to() && context.free(j) && isContinuation(context.line(j))) {
                message.append('\n').append(context.line(j).strip());
                j++;
            }
            StringBuilder related = new StringBuilder();
            if (pretty) {
                j = skipFrameAndRelated(context, section, j, related);
            }
            context.claim(i, j);
            found.add(new Diagnostic(i, hasFile ? m.group("file") : null,
                    hasFile ? ParseContext.parseInt(m.group("line")) : 0,
                    hasFile ? ParseContext.parseInt(m.group("col")) : 0,
                    m.group("code"), message.toString(), related.toString()));
            i = j - 1;
        }
        report(context, found);
    }

    /** Elaborations are indented under their diagnostic; a new diagnostic or a blank line ends them. */
    private static boolean isContinuation(String line) {
        return !line.isBlank() && LogLines.indent(line) >= 2 && !line.contains("error TS") && !line.startsWith(StageSplitter.PREFIX);
    }

    /** Pretty output: code frame, then related-information blocks, until the next diagnostic or the summary. */
    private static int skipFrameAndRelated(ParseContext context, LogSection section, int from, StringBuilder related) {
        int j = from;
        while (j < section.to() && context.free(j)) {
            String line = context.line(j);
            if (line.contains("error TS") || line.startsWith(StageSplitter.PREFIX) || SUMMARY.matcher(line).matches()) {
                break;
            }
            if (LogLines.indent(line) == 0 && !FRAME.matcher(line).matches()) {
                break;
            }
            if (!FRAME.matcher(line).matches() && LogLines.indent(line) >= 4) {
                related.append(line.strip()).append('\n');
            }
            j++;
        }
        return j;
    }

    private static boolean atEnd(Diagnostic d, Map<String, Diagnostic> lastOfFile) {
        return TscDiagnostics.isClosingExpected(d.code(), d.message())
                && ((d.column() == 1 && lastOfFile.get(d.file()) == d) || d.related().contains(PARSER_EXPECTED));
    }

    private static boolean unclosed(Diagnostic d) {
        return "TS17008".equals(d.code()) || "TS17014".equals(d.code()) || TscDiagnostics.isClosingExpected(d.code(), d.message());
    }

    private static void report(ParseContext context, List<Diagnostic> found) {
        // The last diagnostic of each file: a closing token expected there, at column 1, is the parser at end of file.
        Map<String, Diagnostic> lastOfFile = new HashMap<>();
        for (Diagnostic d : found) {
            if (d.file() != null) {
                lastOfFile.put(d.file(), d);
            }
        }
        Set<String> endedEarly = new HashSet<>();
        for (Diagnostic d : lastOfFile.values()) {
            if (atEnd(d, lastOfFile)) {
                endedEarly.add(d.file());
            }
        }
        for (Diagnostic d : found) {
            // In a file that ended inside a construct, the element or brace left open is the same error seen earlier.
            boolean atEnd = atEnd(d, lastOfFile) || (endedEarly.contains(d.file()) && unclosed(d));
            String relative = context.paths().relativize(d.file());
            Classification c = TscDiagnostics.classify(d.code(), d.message(), relative, atEnd);
            Finding.Weight weight = TscDiagnostics.UNUSED.contains(d.code()) ? Finding.Weight.SECONDARY : Finding.Weight.PRIMARY;
            context.report(d.position(), context.error("tsc", d.file(), d.line(), d.column(), d.code(), d.message(), c), weight);
        }
    }
}
