package com.nexusgen.design;

/** One font size in px (rem and em counted at 16px) and how often it is used. */
public record SizeUsage(int px, int count) {
}
