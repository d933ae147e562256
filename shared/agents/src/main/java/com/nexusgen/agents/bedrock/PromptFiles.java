package com.nexusgen.agents.bedrock;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Files shown to a model, each in a {@code <file path="...">} block, in the given order while they fit
 * in {@code budgetChars}; the ones that do not fit are only named, so the prompt stays within the
 * model's context and the caller's cost cap however large the app grows.
 */
record PromptFiles(String text, List<String> omitted) {
    static PromptFiles of(Map<String, String> files, Collection<String> paths, int budgetChars) {
        StringBuilder text = new StringBuilder();
        List<String> omitted = new ArrayList<>();
        for (String path : paths) {
            String content = files.get(path);
            if (content == null) {
                continue;
            }
            String block = "<file path=\"" + path + "\">\n" + content + (content.endsWith("\n") ? "" : "\n") + "</file>\n";
            // Keep going after a file that does not fit: a smaller one further on still may.
            if (text.length() + block.length() > budgetChars) {
                omitted.add(path);
            } else {
                text.append(block);
            }
        }
        return new PromptFiles(text.toString(), List.copyOf(omitted));
    }

    String textOr(String none) {
        return text.isEmpty() ? none : text;
    }

    String omittedList() {
        return list(omitted);
    }

    /** A Markdown list, or "(none)". */
    static String list(Collection<String> items) {
        if (items.isEmpty()) {
            return "(none)";
        }
        StringBuilder out = new StringBuilder();
        items.forEach(item -> out.append("- ").append(item).append('\n'));
        return out.toString().stripTrailing();
    }
}
