package com.nexusgen.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The spacing scale of the mockups and the grid it sits on. */
final class SpacingAnalysis {

    /** Candidate grids, largest first: an 8px grid also divides by 4, so the largest that fits wins. */
    private static final int[] UNITS = {8, 4, 2};

    /** Share of uses a grid must divide to be the grid: high enough that a 4px design is not read as 8px. */
    private static final double FITS = 0.8;
    /** Below {@link #FITS}, the share a grid needs to count as the best we have. */
    private static final double MOSTLY = 0.5;

    private final Map<Integer, Integer> counts = new TreeMap<>();

    SpacingAnalysis(List<StyleObservations.SpacingUse> uses) {
        for (StyleObservations.SpacingUse use : uses) {
            counts.merge(use.px(), 1, Integer::sum);
        }
    }

    SpacingScale scale() {
        List<SpacingValue> values = new ArrayList<>();
        counts.forEach((px, count) -> values.add(new SpacingValue(px, count)));
        return new SpacingScale(baseUnit(), values);
    }

    /** The largest of 8, 4 and 2 that divides at least 80% of uses; else one that divides most; 0 with no spacing. */
    int baseUnit() {
        if (counts.isEmpty()) {
            return 0;
        }
        for (int unit : UNITS) {
            if (share(unit) >= FITS) {
                return unit;
            }
        }
        for (int unit : UNITS) {
            if (share(unit) >= MOSTLY) {
                return unit;
            }
        }
        return 2;
    }

    /** The share of uses the unit divides. */
    double share(int unit) {
        int total = 0;
        int divisible = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            total += e.getValue();
            if (e.getKey() % unit == 0) {
                divisible += e.getValue();
            }
        }
        return total == 0 ? 0 : (double) divisible / total;
    }

    /** The values on the grid that are used more than once: the steps of the scale, smallest first. */
    List<SpacingValue> steps(int unit, int max) {
        List<SpacingValue> steps = new ArrayList<>();
        counts.forEach((px, count) -> {
            if (unit > 0 && px % unit == 0 && count >= 2 && steps.size() < max) {
                steps.add(new SpacingValue(px, count));
            }
        });
        return steps;
    }
}
