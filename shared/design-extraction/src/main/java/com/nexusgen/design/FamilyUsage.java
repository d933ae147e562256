package com.nexusgen.design;

/**
 * One font family and how often it is used.
 *
 * @param family the first family of the stack, unquoted ({@code Inter})
 * @param stack  the whole stack as first written ({@code "Inter", system-ui, sans-serif})
 * @param count  uses across all mockups
 */
public record FamilyUsage(String family, String stack, int count) {
}
