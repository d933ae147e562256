package com.nexusgen.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The custom properties a project's mockups declare, one value per name (the value most referenced across pages),
 * with how often they are referenced in all.
 */
final class PropertyCatalog {

    /** One custom property of the project. */
    record Entry(String name, CustomProperties.Resolved value, int references) {

        /** The colour it holds, when its value is one opaque colour. */
        Optional<CssColor> color() {
            List<ValueTerm> terms = value.terms();
            if (terms.size() != 1) {
                return Optional.empty();
            }
            return CssColor.parse(terms.getFirst().text()).filter(c -> c.alpha() >= 0.999);
        }

        /** The length it holds in px, when its value is one length. */
        OptionalDouble px() {
            List<ValueTerm> terms = value.terms();
            if (terms.size() != 1 || terms.getFirst().kind() != ValueTerm.Kind.WORD) {
                return OptionalDouble.empty();
            }
            return CssLength.toPx(terms.getFirst().text());
        }

        /** Whether it holds a font stack: quoted names, or names separated by commas. */
        boolean isFontStack() {
            List<ValueTerm> terms = value.terms();
            if (terms.isEmpty() || px().isPresent() || color().isPresent()) {
                return false;
            }
            return terms.stream().allMatch(t -> t.kind() == ValueTerm.Kind.STRING || t.kind() == ValueTerm.Kind.WORD
                    || t.isOperator(","));
        }

        boolean isUsed() {
            return references > 0;
        }
    }

    private final Map<String, Entry> entries;

    private PropertyCatalog(Map<String, Entry> entries) {
        this.entries = entries;
    }

    static PropertyCatalog of(List<StyleObservations.PropertyDeclaration> declarations) {
        Map<String, Map<String, int[]>> refsByValue = new LinkedHashMap<>();
        Map<String, Map<String, CustomProperties.Resolved>> values = new LinkedHashMap<>();
        for (StyleObservations.PropertyDeclaration d : declarations) {
            String text = d.value().text();
            refsByValue.computeIfAbsent(d.name(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(text, k -> new int[1])[0] += d.references();
            values.computeIfAbsent(d.name(), k -> new LinkedHashMap<>()).putIfAbsent(text, d.value());
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        refsByValue.forEach((name, byValue) -> {
            String best = null;
            int bestRefs = -1;
            int total = 0;
            for (Map.Entry<String, int[]> e : byValue.entrySet()) {
                total += e.getValue()[0];
                if (e.getValue()[0] > bestRefs) {
                    best = e.getKey();
                    bestRefs = e.getValue()[0];
                }
            }
            entries.put(name, new Entry(name, values.get(name).get(best), total));
        });
        return new PropertyCatalog(entries);
    }

    List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }

    List<Entry> used() {
        return entries.values().stream().filter(Entry::isUsed).toList();
    }
}
