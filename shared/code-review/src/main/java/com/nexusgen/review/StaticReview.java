package com.nexusgen.review;

import com.nexusgen.domain.code.Finding;
import com.nexusgen.review.rules.AnchorContent;
import com.nexusgen.review.rules.ButtonName;
import com.nexusgen.review.rules.ControlLabel;
import com.nexusgen.review.rules.DangerousHtml;
import com.nexusgen.review.rules.DeprecatedApi;
import com.nexusgen.review.rules.ExplicitAny;
import com.nexusgen.review.rules.HtmlLang;
import com.nexusgen.review.rules.ImgAlt;
import com.nexusgen.review.rules.JavascriptUrl;
import com.nexusgen.review.rules.LargeInlineAsset;
import com.nexusgen.review.rules.ListKey;
import com.nexusgen.review.rules.NoConsole;
import com.nexusgen.review.rules.NoEval;
import com.nexusgen.review.rules.SecretLiterals;
import com.nexusgen.review.rules.SyncXhr;
import com.nexusgen.review.rules.TargetBlankOpener;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The offline Reviewer: runs every {@link Rule} over a generated React + TypeScript + Vite app's files, without
 * a network, a model or Node. Same files in, same findings out, in the same order.
 */
public final class StaticReview {

    /** The order of {@link #review}'s result: by file, line and rule id (then message, so ties are stable too). */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    private final List<Rule> rules;

    /** A reviewer with every rule. */
    public StaticReview() {
        this(allRules());
    }

    /** A reviewer with just these rules (ids must be unique). */
    public StaticReview(List<Rule> rules) {
        Set<String> ids = new HashSet<>();
        for (Rule rule : rules) {
            if (!ids.add(Objects.requireNonNull(rule, "rule").id())) {
                throw new IllegalArgumentException("two rules with id " + rule.id());
            }
        }
        this.rules = List.copyOf(rules);
    }

    /** Every rule, security first. */
    /**
     * All rules, plus the design system's: colors and spacings written as literals must be the system's
     * (the tokens a person confirmed or extraction found in the project's mockups).
     */
    public StaticReview withDesignSystem(java.util.Map<String, String> tokens) {
        List<Rule> rules = new java.util.ArrayList<>(rules());
        rules.add(new com.nexusgen.review.rules.DesignTokenUse(tokens));
        return new StaticReview(rules);
    }

    public static List<Rule> allRules() {
        return List.of(
                new SecretLiterals(), new NoEval(), new DangerousHtml(), new TargetBlankOpener(), new JavascriptUrl(),
                new ImgAlt(), new ControlLabel(), new ButtonName(), new HtmlLang(), new AnchorContent(),
                new ListKey(), new ExplicitAny(), new DeprecatedApi(), new NoConsole(), new SyncXhr(),
                new LargeInlineAsset());
    }

    public List<Rule> rules() {
        return rules;
    }

    /**
     * Reviews an app: {@code files} maps a relative path to the file's text. The findings are sorted by
     * {@link #ORDER}.
     */
    public List<Finding> review(Map<String, String> files) {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, String> entry : new TreeMap<>(files).entrySet()) {
            findings.addAll(review(new SourceFile(entry.getKey(), Objects.requireNonNull(entry.getValue(),
                    () -> "no text for " + entry.getKey()))));
        }
        findings.sort(ORDER);
        return List.copyOf(findings);
    }

    /** Reviews one file; the findings are sorted by {@link #ORDER}. */
    public List<Finding> review(SourceFile file) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            findings.addAll(rule.check(file));
        }
        findings.sort(ORDER);
        return findings;
    }
}
