package com.nexusgen.mockups;

import com.nexusgen.design.ComponentUsage;
import com.nexusgen.design.ExtractedDesign;

import java.util.List;

/**
 * A project's design system: what extraction found across the latest mockups, and the tokens in
 * force, where a person's confirmation or override wins over extraction.
 *
 * @param version the confirmations' version, to quote when changing them
 */
public record DesignSystem(List<Token> tokens, ExtractedDesign extracted, List<ComponentUsage> components, int mockups,
                           long version) {
    /** @param source "confirmed" (a person said so) or "extracted" */
    public record Token(String name, String category, String value, String source, int usageCount, double confidence) {
    }
}
