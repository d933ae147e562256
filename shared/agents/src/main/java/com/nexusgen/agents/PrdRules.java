package com.nexusgen.agents;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What prd-v1.json cannot say about a plan: its parts must refer to each other. A journey walks through
 * planned pages, a page or a relationship names a planned entity, and paths and entity names are unique,
 * because the Coder turns each of them into one file and one route.
 */
public final class PrdRules {
    private PrdRules() {
    }

    /** The broken references in a schema-valid {@code prd}; empty when there are none. */
    public static List<String> problems(JsonNode prd) {
        List<String> problems = new ArrayList<>();
        Set<String> entities = new HashSet<>();
        for (JsonNode entity : prd.path("entities")) {
            if (!entities.add(entity.path("name").asText())) {
                problems.add("entities: " + entity.path("name").asText() + " is planned twice");
            }
        }
        Set<String> paths = new HashSet<>();
        int i = 0;
        for (JsonNode page : prd.path("pages")) {
            if (!paths.add(page.path("path").asText())) {
                problems.add("pages[" + i + "]: the path " + page.path("path").asText() + " is planned twice");
            }
            if (page.has("entity") && !entities.contains(page.path("entity").asText())) {
                problems.add("pages[" + i + "]: entity " + page.path("entity").asText() + " is not among the entities");
            }
            i++;
        }
        for (JsonNode entity : prd.path("entities")) {
            for (JsonNode relationship : entity.path("relationships")) {
                if (!entities.contains(relationship.path("entity").asText())) {
                    problems.add("entities: " + entity.path("name").asText() + " relates to "
                            + relationship.path("entity").asText() + ", which is not among the entities");
                }
            }
        }
        for (JsonNode journey : prd.path("journeys")) {
            for (JsonNode step : journey.path("steps")) {
                if (!paths.contains(step.path("page").asText())) {
                    problems.add("journeys: \"" + journey.path("name").asText() + "\" visits " + step.path("page").asText()
                            + ", which is not the path of any page");
                }
            }
        }
        return problems;
    }
}
