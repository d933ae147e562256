package com.nexusgen.healing;

import com.nexusgen.domain.builds.Fix;

import com.nexusgen.domain.code.FileOperation;

import java.util.List;
import java.util.Objects;

/** What a fixer offers for one error: the transformation, the file operations it makes here, and why, in words. */
public record Proposal(Fix fix, List<FileOperation> operations, String summary) {
    public Proposal {
        Objects.requireNonNull(fix, "fix");
        operations = List.copyOf(operations);
        Objects.requireNonNull(summary, "summary");
        if (operations.isEmpty()) {
            throw new IllegalArgumentException("a proposal changes at least one file");
        }
    }
}
