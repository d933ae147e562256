package com.nexusgen.design;

import java.util.List;

/** The font families and font sizes the mockups use. */
public record Typography(List<FamilyUsage> families, List<SizeUsage> sizes) {

    public Typography {
        families = List.copyOf(families);
        sizes = List.copyOf(sizes);
    }
}
