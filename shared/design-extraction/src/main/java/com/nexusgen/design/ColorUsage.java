package com.nexusgen.design;

import java.util.List;

/**
 * How often one colour is used across the mockups, and for what.
 *
 * @param value    {@code #rrggbb}, or {@code #rrggbbaa} when the colour is translucent
 * @param count    uses across all mockups (a custom property counts where it is referenced, not where it is declared)
 * @param contexts the CSS properties it is used in ({@code background-color}, {@code border-color}, {@code color}, ...), sorted
 */
public record ColorUsage(String value, int count, List<String> contexts) {

    public ColorUsage {
        contexts = List.copyOf(contexts);
    }
}
