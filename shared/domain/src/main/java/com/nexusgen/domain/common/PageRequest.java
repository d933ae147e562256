package com.nexusgen.domain.common;

import com.nexusgen.domain.errors.ProblemException;

/**
 * A validated page request. The cursor is opaque to clients; stores decide what it encodes, and must
 * never let it choose the partition they read (it only says where to resume inside the caller's).
 */
public record PageRequest(int limit, String cursor) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public static PageRequest of(Integer limit, String cursor) {
        int effective = limit == null ? DEFAULT_LIMIT : limit;
        if (effective < 1 || effective > MAX_LIMIT) {
            throw ProblemException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(effective, cursor == null || cursor.isBlank() ? null : cursor);
    }
}
