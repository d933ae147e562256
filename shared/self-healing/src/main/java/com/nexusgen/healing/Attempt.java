package com.nexusgen.healing;

import com.nexusgen.domain.builds.Fix;

import com.nexusgen.domain.builds.ErrorKind;

import java.util.List;
import java.util.Objects;

/**
 * One fix applied between two builds: after which build, for which error, from where, changing which files.
 *
 * @param build     the number of the build that failed (1 = the first build)
 * @param signature the failing error's normalized signature
 * @param memoryId  the fix memory entry that was replayed, when {@code source} is memory
 */
public record Attempt(int build, ErrorKind kind, String signature, String errorText, Source source, Fix fix,
                      String summary, List<String> files, String memoryId) {
    public Attempt {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fix, "fix");
        files = List.copyOf(files);
    }
}
