package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.ErrorKind;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the shell and git say when a command cannot run: {@code sh: 1: ./scripts/check.sh: Permission denied} (exit
 * 126: a script without its execute bit), {@code sh: 1: vite: not found} (exit 127: the package providing a command is
 * not installed), {@code CPU time limit exceeded} (the shell reporting SIGXCPU), and git's {@code fatal:} and
 * {@code ssh:} lines when a git dependency cannot be fetched. npm runs scripts through sh, so in an npm stage these
 * are npm's errors; elsewhere the runner's.
 */
final class ShellReader implements LogReader {

    private static final String SHELL = "^(?:/bin/|/usr/bin/)?(?:sh|bash|dash|zsh)(?:: line \\d+|: \\d+)?: ";
    private static final Pattern PERMISSION = Pattern.compile(SHELL + "(?<path>.+?): Permission denied\\s*$");
    private static final Pattern NOT_FOUND = Pattern.compile(SHELL + "(?<command>[^:\\s]+): (?:command )?not found\\s*$");
    private static final Pattern CPU = Pattern.compile("(?:^|\\s)CPU time limit exceeded(?: \\(core dumped\\))?|\\bSIGXCPU\\b");
    private static final Pattern GIT = Pattern.compile("^(?:fatal|ssh|error): (?<msg>.+)$");
    private static final Pattern REPOSITORY_MISSING = Pattern.compile("repository '(?<module>[^']+)' not found");

    @Override
    public void read(ParseContext context, LogSection section) {
        String tool = section.runsNpm() ? "npm" : "runner";
        for (int i = section.from(); i < section.to(); i++) {
            if (!context.free(i)) {
                continue;
            }
            String line = context.line(i);
            if (line.contains("Permission denied")) {
                Matcher m = PERMISSION.matcher(line);
                if (m.matches()) {
                    context.claim(i, i + 1);
                    report(context, i, tool, line, ErrorKind.RUNTIME_PERMISSION, Facts.PATH, m.group("path"));
                    continue;
                }
            }
            if (line.contains("not found")) {
                Matcher m = NOT_FOUND.matcher(line);
                if (m.matches()) {
                    context.claim(i, i + 1);
                    report(context, i, tool, line, ErrorKind.DEPENDENCY_MISSING, Facts.MODULE,
                            ModuleSpecifier.packageForCommand(m.group("command")));
                    continue;
                }
            }
            if ((line.contains("CPU") || line.contains("SIGXCPU")) && CPU.matcher(line).find()) {
                context.claim(i, i + 1);
                report(context, i, tool, line, ErrorKind.RESOURCE_CPU, null, null);
                continue;
            }
            if (line.startsWith("fatal: ") || line.startsWith("ssh: ")) {
                i = readGit(context, section, i) - 1;
            }
        }
    }

    /** git prints its cause first and its conclusion after; the cause is the error, the rest belongs to it. */
    private static int readGit(ParseContext context, LogSection section, int at) {
        Matcher first = GIT.matcher(context.line(at));
        if (!first.matches()) {
            return at + 1;
        }
        int j = at + 1;
        while (j < section.to() && context.free(j) && GIT.matcher(context.line(j)).matches()) {
            j++;
        }
        context.claim(at, j);
        String message = context.line(at).strip();
        Matcher missing = REPOSITORY_MISSING.matcher(message);
        Classification c = missing.find()
                ? new Classification(ErrorKind.DEPENDENCY_MISSING, Map.of(Facts.MODULE, missing.group("module")))
                : MessageRules.classify(message);
        context.report(at, context.error("runner", null, 0, 0, null, message, c));
        return j;
    }

    private static void report(ParseContext context, int at, String tool, String line, ErrorKind kind,
                               String fact, String value) {
        Map<String, String> facts = new LinkedHashMap<>();
        if (fact != null && value != null) {
            facts.put(fact, value.strip());
        }
        context.report(at, context.error(tool, null, 0, 0, null, line.strip(), new Classification(kind, facts)));
    }
}
