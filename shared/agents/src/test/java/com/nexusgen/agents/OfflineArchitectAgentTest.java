package com.nexusgen.agents;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The offline Architect as an agent: plans, and re-plans from a person's feedback, deterministically. */
class OfflineArchitectAgentTest {
    private static final String PROMPT = "A recipe sharing app where home cooks post recipes and rate each other's dishes";
    private static final String FEEDBACK = "Add comments on recipes. Remove ratings. Make it more professional. "
            + "Also let people export recipes as PDF";

    private final OfflineArchitectAgent architect = new OfflineArchitectAgent();

    @Test
    void plan_shouldBeTheOfflineArchitectsPlan_withoutUsage_onTheFirstRound() {
        // WHEN a first plan is made
        AgentResult<JsonNode> result = architect.plan(new Architect.PlanRequest(PROMPT, "Cookbook", null, null, null));
        // THEN it is OfflineArchitect's plan, and it cost nothing
        assertEquals(new OfflineArchitect().plan(PROMPT, "Cookbook"), result.value());
        assertEquals(List.of(), result.usage());
    }

    @Test
    void plan_shouldPlanTheProjectsDescriptionToo_whenItAddsToThePrompt() {
        JsonNode prd = architect.plan(new Architect.PlanRequest("A recipe sharing app", null,
                "Cooks can comment on each other's recipes", null, null)).value();
        assertTrue(names(prd, "entities").contains("Comment"), names(prd, "entities").toString());
        assertEquals(List.of(), PrdSchema.problems(prd));
    }

    @Test
    void plan_shouldApplyTheFeedback_andRecordIt_whenReplanning() {
        // GIVEN the plan a person rejected
        JsonNode previous = architect.plan(new Architect.PlanRequest(PROMPT, "Cookbook", null, null, null)).value();
        assertTrue(names(previous, "entities").contains("Rating"));
        // WHEN they ask for comments, no ratings, a more professional feel and a PDF export
        JsonNode prd = architect.plan(new Architect.PlanRequest(PROMPT, "Cookbook", null, previous, FEEDBACK)).value();
        // THEN the plan is still valid, and consistent
        assertEquals(List.of(), PrdSchema.problems(prd), prd.toPrettyString());
        assertEquals(List.of(), PrdRules.problems(prd), prd.toPrettyString());
        // AND comments arrived with their pages and feature
        assertTrue(names(prd, "entities").contains("Comment"), names(prd, "entities").toString());
        assertTrue(paths(prd).containsAll(List.of("/comments", "/comments/:id", "/comments/new")), paths(prd).toString());
        assertTrue(names(prd, "features").contains("Manage comments"), names(prd, "features").toString());
        // AND ratings went out of scope, with their pages and features
        assertFalse(names(prd, "entities").contains("Rating"), names(prd, "entities").toString());
        assertFalse(paths(prd).contains("/ratings"), paths(prd).toString());
        assertFalse(names(prd, "features").stream().anyMatch(f -> f.contains("Rat") || f.contains("rating")), names(prd, "features").toString());
        assertTrue(texts(prd.path("outOfScope")).contains("Ratings"), prd.path("outOfScope").toString());
        // AND the feeling changed, the other request became a feature, and the main entity is untouched
        assertEquals("professional", prd.path("designIntent").path("feeling").asText());
        JsonNode export = feature(prd, "Export recipes as PDF");
        assertEquals("analytics", export.path("category").asText());
        assertEquals("Recipe", export.path("dataOperations").path("reads").get(0).asText());
        assertTrue(names(prd, "features").contains("Manage recipes"));
        // AND the feedback is recorded as a certain assumption
        JsonNode recorded = prd.path("assumptions").get(prd.path("assumptions").size() - 1);
        assertEquals("Revised after this feedback: " + FEEDBACK, recorded.path("text").asText());
        assertEquals(1.0, recorded.path("confidence").asDouble());
        // AND the same request gives the same plan
        assertEquals(prd, architect.plan(new Architect.PlanRequest(PROMPT, "Cookbook", null, previous, FEEDBACK)).value());
    }

    @Test
    void plan_shouldKeepEarlierRoundsChanges_whenReplanningARevisedPlan() {
        // GIVEN a plan already revised once
        JsonNode first = architect.plan(new Architect.PlanRequest(PROMPT, "Cookbook", null, null, null)).value();
        JsonNode second = architect.plan(new Architect.PlanRequest(PROMPT, "Cookbook", null, first, FEEDBACK)).value();
        // WHEN the person asks for one more thing
        JsonNode third = architect.plan(new Architect.PlanRequest(PROMPT, "Cookbook", null, second,
                "Please add a weekly meal calendar")).value();
        // THEN the earlier changes stay (ratings do not come back), and the new request is planned
        assertEquals(List.of(), PrdSchema.problems(third), third.toPrettyString());
        assertTrue(names(third, "entities").contains("Comment"));
        assertFalse(names(third, "entities").contains("Rating"), names(third, "entities").toString());
        assertEquals("core", feature(third, "Weekly meal calendar").path("category").asText());
        assertEquals(2, texts(third.path("assumptions")).stream().filter(t -> t.startsWith("Revised after")).count());
    }

    @Test
    void plan_shouldDropAPageAndItsJourneySteps_andNotReadARequestsVerbAsADomain() {
        // GIVEN a first plan
        JsonNode first = architect.plan(new Architect.PlanRequest(PROMPT, null, null, null, null)).value();
        // WHEN the person asks for dark mode ("support" is also a helpdesk noun) and no dashboard
        JsonNode prd = architect.plan(new Architect.PlanRequest(PROMPT, null, null, first,
                "It should support dark mode, but drop the dashboard")).value();
        // THEN dark mode is a feature, not a support-ticket entity
        assertEquals(List.of("Recipe", "Rating"), names(prd, "entities"));
        assertEquals("core", feature(prd, "Dark mode").path("category").asText());
        // AND the dashboard is gone from the pages and the journeys, and out of scope
        assertFalse(paths(prd).contains("/dashboard"), paths(prd).toString());
        prd.path("journeys").forEach(j -> j.path("steps").forEach(step ->
                assertFalse(step.path("page").asText().equals("/dashboard"), j.toString())));
        assertTrue(texts(prd.path("outOfScope")).contains("Dashboard"));
        assertEquals(List.of(), PrdSchema.problems(prd));
        assertEquals(List.of(), PrdRules.problems(prd));
    }

    @Test
    void plan_shouldRefuse_whenThereIsNothingToPlan() {
        assertThrows(IllegalArgumentException.class, () -> architect.plan(new Architect.PlanRequest(" ", null, null, null, null)));
    }

    private static List<String> names(JsonNode prd, String part) {
        List<String> names = new ArrayList<>();
        prd.path(part).forEach(node -> names.add(node.path("name").asText()));
        return names;
    }

    private static List<String> paths(JsonNode prd) {
        List<String> paths = new ArrayList<>();
        prd.path("pages").forEach(page -> paths.add(page.path("path").asText()));
        return paths;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.isObject() ? node.path("text").asText() : node.asText()));
        return texts;
    }

    private static JsonNode feature(JsonNode prd, String name) {
        for (JsonNode feature : prd.path("features")) {
            if (feature.path("name").asText().equals(name)) {
                return feature;
            }
        }
        throw new AssertionError("no feature " + name + " in " + names(prd, "features"));
    }
}
