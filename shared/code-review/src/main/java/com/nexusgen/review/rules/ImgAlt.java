package com.nexusgen.review.rules;

import com.nexusgen.domain.code.Finding;
import com.nexusgen.review.JsxElement;
import com.nexusgen.review.SourceFile;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code img-alt}: an {@code <img>} without an {@code alt} attribute. Screen readers fall back to reading the
 * file name. {@code alt=""} is fine: it marks a decorative image. A spread may carry alt, so it is skipped.
 */
public final class ImgAlt extends AbstractRule {

    public ImgAlt() {
        super("img-alt", Finding.Severity.HIGH, Finding.Category.ACCESSIBILITY,
                "Images need an alt attribute (alt=\"\" for decorative ones).");
    }

    @Override
    public List<Finding> check(SourceFile file) {
        List<Finding> findings = new ArrayList<>();
        for (JsxElement element : file.elements()) {
            if (element.name().equals("img") && !element.has("alt") && !element.hasSpread()) {
                findings.add(onLine(file, element.line(), "<img> has no alt attribute",
                        "Add alt=\"what the image shows\", or alt=\"\" if it is purely decorative."));
            }
        }
        return findings;
    }
}
