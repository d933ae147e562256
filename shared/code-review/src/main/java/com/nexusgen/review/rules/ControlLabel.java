package com.nexusgen.review.rules;

import com.nexusgen.domain.code.Finding;
import com.nexusgen.review.JsxElement;
import com.nexusgen.review.SourceFile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code control-label}: a form control ({@code <input>}, {@code <select>}, {@code <textarea>}) with no
 * label. Labelled means one of: {@code aria-label}/{@code aria-labelledby}; wrapped in a {@code <label>}; or
 * its {@code id} named by a label's {@code htmlFor}/{@code for} in the same file, comparing literal ids
 * ({@code id="email"}) or the same expression ({@code id={emailId}} with {@code htmlFor={emailId}}). Label
 * components named {@code ...Label} (shadcn's {@code <Label htmlFor>}) count as labels. A placeholder is
 * not a label. Hidden, submit, reset, button and image inputs need none; a spread may carry the label, so
 * such controls are skipped.
 */
public final class ControlLabel extends AbstractRule {

    private static final Set<String> CONTROLS = Set.of("input", "select", "textarea");
    private static final Set<String> UNLABELLED_TYPES = Set.of("hidden", "submit", "reset", "button", "image");

    public ControlLabel() {
        super("control-label", Finding.Severity.HIGH, Finding.Category.ACCESSIBILITY,
                "Form controls need a label (label element, htmlFor/id, or aria-label).");
    }

    @Override
    public List<Finding> check(SourceFile file) {
        List<Finding> findings = new ArrayList<>();
        Set<String> labelled = null;
        for (JsxElement element : file.elements()) {
            if (!CONTROLS.contains(element.name()) || element.hasSpread() || exempt(element)
                    || element.hasNonEmpty("aria-label") || element.hasNonEmpty("aria-labelledby")
                    || insideLabel(element)) {
                continue;
            }
            if (labelled == null) {
                labelled = labelTargets(file);
            }
            String id = reference(element.attribute("id"));
            if (id != null && labelled.contains(id)) {
                continue;
            }
            findings.add(onLine(file, element.line(), "<" + element.name() + "> has no associated label",
                    "Add <label htmlFor=\"field-id\">Name</label> and id=\"field-id\" on the control, wrap it in "
                            + "<label>, or give it aria-label=\"Name\"."));
        }
        return findings;
    }

    private static boolean exempt(JsxElement element) {
        if (!element.name().equals("input")) {
            return false;
        }
        JsxElement.Attribute type = element.attribute("type");
        String literal = type == null ? null : type.literal();
        return literal != null && UNLABELLED_TYPES.contains(literal.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean insideLabel(JsxElement element) {
        for (JsxElement e = element.parent(); e != null; e = e.parent()) {
            if (isLabel(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLabel(JsxElement element) {
        return element.name().equals("label") || element.name().endsWith("Label");
    }

    /** Every id some label in the file points at, as {@link #reference} spells it. */
    private static Set<String> labelTargets(SourceFile file) {
        Set<String> targets = new HashSet<>();
        for (JsxElement element : file.elements()) {
            if (isLabel(element)) {
                for (String name : List.of("htmlFor", "for")) {
                    String ref = reference(element.attribute(name));
                    if (ref != null) {
                        targets.add(ref);
                    }
                }
            }
        }
        return targets;
    }

    /** "text:email" for a literal id, "code:emailId" for an expression (whitespace removed), else null. */
    private static String reference(JsxElement.Attribute attribute) {
        if (attribute == null) {
            return null;
        }
        String literal = attribute.literal();
        if (literal != null) {
            return literal.isBlank() ? null : "text:" + literal.strip();
        }
        if (attribute.kind() == JsxElement.Attribute.ValueKind.EXPRESSION) {
            return "code:" + attribute.value().replaceAll("\\s+", "");
        }
        return null;
    }
}
