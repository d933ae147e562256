package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.ErrorKind;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What node prints when a script dies: V8's fatal errors ({@code FATAL ERROR: Reached heap limit Allocation failed -
 * JavaScript heap out of memory}) and uncaught exceptions, which look like
 * <pre>
 * file:///abs/app/scripts/prebuild.mjs:2          (where it was thrown, sometimes)
 * Error [ERR_MODULE_NOT_FOUND]: Cannot find module '/abs/app/scripts/x.mjs' imported from /abs/app/scripts/prebuild.mjs
 *     at finalizeResolution (node:internal/modules/esm/resolve:283:11)
 * {
 *   code: 'ERR_MODULE_NOT_FOUND',
 * }
 * Node.js v20.20.2
 * </pre>
 * The first stack frame in the app (not node's internals, not node_modules) locates the error. A module that cannot
 * be found although nothing imported it is the script node was asked to run: a missing file, not an import.
 */
final class NodeReader implements LogReader {

    private static final Pattern HEAD = Pattern.compile("^(?<type>(?:[A-Z]\\w*)?Error)(?: \\[(?<code>[A-Z0-9_]+)\\])?: (?<msg>.+)$");
    private static final Pattern FATAL = Pattern.compile("^\\s*(?:FATAL ERROR|Fatal error|Fatal process out of memory): ?(?<msg>.*)$");
    private static final Pattern THROWN_AT = Pattern.compile("^(?:file://)?(?<file>(?:/|[A-Za-z]:)[^:]+):(?<line>\\d+)\\s*$");
    private static final Pattern FRAME = Pattern.compile("^\\s+at (?:.*?\\()?(?:file://)?(?<file>(?:/|[A-Za-z]:)[^():]+):(?<line>\\d+):(?<col>\\d+)\\)?\\s*$");
    private static final Pattern STACK = Pattern.compile("^\\s+at \\S.*");
    private static final Pattern CODE_PROPERTY = Pattern.compile("^\\s+code: '(?<code>[A-Z0-9_]+)',?\\s*$");
    private static final Pattern REQUIRE_STACK = Pattern.compile("^(?:Require stack:|- \\S.*)$");

    @Override
    public void read(ParseContext context, LogSection section) {
        for (int i = section.from(); i < section.to(); i++) {
            if (!context.free(i)) {
                continue;
            }
            String line = context.line(i);
            if (line.contains("FATAL") || line.contains("Fatal")) {
                Matcher fatal = FATAL.matcher(line);
                if (fatal.matches()) {
                    context.claim(i, i + 1);
                    String message = line.strip();
                    context.report(i, context.error("node", null, 0, 0, null, message,
                            ErrorClassifier.classification("node", null, message)));
                    continue;
                }
            }
            if (line.contains("Error") && !line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
                Matcher head = HEAD.matcher(line);
                if (head.matches()) {
                    i = readException(context, section, i, head) - 1;
                }
            }
        }
    }

    private static int readException(ParseContext context, LogSection section, int at, Matcher head) {
        String code = head.group("code");
        String file = null;
        int line = 0;
        int column = 0;
        for (int back = at - 1; back >= Math.max(section.from(), at - 5); back--) {
            Matcher thrown = THROWN_AT.matcher(context.line(back));
            if (thrown.matches() && context.free(back)) {
                String relative = context.paths().relativize(thrown.group("file"));
                if (AppPaths.isAppFile(relative)) {
                    file = thrown.group("file");
                    line = ParseContext.parseInt(thrown.group("line"));
                }
                break;
            }
        }
        int j = at + 1;
        boolean stackSeen = false;
        boolean required = false;
        while (j < section.to() && context.free(j)) {
            String l = context.line(j);
            if (STACK.matcher(l).matches()) {
                stackSeen = true;
                Matcher frame = FRAME.matcher(l);
                if (frame.matches() && (file == null || column == 0)) {
                    String relative = context.paths().relativize(frame.group("file"));
                    if (AppPaths.isAppFile(relative) && (file == null || relative.equals(context.paths().relativize(file)))) {
                        file = frame.group("file");
                        line = ParseContext.parseInt(frame.group("line"));
                        column = ParseContext.parseInt(frame.group("col"));
                    }
                }
            } else if (REQUIRE_STACK.matcher(l).matches() && !stackSeen) {
                // The module that required the missing one; the stack says the same with a line number.
                required |= l.startsWith("- ");
            } else if (l.startsWith("{") || l.startsWith("}") || (stackSeen && l.startsWith("  ") && !l.isBlank())) {
                Matcher property = CODE_PROPERTY.matcher(l);
                if (property.matches() && code == null) {
                    code = property.group("code");
                }
            } else {
                break;
            }
            j++;
        }
        if (j < section.to() && context.free(j) && context.line(j).isBlank()
                && j + 1 < section.to() && context.line(j + 1).startsWith("Node.js v")) {
            j += 2;
        }
        context.claim(at, j);
        String message = head.group(0).strip();
        Classification c = ErrorClassifier.classification("node", code, message);
        String module = c.facts().get(Facts.MODULE);
        if (c.kind() == ErrorKind.RUNTIME_IMPORT && module != null && !required && !message.contains("imported from")
                && !message.contains("require")) {
            c = new Classification(ErrorKind.RUNTIME_FILE, Map.of(Facts.PATH, module));
        }
        context.report(at, context.error("node", file, line, column, code, message, c));
        return j;
    }
}
