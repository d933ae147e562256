package com.nexusgen.healing.fixers;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorKind;
import com.nexusgen.domain.builds.Fix;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.healing.FixContext;
import com.nexusgen.healing.Fixer;
import com.nexusgen.healing.Proposal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * resource.disk from the runner's dist limit: Vite copies {@code public/} into dist whole, so a large generated file
 * there (seed data, an export) makes every preview that large. Files of {@link #LARGE_BYTES} or more that nothing in
 * the app refers to by name move to {@code seed/}, next to the app, out of the build output; a large file the app
 * does use is a decision for a person, and escalates.
 */
public final class MoveOversizedAsset implements Fixer {
    static final long LARGE_BYTES = 2L << 20;
    static final String TARGET = "seed/";

    @Override
    public String id() {
        return "move-oversized-asset";
    }

    @Override
    public Optional<Proposal> propose(BuildError error, FixContext context) {
        if (error.kind() != ErrorKind.RESOURCE_DISK) {
            return Optional.empty();
        }
        List<FileOperation> operations = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        for (Map.Entry<String, String> file : context.files().entrySet()) {
            String path = file.getKey();
            if (!path.startsWith("public/") || file.getValue().getBytes(StandardCharsets.UTF_8).length < LARGE_BYTES) {
                continue;
            }
            String name = path.substring(path.lastIndexOf('/') + 1);
            boolean used = context.files().entrySet().stream()
                    .anyMatch(other -> !other.getKey().equals(path) && !other.getKey().startsWith("public/")
                            && other.getValue().contains(name));
            if (used) {
                return Optional.empty();
            }
            operations.add(FileOperation.delete(path));
            operations.add(FileOperation.create(TARGET + path.substring("public/".length()), file.getValue()));
            moved.add(path);
        }
        if (operations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Proposal(Fix.of(id()), operations,
                "moved " + String.join(", ", moved) + " out of public/ (into " + TARGET + "), out of the build output"));
    }
}
