package com.nexusgen.mockups.render.view;

import java.util.List;

/** Any other page: one section per key element. */
public record GenericContent(List<Section> sections) implements PageContent {
}
