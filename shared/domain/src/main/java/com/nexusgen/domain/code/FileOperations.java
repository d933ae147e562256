package com.nexusgen.domain.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applying the Coder's operations to a version's files, and the reverse: expressing a new version as
 * operations on the previous one (a patch per changed file, nothing for unchanged files), so later
 * edits are patches, not rewrites.
 */
public final class FileOperations {
    /** Lines of unchanged text kept around an edit so that its {@code find} is unique in the file. */
    private static final int MAX_CONTEXT_LINES = 6;

    private FileOperations() {
    }

    /** The files after the operations, in path order; IllegalArgumentException names the first one that cannot apply. */
    public static Map<String, String> apply(Map<String, String> base, List<FileOperation> operations) {
        Map<String, String> files = new TreeMap<>(base);
        for (FileOperation op : operations) {
            switch (op.kind()) {
                case CREATE -> files.put(op.path(), op.content());
                case DELETE -> {
                    if (files.remove(op.path()) == null) {
                        throw new IllegalArgumentException("DELETE " + op.path() + ": no such file");
                    }
                }
                case PATCH -> {
                    String text = files.get(op.path());
                    if (text == null) {
                        throw new IllegalArgumentException("PATCH " + op.path() + ": no such file");
                    }
                    for (FileOperation.Edit edit : op.edits()) {
                        int at = text.indexOf(edit.find());
                        if (at < 0 || edit.find().isEmpty()) {
                            throw new IllegalArgumentException("PATCH " + op.path() + ": text to replace not found: "
                                    + abbreviate(edit.find()));
                        }
                        if (text.indexOf(edit.find(), at + 1) >= 0) {
                            throw new IllegalArgumentException("PATCH " + op.path()
                                    + ": text to replace occurs more than once: " + abbreviate(edit.find()));
                        }
                        text = text.substring(0, at) + edit.replace() + text.substring(at + edit.find().length());
                    }
                    files.put(op.path(), text);
                }
            }
        }
        return files;
    }

    /** Operations that turn {@code base} into {@code next}: CREATE for new files, PATCH for changed, DELETE for gone. */
    public static List<FileOperation> diff(Map<String, String> base, Map<String, String> next) {
        List<FileOperation> ops = new ArrayList<>();
        for (var file : new TreeMap<>(next).entrySet()) {
            String before = base.get(file.getKey());
            if (before == null) {
                ops.add(FileOperation.create(file.getKey(), file.getValue()));
            } else if (!before.equals(file.getValue())) {
                ops.add(patchOrRewrite(file.getKey(), before, file.getValue()));
            }
        }
        for (String path : new TreeMap<>(base).keySet()) {
            if (!next.containsKey(path)) {
                ops.add(FileOperation.delete(path));
            }
        }
        return ops;
    }

    /**
     * One edit covering the changed lines between the common prefix and suffix, widened by context
     * lines until its text is unique in the file; a full rewrite when no unique edit exists.
     */
    private static FileOperation patchOrRewrite(String path, String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        for (int context = 0; context <= MAX_CONTEXT_LINES; context++) {
            int from = Math.max(0, prefix - context);
            int toA = Math.min(a.size(), a.size() - suffix + context);
            int toB = Math.min(b.size(), b.size() - suffix + context);
            String find = String.join("", a.subList(from, toA));
            if (find.isEmpty()) {
                continue;
            }
            int at = before.indexOf(find);
            if (at >= 0 && before.indexOf(find, at + 1) < 0) {
                String replace = String.join("", b.subList(from, toB));
                FileOperation patch = FileOperation.patch(path, List.of(new FileOperation.Edit(find, replace)));
                if (apply(Map.of(path, before), List.of(patch)).get(path).equals(after)) {
                    return patch;
                }
            }
        }
        return FileOperation.create(path, after);
    }

    /** Lines with their terminators, so that joining them gives the text back exactly. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static String abbreviate(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }
}
