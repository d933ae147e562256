package com.nexusgen.design;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the design tokens: colour roles, the spacing scale, fonts and font sizes, radii and shadows.
 * A document's own custom properties name the tokens where they exist and are used; otherwise names follow the
 * product vocabulary (color-primary, space-1.., font-size-lg, radius-md, shadow-sm).
 */
final class DesignTokens {

    private static final String COLOR = "color";
    private static final String SPACING = "spacing";
    private static final String TYPOGRAPHY = "typography";
    private static final String RADIUS = "radius";
    private static final String SHADOW = "shadow";

    private static final int MAX_STEPS = 12;
    private static final List<String> SMALLER = List.of("sm", "xs", "2xs", "3xs");
    private static final List<String> LARGER = List.of("lg", "xl", "2xl", "3xl", "4xl", "5xl", "6xl", "7xl", "8xl");
    private static final List<String> SCALE = List.of("sm", "md", "lg", "xl", "2xl", "3xl");
    private static final Pattern LENGTH = Pattern.compile("-?(?:\\d+\\.?\\d*|\\.\\d+)(?:px|rem|em)?");

    private final StyleObservations observations;
    private final PropertyCatalog catalog;
    private final Map<String, Integer> colorCounts;
    private final SpacingAnalysis spacing;
    private final TypographyAnalysis typography;
    private final Map<String, DesignToken> tokens = new LinkedHashMap<>();

    DesignTokens(StyleObservations observations, PropertyCatalog catalog, Map<String, Integer> colorCounts,
                 SpacingAnalysis spacing, TypographyAnalysis typography) {
        this.observations = observations;
        this.catalog = catalog;
        this.colorCounts = colorCounts;
        this.spacing = spacing;
        this.typography = typography;
    }

    List<DesignToken> build() {
        colors();
        spacingTokens();
        fonts();
        fontSizes();
        radii();
        shadows();
        return List.copyOf(tokens.values());
    }

    private void colors() {
        Map<String, String> roleValues = new LinkedHashMap<>();
        for (ColorRoles.Decision d : new ColorRoles(observations.colors, catalog, colorCounts).decide()) {
            add("color-" + d.role(), COLOR, d.color().hex(), colorCounts.getOrDefault(d.color().hex(), 0), d.confidence());
            roleValues.put(d.role(), d.color().hex());
        }
        // the document's other colour properties keep their own names: --color-primary-hover, --brand-50;
        // one that states a role already reported with its value is that role's token, not a second one
        catalog.used().stream()
                .filter(e -> e.color().isPresent())
                .filter(e -> {
                    String role = TokenVocabulary.colorRole(e.name());
                    return role == null || !e.color().orElseThrow().hex().equals(roleValues.get(role));
                })
                .sorted(Comparator.comparing(PropertyCatalog.Entry::name))
                .forEach(e -> add(TokenVocabulary.colorTokenName(e.name()), COLOR, e.color().orElseThrow().hex(),
                        e.references(), 0.7));
    }

    private void spacingTokens() {
        int base = spacing.baseUnit();
        if (base == 0) {
            return;
        }
        int onGrid = (int) Math.round(spacing.share(base) * observations.spacing.size());
        add("space-base", SPACING, base + "px", onGrid, ColorRoles.round(Math.min(0.95, spacing.share(base))));
        List<PropertyCatalog.Entry> named = catalog.used().stream()
                .filter(e -> TokenVocabulary.spacingName(e.name()) != null && e.px().isPresent() && e.px().getAsDouble() > 0)
                .sorted(Comparator.comparingDouble((PropertyCatalog.Entry e) -> e.px().getAsDouble())
                        .thenComparing(PropertyCatalog.Entry::name))
                .toList();
        if (!named.isEmpty()) {
            for (PropertyCatalog.Entry e : named) {
                double px = e.px().getAsDouble();
                double confidence = Math.round(px) % base == 0 ? 0.95 : 0.8;
                add(TokenVocabulary.spacingName(e.name()), SPACING, CustomProperties.formatPx(px), e.references(), confidence);
            }
            return;
        }
        int i = 1;
        for (SpacingValue step : spacing.steps(base, MAX_STEPS)) {
            add("space-" + i++, SPACING, step.px() + "px", step.count(),
                    ColorRoles.round(Math.min(0.9, 0.5 + 0.04 * step.count())));
        }
    }

    private void fonts() {
        fontRole("font-body", typography.bodyFamily(), 0.7);
        fontRole("font-heading", typography.headingFamily(), 0.7);
        fontRole("font-mono", null, 0);
    }

    private void fontRole(String role, FamilyUsage byUse, double useConfidence) {
        PropertyCatalog.Entry byName = catalog.used().stream()
                .filter(e -> role.equals(TokenVocabulary.familyRole(e.name())) && e.isFontStack())
                .max(Comparator.comparingInt(PropertyCatalog.Entry::references)
                        .thenComparing(PropertyCatalog.Entry::name, Comparator.reverseOrder()))
                .orElse(null);
        if (byName != null) {
            String stack = byName.value().text();
            boolean agree = byUse != null && firstFamily(stack).equalsIgnoreCase(byUse.family());
            double confidence = byUse == null ? 0.8 : agree ? 0.95 : 0.65;
            add(role, TYPOGRAPHY, stack, typography.uses(firstFamily(stack)), confidence);
        } else if (byUse != null) {
            add(role, TYPOGRAPHY, byUse.stack(), byUse.count(), useConfidence);
        }
    }

    private void fontSizes() {
        List<PropertyCatalog.Entry> named = catalog.used().stream()
                .filter(e -> TokenVocabulary.fontSizeName(e.name()) != null && e.px().isPresent())
                .sorted(Comparator.comparingDouble((PropertyCatalog.Entry e) -> e.px().getAsDouble())
                        .thenComparing(PropertyCatalog.Entry::name))
                .toList();
        if (!named.isEmpty()) {
            for (PropertyCatalog.Entry e : named) {
                add(TokenVocabulary.fontSizeName(e.name()), TYPOGRAPHY, CustomProperties.formatPx(e.px().getAsDouble()),
                        e.references(), 0.9);
            }
            return;
        }
        Map<Integer, Integer> counts = typography.sizeCounts();
        if (counts.isEmpty()) {
            return;
        }
        int base = typography.baseSize();
        List<Integer> smaller = counts.keySet().stream().filter(px -> px < base).sorted(Comparator.reverseOrder()).toList();
        List<Integer> larger = counts.keySet().stream().filter(px -> px > base).sorted().toList();
        for (int i = Math.min(smaller.size(), SMALLER.size()) - 1; i >= 0; i--) {
            int px = smaller.get(i);
            add("font-size-" + SMALLER.get(i), TYPOGRAPHY, px + "px", counts.get(px), 0.6);
        }
        add("font-size-base", TYPOGRAPHY, base + "px", counts.getOrDefault(base, 0), counts.containsKey(base) ? 0.75 : 0.5);
        for (int i = 0; i < Math.min(larger.size(), LARGER.size()); i++) {
            int px = larger.get(i);
            add("font-size-" + LARGER.get(i), TYPOGRAPHY, px + "px", counts.get(px), 0.6);
        }
    }

    private void radii() {
        List<PropertyCatalog.Entry> named = catalog.used().stream()
                .filter(e -> TokenVocabulary.radiusName(e.name()) != null && e.px().isPresent())
                .sorted(Comparator.comparingDouble((PropertyCatalog.Entry e) -> e.px().getAsDouble())
                        .thenComparing(PropertyCatalog.Entry::name))
                .toList();
        if (!named.isEmpty()) {
            for (PropertyCatalog.Entry e : named) {
                add(TokenVocabulary.radiusName(e.name()), RADIUS, CustomProperties.formatPx(e.px().getAsDouble()),
                        e.references(), 0.9);
            }
            return;
        }
        Map<Integer, Integer> counts = new java.util.TreeMap<>();
        for (StyleObservations.RadiusUse use : observations.radii) {
            counts.merge(use.px(), 1, Integer::sum);
        }
        Integer full = counts.remove(StyleObservations.RadiusUse.FULL);
        List<Integer> values = new ArrayList<>(counts.keySet());
        for (int i = 0; i < Math.min(values.size(), SCALE.size()); i++) {
            String name = values.size() == 1 ? "md" : SCALE.get(i);
            int px = values.get(i);
            add("radius-" + name, RADIUS, px + "px", counts.get(px), ColorRoles.round(Math.min(0.85, 0.5 + 0.05 * counts.get(px))));
        }
        if (full != null) {
            add("radius-full", RADIUS, "9999px", full, 0.8);
        }
    }

    private void shadows() {
        List<PropertyCatalog.Entry> named = catalog.used().stream()
                .filter(e -> TokenVocabulary.shadowName(e.name()) != null && e.color().isEmpty() && e.px().isEmpty()
                        && !e.value().terms().isEmpty())
                .sorted(Comparator.comparing(PropertyCatalog.Entry::name))
                .toList();
        if (!named.isEmpty()) {
            for (PropertyCatalog.Entry e : named) {
                add(TokenVocabulary.shadowName(e.name()), SHADOW, e.value().text(), e.references(), 0.9);
            }
            return;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (StyleObservations.ShadowUse use : observations.shadows) {
            if (!use.state()) {
                counts.merge(use.value(), 1, Integer::sum);
            }
        }
        List<String> top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(4).map(Map.Entry::getKey)
                .sorted(Comparator.comparingDouble(DesignTokens::blur).thenComparing(Comparator.naturalOrder()))
                .toList();
        for (int i = 0; i < top.size(); i++) {
            String name = top.size() == 1 ? "md" : SCALE.get(i);
            add("shadow-" + name, SHADOW, top.get(i), counts.get(top.get(i)), 0.6);
        }
    }

    /** The blur of the first shadow in a box-shadow value: its third length. */
    private static double blur(String shadow) {
        Matcher m = LENGTH.matcher(shadow);
        int index = 0;
        while (m.find()) {
            if (++index == 3) {
                return CssLength.toPx(m.group()).orElse(CssLength.toNumber(m.group()).orElse(0));
            }
        }
        return 0;
    }

    /** The first family of a stack, unquoted. */
    static String firstFamily(String stack) {
        String first = stack.split(",")[0].trim();
        if (first.length() >= 2 && (first.startsWith("\"") || first.startsWith("'"))) {
            first = first.substring(1, first.length() - 1);
        }
        return first.trim();
    }

    private void add(String name, String category, String value, int usageCount, double confidence) {
        tokens.putIfAbsent(name.toLowerCase(Locale.ROOT),
                new DesignToken(name.toLowerCase(Locale.ROOT), category, value, usageCount,
                        Math.max(0, Math.min(1, confidence)), DesignToken.EXTRACTED));
    }
}
