package com.nexusgen.design;

import com.helger.css.decl.CSSDeclaration;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads one declaration, with its var() references resolved, into the uses it makes:
 * colours with the property they colour, spacing in px, font families and sizes, radii and shadows.
 */
final class DeclarationReader {

    private static final Set<String> SPACING = Set.of("margin", "margin-top", "margin-right", "margin-bottom",
            "margin-left", "margin-block", "margin-block-start", "margin-block-end", "margin-inline",
            "margin-inline-start", "margin-inline-end", "padding", "padding-top", "padding-right", "padding-bottom",
            "padding-left", "padding-block", "padding-block-start", "padding-block-end", "padding-inline",
            "padding-inline-start", "padding-inline-end", "gap", "row-gap", "column-gap", "grid-gap", "grid-row-gap",
            "grid-column-gap");

    private static final Map<String, Integer> SIZE_KEYWORDS = Map.of("xx-small", 9, "x-small", 10, "small", 13,
            "medium", 16, "large", 18, "x-large", 24, "xx-large", 32, "xxx-large", 48);

    private static final Set<String> NOT_FAMILIES = Set.of("inherit", "initial", "unset", "revert", "revert-layer",
            "caption", "icon", "menu", "message-box", "small-caption", "status-bar");

    /** Values this large are layout (a 100vh hero in px), not spacing steps. */
    private static final int MAX_SPACING_PX = 320;

    private final StyleObservations out;

    DeclarationReader(StyleObservations out) {
        this.out = out;
    }

    void read(CSSDeclaration declaration, StyleTarget target, CustomProperties properties) {
        String property = declaration.getProperty() == null ? "" : declaration.getProperty().toLowerCase(Locale.ROOT);
        if (property.isEmpty() || property.startsWith("--") || declaration.getExpression() == null) {
            return;
        }
        CustomProperties.Resolved value = properties.resolve(declaration.getExpression());
        out.referenced(value.references());
        List<ValueTerm> terms = value.terms();

        String context = colorContext(property);
        if (context != null) {
            colors(terms, context, target);
        }
        if (SPACING.contains(property)) {
            spacing(terms);
        }
        switch (property) {
            case "font-family" -> family(terms, target);
            case "font" -> fontShorthand(terms, target);
            case "font-size" -> terms.stream().findFirst().ifPresent(t -> size(t, target));
            case "box-shadow" -> shadow(value, target);
            default -> {
                if (property.equals("border-radius") || (property.startsWith("border-") && property.endsWith("-radius"))) {
                    radius(terms);
                }
            }
        }
    }

    /** The property a colour is used for, as reported in {@link ColorUsage#contexts()}; null when it takes no colour. */
    static String colorContext(String p) {
        if (p.equals("color")) {
            return "color";
        }
        if (p.equals("background") || p.equals("background-color") || p.equals("background-image")) {
            return "background-color";
        }
        if (p.startsWith("border") && !p.contains("radius") && !p.contains("width") && !p.contains("style")
                && !p.contains("image") && !p.equals("border-collapse") && !p.equals("border-spacing")) {
            return "border-color";
        }
        if (p.equals("outline") || p.equals("outline-color")) {
            return "outline-color";
        }
        return switch (p) {
            case "box-shadow", "text-shadow", "fill", "stroke", "caret-color", "accent-color" -> p;
            case "text-decoration", "text-decoration-color" -> "text-decoration-color";
            case "column-rule", "column-rule-color" -> "column-rule-color";
            default -> null;
        };
    }

    private void colors(List<ValueTerm> terms, String context, StyleTarget target) {
        for (ValueTerm term : terms) {
            if (term.kind() == ValueTerm.Kind.OPERATOR || term.kind() == ValueTerm.Kind.STRING) {
                continue;
            }
            if (term.kind() == ValueTerm.Kind.FUNCTION && term.text().toLowerCase(Locale.ROOT).contains("gradient(")) {
                for (CssColor color : CssColor.insideFunction(term.text())) {
                    add(color, context, target);
                }
                continue;
            }
            CssColor.parse(term.text()).ifPresent(color -> add(color, context, target));
        }
    }

    private void add(CssColor color, String context, StyleTarget target) {
        if (!color.isInvisible()) {
            out.colors.add(new StyleObservations.ColorUse(color, context, target));
        }
    }

    private void spacing(List<ValueTerm> terms) {
        for (ValueTerm term : terms) {
            if (term.kind() != ValueTerm.Kind.WORD) {
                continue;
            }
            OptionalDouble px = CssLength.toPx(term.text());
            if (px.isPresent() && px.getAsDouble() > 0 && px.getAsDouble() <= MAX_SPACING_PX) {
                out.spacing.add(new StyleObservations.SpacingUse((int) Math.round(px.getAsDouble())));
            }
        }
    }

    private void family(List<ValueTerm> terms, StyleTarget target) {
        List<String> names = new ArrayList<>();
        List<String> written = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        StringBuilder asWritten = new StringBuilder();
        for (ValueTerm term : terms) {
            if (term.isOperator(",")) {
                flush(name, asWritten, names, written);
                continue;
            }
            if (term.kind() == ValueTerm.Kind.OPERATOR || term.kind() == ValueTerm.Kind.FUNCTION) {
                return; // not a family list
            }
            if (!name.isEmpty()) {
                name.append(' ');
                asWritten.append(' ');
            }
            name.append(term.unquoted().trim());
            asWritten.append(term.kind() == ValueTerm.Kind.STRING ? "\"" + term.unquoted().trim() + "\"" : term.text());
        }
        flush(name, asWritten, names, written);
        if (names.isEmpty() || NOT_FAMILIES.contains(names.getFirst().toLowerCase(Locale.ROOT))) {
            return;
        }
        out.families.add(new StyleObservations.FamilyUse(names.getFirst(), String.join(", ", written), target));
    }

    private static void flush(StringBuilder name, StringBuilder asWritten, List<String> names, List<String> written) {
        if (!name.isEmpty()) {
            names.add(name.toString());
            written.add(asWritten.toString());
        }
        name.setLength(0);
        asWritten.setLength(0);
    }

    /** {@code font: italic 600 1rem/1.5 "Inter", sans-serif}: the size, then an optional line height, then the families. */
    private void fontShorthand(List<ValueTerm> terms, StyleTarget target) {
        for (int i = 0; i < terms.size(); i++) {
            ValueTerm term = terms.get(i);
            if (term.kind() != ValueTerm.Kind.WORD) {
                continue;
            }
            boolean isSize = CssLength.toPx(term.text()).isPresent() && !term.text().equals("0")
                    || CssLength.isPercentage(term.text())
                    || SIZE_KEYWORDS.containsKey(term.text().toLowerCase(Locale.ROOT));
            if (!isSize) {
                continue;
            }
            size(term, target);
            int familyStart = i + 1;
            if (familyStart < terms.size() && terms.get(familyStart).isOperator("/")) {
                familyStart += 2;
            }
            if (familyStart < terms.size()) {
                family(terms.subList(familyStart, terms.size()), target);
            }
            return;
        }
    }

    private void size(ValueTerm term, StyleTarget target) {
        String text = term.text().toLowerCase(Locale.ROOT);
        Integer keyword = SIZE_KEYWORDS.get(text);
        if (keyword != null) {
            out.sizes.add(new StyleObservations.SizeUse(keyword, target));
            return;
        }
        OptionalDouble px = CssLength.toPx(text);
        if (px.isPresent() && px.getAsDouble() > 0 && px.getAsDouble() < 400) {
            out.sizes.add(new StyleObservations.SizeUse((int) Math.round(px.getAsDouble()), target));
        }
    }

    private void radius(List<ValueTerm> terms) {
        Set<Integer> seen = new LinkedHashSet<>();
        for (ValueTerm term : terms) {
            if (term.kind() != ValueTerm.Kind.WORD) {
                continue;
            }
            OptionalDouble px = CssLength.toPx(term.text());
            if (px.isPresent() && px.getAsDouble() > 0) {
                seen.add(px.getAsDouble() >= 999 ? StyleObservations.RadiusUse.FULL : (int) Math.round(px.getAsDouble()));
            } else if (CssLength.isPercentage(term.text()) && term.text().startsWith("50")) {
                seen.add(StyleObservations.RadiusUse.FULL);
            }
        }
        for (int px : seen) {
            out.radii.add(new StyleObservations.RadiusUse(px));
        }
    }

    private void shadow(CustomProperties.Resolved value, StyleTarget target) {
        String text = value.text();
        if (text.isEmpty() || text.equalsIgnoreCase("none") || text.equalsIgnoreCase("inherit")) {
            return;
        }
        out.shadows.add(new StyleObservations.ShadowUse(text, target.state()));
    }
}
