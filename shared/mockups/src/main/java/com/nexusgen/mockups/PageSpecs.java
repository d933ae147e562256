package com.nexusgen.mockups;

import com.fasterxml.jackson.databind.JsonNode;
import com.nexusgen.domain.mockups.Page;
import com.nexusgen.mockups.render.EntitySpec;
import com.nexusgen.mockups.render.FieldSpec;
import com.nexusgen.mockups.render.PageSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A stored page as the renderer's spec. With the project's plan (PRD), an entity's pages also get the
 * entity's fields, so its list, detail and form mockups show the real columns and inputs.
 */
final class PageSpecs {
    private PageSpecs() {
    }

    static PageSpec of(Page page, JsonNode prd) {
        JsonNode planned = plannedPage(prd, page.path());
        EntitySpec entity = planned == null || !planned.hasNonNull("entity") ? null : entity(prd, planned.get("entity").asText());
        return new PageSpec(page.id(), page.name(), page.slug(), page.path(), page.purpose(), page.primaryDevice(),
                page.keyElements(), entity, null);
    }

    private static JsonNode plannedPage(JsonNode prd, String path) {
        if (prd == null) {
            return null;
        }
        for (JsonNode page : prd.path("pages")) {
            if (page.path("path").asText().equals(path)) {
                return page;
            }
        }
        return null;
    }

    private static EntitySpec entity(JsonNode prd, String name) {
        for (JsonNode entity : prd.path("entities")) {
            if (entity.path("name").asText().equals(name)) {
                List<FieldSpec> fields = new ArrayList<>();
                for (JsonNode field : entity.path("fields")) {
                    List<String> options = new ArrayList<>();
                    field.path("values").forEach(v -> options.add(v.asText()));
                    fields.add(new FieldSpec(field.path("name").asText(), field.path("type").asText("string").toLowerCase(Locale.ROOT),
                            field.path("required").asBoolean(false), options));
                }
                return new EntitySpec(name, fields);
            }
        }
        return null;
    }
}
