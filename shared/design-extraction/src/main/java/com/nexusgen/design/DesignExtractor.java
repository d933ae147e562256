package com.nexusgen.design;

import com.helger.css.decl.CSSDeclaration;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the design system out of a project's mockups: the colours, spacing and type they use, the components they are
 * built from, and tokens named from that use.
 *
 * <p>Deterministic: the same mockups give the same design in any order. Never throws on what a mockup contains;
 * a page that cannot be read contributes nothing.
 */
public final class DesignExtractor {

    private final ComponentDetector detector = new ComponentDetector();

    public DesignExtractor() {
    }

    public ExtractedDesign extract(List<MockupDocument> mockups) {
        // one reader per call: it caches parsed CSS blocks, and the extractor stays safe to share between threads
        MockupReader reader = new MockupReader();
        StyleObservations observations = new StyleObservations();
        Map<String, ComponentTally> components = new LinkedHashMap<>();
        for (MockupDocument mockup : inReadingOrder(mockups)) {
            try {
                readPage(reader.read(mockup), observations, components);
            } catch (RuntimeException | StackOverflowError e) {
                // a page the parsers cannot cope with contributes nothing rather than failing the project
            }
        }
        Map<String, Integer> colorCounts = new LinkedHashMap<>();
        List<ColorUsage> colors = colorUsages(observations, colorCounts);
        SpacingAnalysis spacing = new SpacingAnalysis(observations.spacing);
        TypographyAnalysis typography = new TypographyAnalysis(observations.families, observations.sizes);
        PropertyCatalog catalog = PropertyCatalog.of(observations.properties);
        List<DesignToken> tokens = new DesignTokens(observations, catalog, colorCounts, spacing, typography).build();
        return new ExtractedDesign(colors, spacing.scale(), typography.typography(), componentUsages(components), tokens);
    }

    private void readPage(ParsedMockup page, StyleObservations observations, Map<String, ComponentTally> components) {
        SelectorMatcher matcher = new SelectorMatcher(page.dom());
        Set<Element> buttonLinks = ButtonLinks.find(page, matcher);
        List<DetectedComponent> detected = detector.detect(page.dom(), buttonLinks);
        for (DetectedComponent c : detected) {
            components.computeIfAbsent(c.kind() + "|" + Objects.toString(c.variant(), ""),
                    k -> new ComponentTally(c.kind(), c.variant())).add(page.pageId());
        }
        StyleTargets targets = new StyleTargets(matcher, detected);
        DeclarationReader declarations = new DeclarationReader(observations);
        for (StyleRule rule : page.rules()) {
            StyleTarget target = targets.ofRule(rule.selectors());
            for (CSSDeclaration declaration : rule.declarations()) {
                declarations.read(declaration, target, page.properties());
            }
        }
        for (ParsedMockup.InlineStyle inline : page.inlineStyles()) {
            StyleTarget target = targets.ofElement(inline.element());
            for (CSSDeclaration declaration : inline.declarations()) {
                declarations.read(declaration, target, page.properties());
            }
        }
        observations.endPage(page.properties());
    }

    /** Pages sorted by id (then slug, then content) so that input order cannot change the result. */
    static List<MockupDocument> inReadingOrder(List<MockupDocument> mockups) {
        if (mockups == null) {
            return List.of();
        }
        return mockups.stream()
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(MockupReader::pageIdOf)
                        .thenComparing(MockupReader::slugOf)
                        .thenComparing(m -> Objects.toString(m.html(), "")))
                .toList();
    }

    private static List<ColorUsage> colorUsages(StyleObservations observations, Map<String, Integer> countsOut) {
        Map<String, TreeSet<String>> contexts = new TreeMap<>();
        for (StyleObservations.ColorUse use : observations.colors) {
            countsOut.merge(use.hex(), 1, Integer::sum);
            contexts.computeIfAbsent(use.hex(), k -> new TreeSet<>()).add(use.context());
        }
        List<ColorUsage> usages = new ArrayList<>();
        contexts.forEach((hex, ctx) -> usages.add(new ColorUsage(hex, countsOut.get(hex), List.copyOf(ctx))));
        usages.sort(Comparator.comparingInt(ColorUsage::count).reversed().thenComparing(ColorUsage::value));
        return usages;
    }

    private static List<ComponentUsage> componentUsages(Map<String, ComponentTally> tallies) {
        return tallies.values().stream()
                .sorted(Comparator.comparingInt((ComponentTally t) -> ComponentDetector.KINDS.indexOf(t.kind))
                        .thenComparing(t -> Objects.toString(t.variant, "")))
                .map(t -> new ComponentUsage(t.kind, t.variant, t.count, List.copyOf(t.pages)))
                .toList();
    }

    private static final class ComponentTally {
        private final String kind;
        private final String variant;
        private final TreeSet<String> pages = new TreeSet<>();
        private int count;

        ComponentTally(String kind, String variant) {
            this.kind = kind;
            this.variant = variant;
        }

        void add(String pageId) {
            count++;
            pages.add(pageId);
        }
    }
}
