package com.nexusgen.healing;

import com.nexusgen.domain.builds.BuildError;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a fixer may look at: the app's files and every error the failed build reported. */
public record FixContext(Map<String, String> files, List<BuildError> errors) {
    public FixContext {
        files = Map.copyOf(files);
        errors = List.copyOf(errors);
    }

    public Optional<String> file(String path) {
        return Optional.ofNullable(path == null ? null : files.get(path));
    }
}
