package com.nexusgen.appgen;

import com.nexusgen.domain.code.AppPaths;
import com.nexusgen.domain.code.FileOperation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/** Applies file operations to an app's folder on disk (for local builds and tests). */
public final class AppFolder {
    private AppFolder() {
    }

    /** Applies the operations in order; paths are checked again, so nothing is written outside {@code appDir}. */
    public static void write(Path appDir, Collection<FileOperation> operations) {
        Path root = appDir.toAbsolutePath().normalize();
        try {
            for (FileOperation op : operations) {
                Path target = root.resolve(AppPaths.requireSafe(op.path())).normalize();
                if (!target.startsWith(root)) {
                    throw new IllegalArgumentException("outside the app: " + op.path());
                }
                switch (op.kind()) {
                    case CREATE -> {
                        Files.createDirectories(target.getParent());
                        Files.writeString(target, op.content(), StandardCharsets.UTF_8);
                    }
                    case DELETE -> Files.deleteIfExists(target);
                    case PATCH -> {
                        String text = Files.readString(target, StandardCharsets.UTF_8);
                        for (FileOperation.Edit edit : op.edits()) {
                            int at = text.indexOf(edit.find());
                            if (at < 0 || text.indexOf(edit.find(), at + 1) >= 0) {
                                throw new IllegalArgumentException("PATCH " + op.path() + ": the text to replace must occur exactly once");
                            }
                            text = text.substring(0, at) + edit.replace() + text.substring(at + edit.find().length());
                        }
                        Files.writeString(target, text, StandardCharsets.UTF_8);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
