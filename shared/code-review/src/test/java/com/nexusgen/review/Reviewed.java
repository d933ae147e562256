package com.nexusgen.review;

import com.nexusgen.domain.code.Finding;

import java.util.List;
import java.util.Map;

/** Runs the full reviewer over small in-memory files, and picks findings apart for assertions. */
final class Reviewed {

    private static final StaticReview REVIEW = new StaticReview();

    private Reviewed() {
    }

    static List<Finding> file(String path, String text) {
        return REVIEW.review(Map.of(path, text));
    }

    /** The lines at which {@code ruleId} fired in this one file. */
    static List<Integer> lines(String ruleId, String path, String text) {
        return lines(file(path, text), ruleId);
    }

    static List<Integer> lines(List<Finding> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).map(Finding::line).toList();
    }

    static Finding only(String ruleId, String path, String text) {
        List<Finding> matching = file(path, text).stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        if (matching.size() != 1) {
            throw new AssertionError("expected one " + ruleId + " finding, got " + matching);
        }
        return matching.get(0);
    }
}
