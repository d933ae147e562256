package com.nexusgen.design;

import java.util.List;

/**
 * The design system that emerges from a project's mockups: what they use, and the tokens named from that use.
 */
public record ExtractedDesign(List<ColorUsage> colors, SpacingScale spacing, Typography typography,
                              List<ComponentUsage> components, List<DesignToken> tokens) {

    public ExtractedDesign {
        colors = List.copyOf(colors);
        components = List.copyOf(components);
        tokens = List.copyOf(tokens);
    }
}
