package com.nexusgen.design;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The variant a button's classes ask for: primary, secondary, ghost, outline, danger or link. */
final class ButtonVariant {

    /** Checked in this order, so {@code btn-outline-primary} is a primary button and {@code btn-danger-link} a danger one. */
    private static final List<Map.Entry<String, Set<String>>> VARIANTS = List.of(
            Map.entry("danger", Set.of("danger", "destructive", "error")),
            Map.entry("primary", Set.of("primary", "cta")),
            Map.entry("secondary", Set.of("secondary", "tertiary", "alt", "default")),
            Map.entry("ghost", Set.of("ghost", "subtle", "plain", "flat", "quiet", "minimal")),
            Map.entry("outline", Set.of("outline", "outlined", "bordered")),
            Map.entry("link", Set.of("link", "text")));

    private ButtonVariant() {
    }

    /** The variant named by the words, or null. */
    static String of(Set<String> classWords) {
        for (Map.Entry<String, Set<String>> variant : VARIANTS) {
            for (String word : variant.getValue()) {
                if (classWords.contains(word)) {
                    return variant.getKey();
                }
            }
        }
        return null;
    }
}
