package com.nexusgen.mockups.render.view;

import java.util.List;

/**
 * A form: groups of labelled controls, a submit button and a way out.
 *
 * @param id          the form's id, unique in the document
 * @param action      where submitting leads (the next page of the flow), or null to stay on this document
 * @param hasRequired whether to explain the required marker above the controls
 * @param cancel      a link away without submitting; may be null
 */
public record FormContent(String id, String action, List<ControlGroup> groups, boolean hasRequired,
                          String submitLabel, Link cancel) implements PageContent {
}
