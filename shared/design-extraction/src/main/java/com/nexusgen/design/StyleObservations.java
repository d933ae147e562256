package com.nexusgen.design;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every use of a colour, a spacing, a font, a radius and a shadow across a project's mockups, with what it styled. */
final class StyleObservations {

    /** One colour used in one declaration, with the property it colours and what the declaration styles. */
    record ColorUse(CssColor color, String context, StyleTarget target) {
        String hex() {
            return color.hex();
        }
    }

    record FamilyUse(String family, String stack, StyleTarget target) {
    }

    record SizeUse(int px, StyleTarget target) {
    }

    record SpacingUse(int px) {
    }

    /** A corner radius; {@code px} is {@link #FULL} for pills and circles. */
    record RadiusUse(int px) {
        static final int FULL = Integer.MAX_VALUE;
    }

    /** A box shadow; {@code state} for focus rings and hover lifts, which are not elevation tokens. */
    record ShadowUse(String value, boolean state) {
    }

    /** One custom property as one page declares it, and how often that page references it. */
    record PropertyDeclaration(String name, CustomProperties.Resolved value, int references) {
    }

    final List<ColorUse> colors = new ArrayList<>();
    final List<FamilyUse> families = new ArrayList<>();
    final List<SizeUse> sizes = new ArrayList<>();
    final List<SpacingUse> spacing = new ArrayList<>();
    final List<RadiusUse> radii = new ArrayList<>();
    final List<ShadowUse> shadows = new ArrayList<>();
    final List<PropertyDeclaration> properties = new ArrayList<>();

    /** References per custom property name on the page being read; folded into {@link #properties} per page. */
    private final Map<String, Integer> pageReferences = new HashMap<>();

    void referenced(List<String> names) {
        for (String name : names) {
            pageReferences.merge(name, 1, Integer::sum);
        }
    }

    /** Closes one page: records its custom properties with the references the page made to them. */
    void endPage(CustomProperties declared) {
        for (String name : declared.names().stream().sorted().toList()) {
            properties.add(new PropertyDeclaration(name, declared.definitionOf(name), pageReferences.getOrDefault(name, 0)));
        }
        pageReferences.clear();
    }
}
