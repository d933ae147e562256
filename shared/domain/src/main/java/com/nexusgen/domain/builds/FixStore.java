package com.nexusgen.domain.builds;

import java.util.Optional;

/**
 * Where the fix memory keeps its fixes and their counts (DynamoDB in AWS, a folder on one machine). The vectors
 * that find a fix by similarity live in the vector index under the same id.
 */
public interface FixStore {
    Optional<StoredFix> get(String id);

    /** Stores a new fix; false (and nothing changed) when one with that id exists. */
    boolean putIfAbsent(StoredFix fix);

    /** Counts one more success or failure of a stored fix, atomically; false when there is no such fix. */
    boolean recordOutcome(String id, boolean success);
}
