package com.nexusgen.mockups.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordingTest {

    @ParameterizedTest
    @CsvSource({"dueDate, Due date", "first_name, First name", "lesson-grid, Lesson grid", "resourceUrl, Resource URL",
            "userID, User ID", "Sign in with Google, Sign in with Google", "progress tracking, Progress tracking"})
    void humanize_shouldReadLikeALabel_whenGivenASpecName(String name, String expected) {
        // GIVEN a name as specs write it
        // WHEN it is humanised
        // THEN it reads like a label
        assertEquals(expected, Wording.humanize(name));
    }

    @Test
    void fieldLabel_shouldNameTheTarget_whenFieldIsAReference() {
        // GIVEN a reference field named by its key, and a plain field with the same name
        // WHEN their labels are made
        // THEN the reference reads as what it points to
        assertEquals("Course", Wording.fieldLabel(new FieldSpec("courseId", "reference", false, List.of())));
        assertEquals("Course ID", Wording.fieldLabel(new FieldSpec("courseId", "string", false, List.of())));
    }

    @ParameterizedTest
    @CsvSource({"lesson, lessons", "category, categories", "class, classes", "day, days", "box, boxes"})
    void plural_shouldFollowEnglishRules_whenNounIsRegular(String singular, String plural) {
        // GIVEN a singular noun WHEN it is made plural THEN English rules apply, and back again
        assertEquals(plural, Wording.plural(singular));
        assertEquals(singular, Wording.singular(plural));
    }

    @Test
    void htmlId_shouldBeValidAndReadable_whenNameHasAnyCharacters() {
        // GIVEN names with spaces, symbols and nothing usable
        // WHEN ids are made
        // THEN they are ASCII, dash-separated and never empty
        assertEquals("field-due-date", Wording.htmlId("field-", "Due date!"));
        assertEquals("field-item", Wording.htmlId("field-", "<>\"'"));
        assertEquals("field-script-alert-1-script", Wording.htmlId("field-", "<script>alert(1)</script>"));
    }
}
