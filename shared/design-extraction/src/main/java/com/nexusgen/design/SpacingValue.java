package com.nexusgen.design;

/** One spacing value in px (rem and em counted at 16px) and how often it is used. */
public record SpacingValue(int px, int count) {
}
