package com.nexusgen.agents;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The offline Architect turns varied English prompts into valid, sensible PRDs. */
class OfflineArchitectTest {
    private final OfflineArchitect architect = new OfflineArchitect();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A recipe sharing app where home cooks post recipes and rate each other's dishes | Recipe Rating",
            "Gym class booking for members of a small fitness studio | FitnessClass Booking",
            "A personal finance tracker for families to log expenses and stay within a monthly budget | Transaction Budget",
            "A kanban board for small teams to organise tasks | Board Card",
            "Lesson plans for teachers, organised by subject and grade | LessonPlan",
            "Event ticketing for local concerts | Event Ticket",
            "Pet adoption: shelters list animals and families submit adoption applications | Pet AdoptionApplication",
            "An IT helpdesk where employees submit tickets and agents resolve them | SupportTicket",
            "An app for beekeepers to log hive inspections | HiveInspection"})
    void plan_shouldWriteAValidPrd_withTheDomainsEntities(String prompt, String expectedEntities) {
        // WHEN the offline Architect plans the prompt
        JsonNode prd = architect.plan(prompt, null);
        // THEN the PRD is valid against prd/v1
        assertEquals(List.of(), PrdSchema.problems(prd), prd.toPrettyString());
        // AND its parts refer to each other (what a Bedrock Architect's plan is held to as well)
        assertEquals(List.of(), PrdRules.problems(prd), prd.toPrettyString());
        // AND the domain's nouns became entities
        Set<String> entities = new HashSet<>();
        prd.path("entities").forEach(e -> entities.add(e.path("name").asText()));
        for (String expected : expectedEntities.split(" ")) {
            assertTrue(entities.contains(expected), expected + " missing in " + entities);
        }
        // AND every entity has its list, detail and form pages, and every journey step is a page
        Set<String> paths = new HashSet<>();
        prd.path("pages").forEach(p -> paths.add(p.path("path").asText()));
        assertTrue(paths.containsAll(List.of("/", "/sign-in", "/dashboard", "/settings")), paths.toString());
        prd.path("journeys").forEach(j -> j.path("steps").forEach(step ->
                assertTrue(paths.contains(step.path("page").asText()), step + " is not a page")));
        // AND each entity is managed by a feature
        List<String> managed = new ArrayList<>();
        prd.path("features").forEach(f -> f.path("dataOperations").path("creates").forEach(c -> managed.add(c.asText())));
        assertTrue(managed.containsAll(entities), managed + " vs " + entities);
    }

    @Test
    void plan_shouldRelateChildEntitiesToTheirParent_andBeDeterministic() {
        JsonNode prd = architect.plan("A recipe sharing app with ratings", "Cookbook");
        assertEquals("Cookbook", prd.path("name").asText());
        JsonNode rating = null;
        for (JsonNode entity : prd.path("entities")) {
            if (entity.path("name").asText().equals("Rating")) {
                rating = entity;
            }
        }
        assertEquals("belongsTo", rating.path("relationships").get(0).path("type").asText());
        assertEquals("Recipe", rating.path("relationships").get(0).path("entity").asText());
        assertEquals(prd, architect.plan("A recipe sharing app with ratings", "Cookbook"));
    }

    @Test
    void schema_shouldRefuseAnIncompletePrd() {
        JsonNode prd = architect.plan("Event ticketing", null);
        ((com.fasterxml.jackson.databind.node.ObjectNode) prd).remove("pages");
        assertTrue(PrdSchema.problems(prd).stream().anyMatch(p -> p.contains("pages")), PrdSchema.problems(prd).toString());
    }
}
