package com.nexusgen.design;

/**
 * A named design decision read from the mockups.
 *
 * @param name       color-primary, color-text, color-surface, space-1.., font-body, font-heading, font-size-*, radius-*,
 *                   shadow-*; the documents' own custom property names where they declare and use them
 * @param category   color, spacing, typography, radius or shadow
 * @param value      a CSS value ({@code #c2410c}, {@code 8px}, {@code "Inter", sans-serif})
 * @param usageCount how often the value is used across the mockups
 * @param confidence 0..1; highest when a custom property's name and the way it is used agree
 * @param source     where the token came from; always {@code extracted} here
 */
public record DesignToken(String name, String category, String value, int usageCount, double confidence,
                          String source) {

    /** What every token read from mockups says about its source. */
    public static final String EXTRACTED = "extracted";
}
