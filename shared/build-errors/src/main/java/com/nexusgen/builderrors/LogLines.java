package com.nexusgen.builderrors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns raw build output into the lines a reader can match: terminal control sequences removed (tsc --pretty colours
 * its output whatever NO_COLOR says), carriage-return progress overwrites collapsed to what a terminal would show last,
 * and the runner's output-cap markers blanked so that no reader mistakes them for tool output.
 */
final class LogLines {

    /** CSI sequences (colours, cursor moves) and OSC sequences (hyperlinks, titles). */
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)|\u001B[@-Z\\\\-_]");
    /** What the runner writes where it cut the middle of an over-long output. */
    private static final Pattern OMITTED = Pattern.compile("^\\s*\\.\\.\\.\\s*\\d+\\s+bytes of output omitted\\s*\\.\\.\\.\\s*$");

    private LogLines() {
    }

    static List<String> split(String log) {
        List<String> lines = new ArrayList<>(Math.max(16, log.length() / 60));
        int start = 0;
        int length = log.length();
        while (start <= length) {
            int end = log.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            lines.add(clean(log.substring(start, end)));
            start = end + 1;
        }
        return lines;
    }

    static String clean(String raw) {
        String line = raw;
        if (line.indexOf('\u001B') >= 0) {
            line = ANSI.matcher(line).replaceAll("");
        }
        if (line.indexOf('\r') >= 0) {
            line = lastOverwrite(line);
        }
        if (line.indexOf('\u0000') >= 0) {
            line = line.replace('\u0000', ' ');
        }
        if (line.startsWith("...") || line.startsWith(" ")) {
            if (OMITTED.matcher(line).matches()) {
                return "";
            }
        }
        return line;
    }

    /** "a\rb\r" shows as "b" on a terminal: keep the last non-empty segment. */
    private static String lastOverwrite(String line) {
        String[] parts = line.split("\r");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (!parts[i].isEmpty()) {
                return parts[i];
            }
        }
        return "";
    }

    static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
