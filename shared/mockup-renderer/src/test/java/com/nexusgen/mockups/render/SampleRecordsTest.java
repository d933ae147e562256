package com.nexusgen.mockups.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleRecordsTest {

    private static SampleValue value(String entity, String field, String type, int row) {
        return SampleRecords.value(entity, new FieldSpec(field, type, false, List.of()), row);
    }

    @Test
    void value_shouldBeTheSame_whenAskedAgain() {
        // GIVEN a field and a row
        // WHEN its value is made twice
        // THEN it is the same: nothing depends on time or chance
        assertEquals(value("Lesson", "title", "string", 1), value("Lesson", "title", "string", 1));
        assertNotEquals(value("Lesson", "title", "string", 0), value("Lesson", "title", "string", 1));
    }

    @Test
    void value_shouldLookLikeItsKind_whenFieldNameOrTypeSaysWhatItIs() {
        // GIVEN fields of many kinds
        // WHEN sample values are made
        // THEN each looks like what a real record would hold
        assertTrue(value("Student", "email", "email", 0).text().matches("[a-z]+\\.[a-z]+@example\\.com"));
        assertTrue(value("Student", "name", "string", 0).text().matches("[A-Z][a-z]+ [A-Z][a-zA-Z-]+"));
        assertTrue(value("Order", "total", "decimal", 0).text().matches("\\$[\\d,]+\\.\\d{2}"));
        assertTrue(value("Order", "total", "decimal", 0).machine().matches("\\d+\\.\\d{2}"));
        assertTrue(value("Lesson", "gradeLevel", "integer", 0).machine().matches("([1-9]|1[0-2])"));
        SampleValue date = value("Lesson", "scheduledOn", "date", 2);
        assertTrue(date.isDate());
        assertTrue(date.machine().matches("2025-\\d{2}-\\d{2}"));
        assertTrue(date.text().matches("[A-Z][a-z]{2} \\d{1,2}, 2025"));
        assertTrue(value("Event", "startsAt", "datetime", 0).machine().matches("2025-\\d{2}-\\d{2}T\\d{2}:\\d{2}"));
        assertTrue(value("Lesson", "resourceUrl", "url", 0).text().startsWith("https://example.com/lessons/"));
        assertTrue(List.of("Yes", "No").contains(value("Lesson", "published", "boolean", 0).text()));
        assertEquals("In progress", SampleRecords.value("Task", new FieldSpec("state", "enum", false,
                List.of("in_progress")), 0).text());
    }

    @Test
    void value_shouldDescribeOnePerson_whenARowHasANameAndAnEmail() {
        // GIVEN a person-like entity with a name and an e-mail address
        // WHEN a row is made
        String name = value("Customer", "fullName", "string", 1).text();
        String email = value("Customer", "email", "string", 1).text();

        // THEN the address belongs to the name
        assertEquals(name.toLowerCase().replace(" ", ".").replace("-", ""), email.substring(0, email.indexOf('@')));
    }
}
