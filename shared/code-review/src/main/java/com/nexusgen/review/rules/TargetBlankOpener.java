package com.nexusgen.review.rules;

import com.nexusgen.domain.code.Finding;
import com.nexusgen.review.JsxElement;
import com.nexusgen.review.SourceFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code no-target-blank-opener}: a link or form opening a new tab ({@code target="_blank"}) without
 * {@code rel="noopener"} or {@code noreferrer}. The opened page gets {@code window.opener} and can navigate
 * the app's tab to a phishing page (browsers now default to noopener, hence medium; old ones do not).
 *
 * <p>A {@code rel} computed at runtime ({@code rel={relFor(link)}}) or possibly arriving through a
 * {@code {...props}} spread is given the benefit of the doubt.
 */
public final class TargetBlankOpener extends AbstractRule {

    public TargetBlankOpener() {
        super("no-target-blank-opener", Finding.Severity.MEDIUM, Finding.Category.SECURITY,
                "target=\"_blank\" without rel=\"noopener noreferrer\" exposes window.opener to the opened page.");
    }

    @Override
    public List<Finding> check(SourceFile file) {
        List<Finding> findings = new ArrayList<>();
        for (JsxElement element : file.elements()) {
            JsxElement.Attribute target = element.attribute("target");
            if (target == null || target.literal() == null || !target.literal().strip().equalsIgnoreCase("_blank")) {
                continue;
            }
            JsxElement.Attribute rel = element.attribute("rel");
            if (rel == null && element.hasSpread()) {
                continue;
            }
            if (rel != null) {
                String value = rel.literal();
                if (value == null) {
                    continue; // computed at runtime: cannot tell
                }
                String lower = value.toLowerCase(Locale.ROOT);
                if (lower.contains("noopener") || lower.contains("noreferrer")) {
                    continue;
                }
            }
            findings.add(onLine(file, element.line(), "<" + element.name() + " target=\"_blank\"> has "
                            + (rel == null ? "no rel attribute" : "rel=\"" + rel.literal() + "\" without noopener"),
                    "Add rel=\"noopener noreferrer\" to the <" + element.name() + ">."));
        }
        return findings;
    }
}
