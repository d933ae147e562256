package com.nexusgen.agents;

import com.nexusgen.domain.code.Finding;
import com.nexusgen.review.StaticReview;

import java.util.List;
import java.util.Map;

/** The Reviewer with no model: the static checks alone. */
public final class OfflineReviewer implements Reviewer {
    private final StaticReview review;

    public OfflineReviewer() {
        this(new StaticReview());
    }

    public OfflineReviewer(StaticReview review) {
        this.review = review;
    }

    @Override
    public AgentResult<List<Finding>> review(Map<String, String> files) {
        return AgentResult.offline(review.review(files));
    }

    @Override
    public AgentResult<List<Finding>> review(Map<String, String> files, Map<String, String> designTokens) {
        StaticReview checks = designTokens == null || designTokens.isEmpty() ? review : review.withDesignSystem(designTokens);
        return AgentResult.offline(checks.review(files));
    }
}
