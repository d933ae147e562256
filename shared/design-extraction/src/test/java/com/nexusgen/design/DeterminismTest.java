package com.nexusgen.design;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeterminismTest {

    private static List<MockupDocument> allLabelledMockups() {
        List<MockupDocument> all = new ArrayList<>();
        LabelledApp.all().forEach(app -> all.addAll(app.mockups()));
        return all;
    }

    @Test
    void extract_shouldGiveTheSameDesign_whenRunTwiceOnTheSameMockups() {
        // GIVEN the labelled mockups
        List<MockupDocument> mockups = allLabelledMockups();
        // WHEN the design is extracted twice, by two extractors
        ExtractedDesign first = new DesignExtractor().extract(mockups);
        ExtractedDesign second = new DesignExtractor().extract(mockups);
        // THEN the results are equal, down to counts, confidences and order
        assertEquals(first, second);
    }

    @Test
    void extract_shouldGiveTheSameDesign_whenTheMockupsComeInAnotherOrder() {
        // GIVEN the labelled mockups in five shuffled orders
        List<MockupDocument> mockups = allLabelledMockups();
        ExtractedDesign expected = new DesignExtractor().extract(mockups);
        Random random = new Random(42);
        for (int i = 0; i < 5; i++) {
            List<MockupDocument> shuffled = new ArrayList<>(mockups);
            Collections.shuffle(shuffled, random);
            // WHEN THEN the design does not depend on the order
            assertEquals(expected, new DesignExtractor().extract(shuffled));
        }
    }

    @Test
    void infer_shouldGiveTheSameEntities_whenTheMockupsComeInAnotherOrder() {
        // GIVEN each labelled app in shuffled orders
        Random random = new Random(7);
        for (LabelledApp app : LabelledApp.all()) {
            List<InferredEntity> expected = new EntityInference().infer(app.mockups());
            for (int i = 0; i < 5; i++) {
                List<MockupDocument> shuffled = new ArrayList<>(app.mockups());
                Collections.shuffle(shuffled, random);
                // WHEN THEN the entities, their field order and their confidences do not depend on the order
                assertEquals(expected, new EntityInference().infer(shuffled), app.name());
            }
        }
    }
}
