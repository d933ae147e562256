package com.nexusgen.review.rules;

import com.nexusgen.domain.code.Finding;
import com.nexusgen.review.SourceFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds generated code to the project's design system: a color or a spacing written as a literal in
 * CSS, or as a string in TypeScript (inline styles), must be one of the system's values. Defining the
 * tokens themselves ({@code --color-primary: #1d4ed8}) and using them ({@code var(--space-2)}) is
 * what the rule asks for, so neither is flagged.
 */
public final class DesignTokenUse extends AbstractRule {
    private static final Pattern DECLARATION = Pattern.compile("([a-zA-Z-]+)\\s*:\\s*([^;{}]+)");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{8}\\b|#[0-9a-fA-F]{6}\\b|#[0-9a-fA-F]{3,4}\\b|(?:rgb|rgba|hsl|hsla)\\([^)]*\\)");
    private static final Pattern LENGTH = Pattern.compile("(?<![\\w.-])(\\d+(?:\\.\\d+)?)(px|rem)\\b");
    private static final Set<String> SPACING = Set.of("margin", "margin-top", "margin-right", "margin-bottom", "margin-left",
            "margin-inline", "margin-block", "padding", "padding-top", "padding-right", "padding-bottom", "padding-left",
            "padding-inline", "padding-block", "gap", "row-gap", "column-gap");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    private final Set<String> colors = new TreeSet<>();
    private final Set<Double> spacings = new TreeSet<>();

    /** @param tokens the design system's tokens (name → CSS value), e.g. color-primary → #1d4ed8, space-2 → 8px */
    public DesignTokenUse(Map<String, String> tokens) {
        super("design-token", Finding.Severity.MEDIUM, Finding.Category.QUALITY,
                "Colors and spacings come from the design system's tokens.");
        tokens.forEach((name, value) -> {
            Matcher color = COLOR.matcher(value);
            while (color.find()) {
                colors.add(normalize(color.group()));
            }
            if (name.replaceFirst("^--", "").startsWith("space")) {
                Matcher length = LENGTH.matcher(value);
                while (length.find()) {
                    spacings.add(px(length));
                }
            }
        });
    }

    @Override
    public List<Finding> check(SourceFile file) {
        List<Finding> findings = new ArrayList<>();
        String path = file.path().toLowerCase(Locale.ROOT);
        if (path.endsWith(".css") && !colors.isEmpty()) {
            String css = blankComments(file.text());
            Matcher declaration = DECLARATION.matcher(css);
            while (declaration.find()) {
                String property = declaration.group(1).toLowerCase(Locale.ROOT);
                if (property.startsWith("--")) {
                    continue; // a token's own definition
                }
                checkValue(file, declaration.start(2), declaration.group(2), SPACING.contains(property), findings);
            }
        } else if ((path.endsWith(".tsx") || path.endsWith(".ts")) && !colors.isEmpty() && file.hasCode()) {
            for (SourceFile.Literal literal : file.literals()) {
                String value = literal.value().strip();
                if (COLOR.matcher(value).matches()) {
                    checkValue(file, literal.start(), value, false, findings);
                }
            }
        }
        return findings;
    }

    private void checkValue(SourceFile file, int offset, String value, boolean spacing, List<Finding> findings) {
        Matcher color = COLOR.matcher(value);
        while (color.find()) {
            String normalized = normalize(color.group());
            if (!colors.contains(normalized) && !normalized.equals("#00000000")) {
                findings.add(at(file, offset + color.start(), "color " + color.group() + " is not in the design system",
                        "Use one of the design system's colors through its variable, e.g. var(--color-primary)"));
            }
        }
        if (spacing && !spacings.isEmpty()) {
            Matcher length = LENGTH.matcher(value);
            while (length.find()) {
                double px = px(length);
                if (px != 0 && !spacings.contains(px)) {
                    findings.add(at(file, offset + length.start(), "spacing " + length.group() + " is not on the design system's scale "
                            + spacings, "Use a spacing token, e.g. var(--space-2)"));
                }
            }
        }
    }

    private static double px(Matcher length) {
        double value = Double.parseDouble(length.group(1));
        return length.group(2).equals("rem") ? value * 16 : value;
    }

    /** #abc → #aabbcc, lowercase; rgb()/hsl() as written without spaces (they rarely appear in generated code). */
    static String normalize(String color) {
        String c = color.toLowerCase(Locale.ROOT).replace(" ", "");
        if (c.startsWith("#") && (c.length() == 4 || c.length() == 5)) {
            StringBuilder out = new StringBuilder("#");
            for (int i = 1; i < c.length(); i++) {
                out.append(c.charAt(i)).append(c.charAt(i));
            }
            c = out.toString();
        }
        return c.length() == 9 && c.endsWith("ff") ? c.substring(0, 7) : c;
    }

    private static String blankComments(String css) {
        Matcher comment = COMMENT.matcher(css);
        StringBuilder out = new StringBuilder(css);
        while (comment.find()) {
            for (int i = comment.start(); i < comment.end(); i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }
}
