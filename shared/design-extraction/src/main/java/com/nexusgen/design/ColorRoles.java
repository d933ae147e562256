package com.nexusgen.design;

import com.nexusgen.design.StyleObservations.ColorUse;
import com.nexusgen.design.StyleTarget.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names colours by the way the mockups use them: the background of primary buttons is the primary colour, the colour
 * of the body text is the text colour, the background of cards is the surface. Where the documents name a custom
 * property for the role ({@code --color-primary}) and use it, the name wins; agreement between name and use is what
 * earns a high confidence.
 */
final class ColorRoles {

    /** Roles in the order their tokens are reported; each is the token {@code color-<role>}, as the renderer names them. */
    static final List<String> ROLES = List.of("primary", "secondary", "accent", "text", "muted", "background",
            "surface", "border", "danger", "success", "warning");

    private static final Set<String> DANGER_WORDS = Set.of("danger", "error", "destructive", "delete", "invalid");

    /** Confidence when a custom property's name and the mockups' use of its value agree. */
    private static final double NAME_AND_USE = 0.95;
    /** Confidence when only the name says so: the property is used, but not where the role would show. */
    private static final double NAME_ONLY = 0.8;
    /** Confidence when name and use disagree: the document's name is kept, with doubt. */
    private static final double NAME_AGAINST_USE = 0.65;

    /** One role decided: its colour and how sure we are. */
    record Decision(String role, CssColor color, double confidence) {
    }

    private final List<ColorUse> uses;
    private final PropertyCatalog catalog;
    private final Map<String, Integer> countsByHex;

    ColorRoles(List<ColorUse> uses, PropertyCatalog catalog, Map<String, Integer> countsByHex) {
        this.uses = uses;
        this.catalog = catalog;
        this.countsByHex = countsByHex;
    }

    List<Decision> decide() {
        Map<String, Map<String, Double>> evidence = usageEvidence();
        List<Decision> decisions = new ArrayList<>();
        for (String role : ROLES) {
            Candidate byName = byName(role);
            Candidate byUse = best(evidence.getOrDefault(role, Map.of()));
            if (byName != null && byUse != null) {
                boolean agree = byName.color().hex().equals(byUse.color().hex());
                decisions.add(new Decision(role, byName.color(), agree ? NAME_AND_USE : NAME_AGAINST_USE));
            } else if (byName != null) {
                decisions.add(new Decision(role, byName.color(), NAME_ONLY));
            } else if (byUse != null) {
                decisions.add(new Decision(role, byUse.color(), usageConfidence(byUse.share(), byUse.fallback())));
            }
        }
        return decisions;
    }

    /** From use alone: half sure, more so the more the winner dominates its rivals; less when it is a fallback. */
    private static double usageConfidence(double share, boolean fallback) {
        double confidence = 0.45 + 0.4 * share;
        return round(fallback ? confidence * 0.75 : confidence);
    }

    private record Candidate(CssColor color, double share, boolean fallback) {
    }

    private Candidate byName(String role) {
        PropertyCatalog.Entry best = null;
        for (PropertyCatalog.Entry entry : catalog.used()) {
            if (!role.equals(TokenVocabulary.colorRole(entry.name())) || entry.color().isEmpty()) {
                continue;
            }
            if (best == null || entry.references() > best.references()
                    || (entry.references() == best.references() && entry.name().length() < best.name().length())) {
                best = entry;
            }
        }
        return best == null ? null : new Candidate(best.color().orElseThrow(), 1.0, false);
    }

    private Candidate best(Map<String, Double> weights) {
        if (weights.isEmpty()) {
            return null;
        }
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        String winner = weights.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Double>>comparingDouble(Map.Entry::getValue)
                        .thenComparing(e -> countsByHex.getOrDefault(e.getKey(), 0))
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
        boolean fallback = winner.startsWith("?");
        String hex = fallback ? winner.substring(1) : winner;
        CssColor color = CssColor.parse(hex).orElseThrow();
        return new Candidate(color, weights.get(winner) / total, fallback);
    }

    /** Weighted votes per role and colour; a key starting with "?" marks a fallback vote. */
    private Map<String, Map<String, Double>> usageEvidence() {
        Map<String, Map<String, Double>> evidence = new LinkedHashMap<>();
        for (ColorUse use : uses) {
            StyleTarget t = use.target();
            CssColor color = use.color();
            if (t.state() || color.alpha() < 0.999) {
                continue; // hover shades and overlays are not roles
            }
            String hex = use.hex();
            boolean background = use.context().equals("background-color");
            boolean text = use.context().equals("color");
            boolean button = t.is(Role.BUTTON);
            if (background && button) {
                String variant = t.buttonVariant();
                if ("primary".equals(variant)) {
                    vote(evidence, "primary", hex, 3);
                } else if (variant == null && color.isChromatic()) {
                    vote(evidence, "primary", hex, 1);
                } else if ("secondary".equals(variant) && color.isChromatic()) {
                    vote(evidence, "secondary", hex, 1);
                } else if ("danger".equals(variant)) {
                    vote(evidence, "danger", hex, 2);
                }
            }
            if (text && t.is(Role.LINK) && !button && !t.is(Role.NAV) && color.isChromatic()) {
                vote(evidence, "primary", hex, 1);
            }
            if (text && t.is(Role.PAGE)) {
                vote(evidence, "text", hex, 4);
            } else if (text && t.is(Role.HEADING) && !button && !t.is(Role.LINK)) {
                vote(evidence, "text", hex, 1);
            }
            if (background && t.is(Role.SURFACE) && !button) {
                vote(evidence, "surface", hex, 2);
            }
            if (background && t.is(Role.PAGE)) {
                vote(evidence, "background", hex, 1);
                vote(evidence, "surface", "?" + hex, 1);
            }
            if (use.context().equals("border-color")) {
                vote(evidence, "border", hex, 1);
            }
            if (text && !t.is(Role.PAGE) && !button && !t.is(Role.LINK) && !color.isChromatic()) {
                vote(evidence, "muted", hex, 1);
            }
            if (color.isChromatic() && !java.util.Collections.disjoint(t.subjectWords(), DANGER_WORDS)) {
                vote(evidence, "danger", hex, 1);
            }
        }
        // a surface seen on cards beats the page background it falls back to
        Map<String, Double> surface = evidence.get("surface");
        if (surface != null && surface.keySet().stream().anyMatch(k -> !k.startsWith("?"))) {
            surface.keySet().removeIf(k -> k.startsWith("?"));
        }
        // muted text is the second text colour, never the text colour itself
        Map<String, Double> muted = evidence.get("muted");
        Candidate text = best(evidence.getOrDefault("text", Map.of()));
        if (muted != null && text != null) {
            muted.remove(text.color().hex());
            muted.values().removeIf(w -> w < 2);
        }
        if (!evidence.containsKey("primary")) {
            primaryFallback(evidence);
        }
        return evidence;
    }

    /** No button or link shows a brand colour: the most used saturated colour is our best guess. */
    private void primaryFallback(Map<String, Map<String, Double>> evidence) {
        for (ColorUse use : uses) {
            if (!use.target().state() && use.color().isChromatic() && use.color().alpha() >= 0.999) {
                vote(evidence, "primary", "?" + use.hex(), 1);
            }
        }
    }

    private static void vote(Map<String, Map<String, Double>> evidence, String role, String hex, double weight) {
        evidence.computeIfAbsent(role, k -> new LinkedHashMap<>()).merge(hex, weight, Double::sum);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
