package com.nexusgen.review.rules;

import com.nexusgen.domain.code.Finding;
import com.nexusgen.review.JsxElement;
import com.nexusgen.review.SourceFile;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code button-name}: a {@code <button>} with nothing to announce: no text content, no aria-label or
 * aria-labelledby (typically an icon-only button). Screen readers say just "button". A spread
 * ({@code {...props}}) may carry the name, and an empty button given as a prop
 * ({@code render={<button />}}) gets its children from the host component, so both are skipped.
 */
public final class ButtonName extends AbstractRule {

    public ButtonName() {
        super("button-name", Finding.Severity.HIGH, Finding.Category.ACCESSIBILITY,
                "Buttons need an accessible name: text content or aria-label.");
    }

    @Override
    public List<Finding> check(SourceFile file) {
        List<Finding> findings = new ArrayList<>();
        for (JsxElement element : file.elements()) {
            if (!element.name().equals("button") || element.hasSpread() || AccessibleName.suppliedByHost(element)
                    || AccessibleName.fromAttributes(element)
                    || AccessibleName.hasContent(file, element)) {
                continue;
            }
            findings.add(onLine(file, element.line(), "<button> has no text and no aria-label",
                    "Give the button visible text, or describe the action: <button aria-label=\"Close dialog\">; "
                            + "mark a purely decorative icon inside with aria-hidden=\"true\"."));
        }
        return findings;
    }
}
