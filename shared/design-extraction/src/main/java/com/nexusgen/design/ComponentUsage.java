package com.nexusgen.design;

import java.util.List;

/**
 * One kind of UI component found in the mockups.
 *
 * @param kind    nav, hero, card, button, form, table, list or modal
 * @param variant for buttons: primary, secondary, ghost, outline, danger or link; null when there is none
 * @param count   instances across all mockups
 * @param pageIds the pages it appears on, sorted
 */
public record ComponentUsage(String kind, String variant, int count, List<String> pageIds) {

    public ComponentUsage {
        pageIds = List.copyOf(pageIds);
    }
}
