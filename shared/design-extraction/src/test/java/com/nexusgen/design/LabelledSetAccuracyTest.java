package com.nexusgen.design;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Measures extraction against the hand-labelled mockups of src/test/resources/labelled: key tokens, components per page,
 * entities with their fields and types, and CRUD locations. Prints precision and recall and what was missed.
 */
class LabelledSetAccuracyTest {

    /** The tokens every app labels: the roles a generated app cannot do without. */
    private static final List<String> KEY_TOKENS = List.of("color-primary", "color-text", "color-surface", "space-base", "font-body");

    private static final double MIN_PRECISION = 0.9;
    private static final double MIN_RECALL = 0.85;

    private static final Map<String, Score> SCORES = new LinkedHashMap<>();

    @BeforeAll
    static void measure() {
        Score tokens = new Score("tokens");
        Score components = new Score("components");
        Score entities = new Score("entities");
        Score crud = new Score("crud");
        DesignExtractor extractor = new DesignExtractor();
        EntityInference inference = new EntityInference();
        for (LabelledApp app : LabelledApp.all()) {
            ExtractedDesign design = extractor.extract(app.mockups());
            List<InferredEntity> inferred = inference.infer(app.mockups());
            tokens.add(app.name(), predictedTokens(design), labelledTokens(app.expected()));
            components.add(app.name(), predictedComponents(design), labelledComponents(app.expected()));
            entities.add(app.name(), predictedEntities(inferred), labelledEntities(app.expected()));
            crud.add(app.name(), predictedCrud(inferred), labelledCrud(app.expected()));
        }
        for (Score score : List.of(tokens, components, entities, crud)) {
            SCORES.put(score.category, score);
            System.out.println("[labelled set] " + score);
            System.out.println("               per app:" + score.perAppLine());
            score.falsePositives.forEach(fp -> System.out.println("    false positive  " + fp));
            score.misses.forEach(miss -> System.out.println("    missed          " + miss));
        }
    }

    @Test
    void keyTokens_shouldMatchLabels_whenExtractedFromTheLabelledSet() {
        assertMeetsBar(SCORES.get("tokens"));
    }

    @Test
    void components_shouldMatchLabels_whenExtractedFromTheLabelledSet() {
        assertMeetsBar(SCORES.get("components"));
    }

    @Test
    void entitiesAndFields_shouldMatchLabels_whenInferredFromTheLabelledSet() {
        assertMeetsBar(SCORES.get("entities"));
    }

    @Test
    void crudLocations_shouldMatchLabels_whenInferredFromTheLabelledSet() {
        assertMeetsBar(SCORES.get("crud"));
    }

    private static void assertMeetsBar(Score score) {
        assertAll(
                () -> assertTrue(score.precision() >= MIN_PRECISION, score + " is below precision " + MIN_PRECISION),
                () -> assertTrue(score.recall() >= MIN_RECALL, score + " is below recall " + MIN_RECALL));
    }

    // --- items compared ----------------------------------------------------------------------------------------

    private static Set<String> predictedTokens(ExtractedDesign design) {
        Set<String> items = new TreeSet<>();
        for (DesignToken token : design.tokens()) {
            if (KEY_TOKENS.contains(token.name())) {
                items.add(token.name() + "=" + normalizeToken(token.name(), token.value()));
            }
        }
        return items;
    }

    private static Set<String> labelledTokens(JsonNode expected) {
        Set<String> items = new TreeSet<>();
        expected.get("tokens").properties().forEach(e ->
                items.add(e.getKey() + "=" + normalizeToken(e.getKey(), e.getValue().asText())));
        return items;
    }

    /** Colours by hex, spacing in px, a font by its first family. */
    private static String normalizeToken(String name, String value) {
        if (name.startsWith("font-")) {
            return DesignTokens.firstFamily(value).toLowerCase(Locale.ROOT);
        }
        return value.trim().toLowerCase(Locale.ROOT);
    }

    private static Set<String> predictedComponents(ExtractedDesign design) {
        Set<String> items = new TreeSet<>();
        for (ComponentUsage usage : design.components()) {
            String kind = usage.variant() == null ? usage.kind() : usage.kind() + ":" + usage.variant();
            usage.pageIds().forEach(page -> items.add(kind + "@" + page));
        }
        return items;
    }

    private static Set<String> labelledComponents(JsonNode expected) {
        Set<String> items = new TreeSet<>();
        expected.get("components").properties().forEach(e ->
                e.getValue().forEach(page -> items.add(e.getKey() + "@" + page.asText())));
        return items;
    }

    private static Set<String> predictedEntities(List<InferredEntity> entities) {
        Set<String> items = new TreeSet<>();
        for (InferredEntity entity : entities) {
            items.add(entity.name());
            entity.fields().forEach(f -> items.add(entity.name() + "." + FieldNames.key(f.name()) + ":" + f.type()));
        }
        return items;
    }

    private static Set<String> labelledEntities(JsonNode expected) {
        Set<String> items = new TreeSet<>();
        expected.get("entities").properties().forEach(e -> {
            items.add(e.getKey());
            e.getValue().get("fields").properties().forEach(f ->
                    items.add(e.getKey() + "." + FieldNames.key(f.getKey()) + ":" + f.getValue().asText()));
        });
        return items;
    }

    private static Set<String> predictedCrud(List<InferredEntity> entities) {
        Set<String> items = new TreeSet<>();
        for (InferredEntity entity : entities) {
            CrudLocations c = entity.crud();
            c.create().forEach(p -> items.add(entity.name() + " create@" + p));
            c.read().forEach(p -> items.add(entity.name() + " read@" + p));
            c.update().forEach(p -> items.add(entity.name() + " update@" + p));
            c.delete().forEach(p -> items.add(entity.name() + " delete@" + p));
        }
        return items;
    }

    private static Set<String> labelledCrud(JsonNode expected) {
        Set<String> items = new TreeSet<>();
        expected.get("entities").properties().forEach(e ->
                e.getValue().get("crud").properties().forEach(op ->
                        op.getValue().forEach(page -> items.add(e.getKey() + " " + op.getKey() + "@" + page.asText()))));
        return items;
    }
}
