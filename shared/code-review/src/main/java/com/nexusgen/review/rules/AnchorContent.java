package com.nexusgen.review.rules;

import com.nexusgen.domain.code.Finding;
import com.nexusgen.review.JsxElement;
import com.nexusgen.review.SourceFile;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code anchor-content}: a link ({@code <a href>}) with no content and no aria-label: nothing to read out
 * or to click on. An {@code <a>} without href (an old-style named anchor target) is not a link, a spread
 * may carry the content, and an empty link given as a prop ({@code render={<a href="#" />}}) gets its
 * children from the host component, so these are skipped.
 */
public final class AnchorContent extends AbstractRule {

    public AnchorContent() {
        super("anchor-content", Finding.Severity.MEDIUM, Finding.Category.ACCESSIBILITY,
                "Links need content or an aria-label so they can be read and clicked.");
    }

    @Override
    public List<Finding> check(SourceFile file) {
        List<Finding> findings = new ArrayList<>();
        for (JsxElement element : file.elements()) {
            if (!element.name().equals("a") || !element.has("href") || element.hasSpread()
                    || AccessibleName.suppliedByHost(element)
                    || AccessibleName.fromAttributes(element) || AccessibleName.hasContent(file, element)) {
                continue;
            }
            findings.add(onLine(file, element.line(), "<a> link has no content and no aria-label",
                    "Put the link text inside the <a>, or add aria-label=\"Where it goes\" to an icon-only link."));
        }
        return findings;
    }
}
