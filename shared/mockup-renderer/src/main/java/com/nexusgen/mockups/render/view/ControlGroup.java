package com.nexusgen.mockups.render.view;

import java.util.List;

/**
 * Controls that belong together.
 *
 * @param legend a fieldset legend, or null for controls that need no group of their own
 */
public record ControlGroup(String legend, List<FormControl> controls) {
}
