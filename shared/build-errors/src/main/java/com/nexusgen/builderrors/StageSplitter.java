package com.nexusgen.builderrors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a build log into its stages along the runner's frame lines:
 * {@code > nexusgen-build stage=build command=npm run build} opens a stage and
 * {@code > nexusgen-build stage=build exit=2 elapsed_ms=2714} closes it. Frame lines are claimed so that no tool
 * reader sees them; the runner's {@code limit=} lines are left to {@link RunnerLimitReader}. A log without frames but
 * with shell-style command lines ({@code $ npm run build}, as a developer's terminal or a test harness shows them) is cut
 * at those, each stage of unknown outcome; a log with neither is one section of unknown outcome.
 */
final class StageSplitter {

    static final String PREFIX = "> nexusgen-build ";
    private static final Pattern HEADER = Pattern.compile("^> nexusgen-build stage=(\\S+) command=(.*)$");
    private static final Pattern COMMAND = Pattern.compile("^\\$ (\\S.*)$");
    private static final Pattern INSTALL = Pattern.compile("^(?:npm|pnpm|yarn) (?:ci|i|install|add)\\b");
    private static final Pattern FOOTER = Pattern.compile("^> nexusgen-build stage=(\\S+) exit=(-?\\d{1,9})\\b.*$");

    private StageSplitter() {
    }

    static List<LogSection> split(ParseContext context) {
        List<LogSection> framed = splitFramed(context);
        boolean anyFrame = framed.stream().anyMatch(s -> s.stage() != null);
        return anyFrame ? framed : splitAtCommands(context);
    }

    private static List<LogSection> splitAtCommands(ParseContext context) {
        List<LogSection> sections = new ArrayList<>();
        int start = 0;
        String command = null;
        for (int i = 0; i < context.size(); i++) {
            String line = context.line(i);
            if (!line.startsWith("$ ")) {
                continue;
            }
            Matcher m = COMMAND.matcher(line);
            if (m.matches()) {
                add(sections, context, stageOf(command), command, null, start, i);
                command = m.group(1).strip();
                start = i + 1;
                context.claim(i, i + 1);
            }
        }
        add(sections, context, stageOf(command), command, null, start, context.size());
        return sections;
    }

    /** The runner's stage a command belongs to, for commands that came without a frame. */
    static String stageOf(String command) {
        if (command == null) {
            return null;
        }
        if (INSTALL.matcher(command).lookingAt()) {
            return "install";
        }
        return command.contains("test") || command.contains("vitest") ? "test" : "build";
    }

    private static List<LogSection> splitFramed(ParseContext context) {
        List<LogSection> sections = new ArrayList<>();
        int start = 0;
        String stage = null;
        String command = null;
        int size = context.size();
        for (int i = 0; i < size; i++) {
            String line = context.line(i);
            if (!line.startsWith(PREFIX)) {
                continue;
            }
            Matcher header = HEADER.matcher(line);
            if (header.matches()) {
                add(sections, context, stage, command, null, start, i);
                stage = header.group(1);
                command = header.group(2).trim();
                start = i + 1;
                context.claim(i, i + 1);
                continue;
            }
            Matcher footer = FOOTER.matcher(line);
            if (footer.matches()) {
                String footerStage = footer.group(1);
                add(sections, context, stage == null ? footerStage : stage, command, Integer.valueOf(footer.group(2)), start, i);
                stage = null;
                command = null;
                start = i + 1;
                context.claim(i, i + 1);
            }
        }
        add(sections, context, stage, command, null, start, size);
        return sections;
    }

    private static void add(List<LogSection> sections, ParseContext context, String stage, String command,
                            Integer exit, int from, int to) {
        if (exit == null && onlyBlankOrRunner(context, from, to)) {
            return;
        }
        sections.add(new LogSection(stage, command, exit, from, to));
    }

    private static boolean onlyBlankOrRunner(ParseContext context, int from, int to) {
        for (int i = from; i < to; i++) {
            String line = context.line(i);
            if (!line.isBlank() && !line.startsWith(PREFIX)) {
                return false;
            }
        }
        return true;
    }
}
