package com.nexusgen.design;

import java.util.List;

/**
 * The spacing the mockups use (margins, paddings, gaps).
 *
 * @param baseUnitPx the grid the values sit on: the largest of 8, 4 or 2 that divides most uses
 * @param values     each spacing value in px with its uses, smallest first
 */
public record SpacingScale(int baseUnitPx, List<SpacingValue> values) {

    public SpacingScale {
        values = List.copyOf(values);
    }
}
