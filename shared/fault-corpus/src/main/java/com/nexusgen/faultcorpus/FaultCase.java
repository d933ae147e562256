package com.nexusgen.faultcorpus;

import com.nexusgen.domain.builds.ErrorKind;
import com.nexusgen.domain.code.FileOperation;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One fault of the corpus: a base app (a key of {@code bases.json}) plus operations that inject exactly one root
 * cause, and what the real tool output showed when the corpus was verified.
 *
 * @param modes      octal file modes set after the files are written (permission faults), path → "644"
 * @param sizedFiles files of a given size in bytes, filled with deterministic text when materialized; the disk-limit
 *                   fault needs a 25 MB asset, which would not belong in a JSON file in the repository
 */
public record FaultCase(String id, ErrorKind kind, String base, String description, List<FileOperation> operations,
                        Map<String, String> modes, Map<String, Long> sizedFiles, Expectation expect) {

    /**
     * What the first error of the real output shows: the tool that reported it (tsc, vite, vitest, npm, node-gyp,
     * node, sh, runner), its code when the tool has codes (TS2307, ETARGET, ERESOLVE), the file it points at, and a
     * distinctive part of its message; code and file are null when the output has none. Code, file and message
     * appear verbatim in the captured output.
     */
    public record Expectation(String tool, String code, String file, String message) {
        public Expectation {
            Objects.requireNonNull(tool, "tool");
        }
    }

    public FaultCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(expect, "expect");
        operations = operations == null ? List.of() : List.copyOf(operations);
        modes = modes == null ? Map.of() : Map.copyOf(modes);
        sizedFiles = sizedFiles == null ? Map.of() : Map.copyOf(sizedFiles);
    }
}
