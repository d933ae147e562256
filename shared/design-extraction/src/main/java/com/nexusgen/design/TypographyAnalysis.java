package com.nexusgen.design;

import com.nexusgen.design.StyleObservations.FamilyUse;
import com.nexusgen.design.StyleObservations.SizeUse;
import com.nexusgen.design.StyleTarget.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The families and sizes the mockups set, and which family is the body's and which the headings'. */
final class TypographyAnalysis {

    private record Tally(String family, String stack, int[] count) {
    }

    private final List<FamilyUse> families;
    private final List<SizeUse> sizes;
    private final Map<String, Tally> byFamily = new LinkedHashMap<>();

    TypographyAnalysis(List<FamilyUse> families, List<SizeUse> sizes) {
        this.families = families;
        this.sizes = sizes;
        for (FamilyUse use : families) {
            byFamily.computeIfAbsent(use.family().toLowerCase(Locale.ROOT),
                    k -> new Tally(use.family(), use.stack(), new int[1])).count()[0]++;
        }
    }

    Typography typography() {
        List<FamilyUsage> familyUsages = new ArrayList<>();
        for (Tally t : byFamily.values()) {
            familyUsages.add(new FamilyUsage(t.family(), t.stack(), t.count()[0]));
        }
        familyUsages.sort(Comparator.comparingInt(FamilyUsage::count).reversed()
                .thenComparing(f -> f.family().toLowerCase(Locale.ROOT)));
        List<SizeUsage> sizeUsages = new ArrayList<>();
        sizeCounts().forEach((px, count) -> sizeUsages.add(new SizeUsage(px, count)));
        return new Typography(familyUsages, sizeUsages);
    }

    /** The family the body text is set in: what html/body set, else the most used family. */
    FamilyUsage bodyFamily() {
        FamilyUsage page = mostUsed(Role.PAGE);
        return page != null ? page : typography().families().stream().findFirst().orElse(null);
    }

    /** The family headings are set in, when they set one. */
    FamilyUsage headingFamily() {
        return mostUsed(Role.HEADING);
    }

    /** The body's font size: what html/body set, else 16px when used, else the most used size. */
    int baseSize() {
        Map<Integer, Integer> page = new TreeMap<>();
        for (SizeUse use : sizes) {
            if (use.target().is(Role.PAGE) && !use.target().state()) {
                page.merge(use.px(), 1, Integer::sum);
            }
        }
        Map<Integer, Integer> counts = page.isEmpty() ? sizeCounts() : page;
        if (page.isEmpty() && counts.containsKey(16)) {
            return 16;
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(16);
    }

    Map<Integer, Integer> sizeCounts() {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (SizeUse use : sizes) {
            counts.merge(use.px(), 1, Integer::sum);
        }
        return counts;
    }

    int uses(String family) {
        Tally t = byFamily.get(family.toLowerCase(Locale.ROOT));
        return t == null ? 0 : t.count()[0];
    }

    private FamilyUsage mostUsed(Role role) {
        Map<String, Tally> counts = new LinkedHashMap<>();
        for (FamilyUse use : families) {
            if (use.target().is(role)) {
                counts.computeIfAbsent(use.family().toLowerCase(Locale.ROOT),
                        k -> new Tally(use.family(), use.stack(), new int[1])).count()[0]++;
            }
        }
        return counts.values().stream()
                .max(Comparator.<Tally>comparingInt(t -> t.count()[0])
                        .thenComparing(t -> t.family().toLowerCase(Locale.ROOT), Comparator.reverseOrder()))
                .map(t -> new FamilyUsage(t.family(), t.stack(), uses(t.family())))
                .orElse(null);
    }
}
