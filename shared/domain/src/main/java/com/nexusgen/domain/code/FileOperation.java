package com.nexusgen.domain.code;

import java.util.List;
import java.util.Objects;

/**
 * One change the Coder makes to an app's files. {@code CREATE} writes {@code content} (a file that
 * exists is replaced); {@code PATCH} applies {@code edits} in order to the previous version of the
 * file, each {@code find} matching exactly once; {@code DELETE} removes the file. Paths are relative,
 * with forward slashes, and never leave the app's folder.
 */
public record FileOperation(Kind kind, String path, String content, List<Edit> edits) {

    public enum Kind { CREATE, PATCH, DELETE }

    /** Replace the one occurrence of {@code find} with {@code replace}. */
    public record Edit(String find, String replace) {
        public Edit {
            Objects.requireNonNull(find, "find");
            Objects.requireNonNull(replace, "replace");
        }
    }

    public FileOperation {
        Objects.requireNonNull(kind, "kind");
        path = AppPaths.requireSafe(path);
        edits = edits == null ? List.of() : List.copyOf(edits);
        if (kind == Kind.CREATE && content == null) {
            throw new IllegalArgumentException("CREATE " + path + " needs content");
        }
        if (kind == Kind.PATCH && edits.isEmpty()) {
            throw new IllegalArgumentException("PATCH " + path + " needs at least one edit");
        }
    }

    public static FileOperation create(String path, String content) {
        return new FileOperation(Kind.CREATE, path, content, List.of());
    }

    public static FileOperation patch(String path, List<Edit> edits) {
        return new FileOperation(Kind.PATCH, path, null, edits);
    }

    public static FileOperation delete(String path) {
        return new FileOperation(Kind.DELETE, path, null, List.of());
    }
}
