package com.nexusgen.review;

import com.nexusgen.domain.code.Finding;

import java.util.List;

/**
 * One static check. Its id is stable (findings are counted and compared across review rounds by it) and its
 * severity fixed: a {@link Finding.Severity#CRITICAL} finding blocks a generation.
 */
public interface Rule {

    String id();

    Finding.Severity severity();

    Finding.Category category();

    /** One sentence: what the rule looks for and why it matters. */
    String description();

    /** The findings in one file; a rule that does not apply to the file's kind returns an empty list. */
    List<Finding> check(SourceFile file);
}
