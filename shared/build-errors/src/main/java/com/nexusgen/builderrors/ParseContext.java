package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.BuildError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state one parse shares between readers: the cleaned lines, which lines a reader has already explained (so that
 * a vite error block quoting esbuild's message is reported once, by the reader that understands the whole block), the
 * app's paths, and the findings so far.
 */
final class ParseContext {

    private final List<String> lines;
    private final boolean[] claimed;
    private final AppPaths paths;
    private final List<Finding> findings = new ArrayList<>();

    ParseContext(List<String> lines, AppPaths paths) {
        this.lines = lines;
        this.claimed = new boolean[lines.size()];
        this.paths = paths;
    }

    int size() {
        return lines.size();
    }

    String line(int i) {
        return lines.get(i);
    }

    boolean free(int i) {
        return i >= 0 && i < claimed.length && !claimed[i];
    }

    void claim(int from, int toExclusive) {
        int end = Math.min(toExclusive, claimed.length);
        for (int i = Math.max(0, from); i < end; i++) {
            claimed[i] = true;
        }
    }

    AppPaths paths() {
        return paths;
    }

    List<Finding> findings() {
        return findings;
    }

    void report(int position, BuildError error) {
        findings.add(new Finding(position, error, Finding.Weight.PRIMARY));
    }

    void report(int position, BuildError error, Finding.Weight weight) {
        findings.add(new Finding(position, error, weight));
    }

    /**
     * Builds an error with its file made app-relative and its path-like facts too: a fact names a file of the app,
     * never the build folder it happened to be built in.
     */
    BuildError error(String tool, String printedFile, int line, int column, String code, String message,
                     Classification classification) {
        String file = paths.relativize(printedFile);
        Map<String, String> facts = new LinkedHashMap<>(classification.facts());
        relativizeFact(facts, "path");
        String module = facts.get("module");
        if (module != null && (AppPaths.isAbsolute(module) || module.startsWith("file:"))) {
            String relative = paths.relativize(module);
            if (relative != null) {
                facts.put("module", relative);
            }
        }
        return new BuildError(tool, file, Math.max(0, line), Math.max(0, column), code, clip(message),
                classification.kind(), facts);
    }

    private void relativizeFact(Map<String, String> facts, String name) {
        String value = facts.get(name);
        if (value != null) {
            String relative = paths.relativize(value);
            if (relative != null) {
                facts.put(name, relative);
            }
        }
    }

    /** Messages are for people and prompts: a few kilobytes say everything a tool's message says. */
    static String clip(String message) {
        String m = message == null ? "" : message.strip();
        if (m.isEmpty()) {
            return "(no message)";
        }
        return m.length() <= 4000 ? m : m.substring(0, 4000) + " …";
    }

    static int parseInt(String digits) {
        if (digits == null || digits.isEmpty() || digits.length() > 9) {
            return 0;
        }
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
