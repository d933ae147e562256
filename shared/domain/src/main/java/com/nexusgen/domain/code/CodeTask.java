package com.nexusgen.domain.code;

import java.util.Objects;

/**
 * One unit of the Coder's work, planned from a PRD; the workflow's Map runs them in parallel, so no
 * two tasks of one plan write the same file. {@code id} is unique within a plan ("scaffold",
 * "entity:recipe", "page:/dashboard", "journeys"); {@code kind} is the id's prefix.
 */
public record CodeTask(String id, String kind, String title) {
    public CodeTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
    }
}
