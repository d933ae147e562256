package com.nexusgen.domain;

import com.nexusgen.domain.errors.FieldError;
import com.nexusgen.domain.errors.ProblemException;
import com.nexusgen.domain.errors.ProblemKind;
import com.nexusgen.domain.projects.Projects;
import com.nexusgen.domain.workspaces.Caller;
import com.nexusgen.domain.workspaces.Identity;
import com.nexusgen.domain.workspaces.Role;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Validation and authorization are decided before any store call, so these run without a store
 * (the store is null: touching it would fail the test). Persistence is tested on DynamoDB Local.
 */
class ProjectsValidationTest {
    private final Projects projects = new Projects(null, Clock.systemUTC());
    private final Caller member = new Caller("u1", "ws1", Role.MEMBER);

    @Test
    void create_shouldReportEveryFieldError_whenSeveralFieldsAreInvalid() {
        // GIVEN a body with four mistakes
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "   ");
        body.put("slug", "Not A Slug");
        body.put("color", "red");
        body.put("referenceApps", List.of("Notion", 42));
        body.put("owner", "someone");
        // WHEN it is submitted
        ProblemException e = assertThrows(ProblemException.class, () -> projects.create(new Identity("u1", "ws1"), body));
        // THEN one 400 lists all of them
        assertEquals(ProblemKind.VALIDATION, e.kind());
        List<String> fields = e.fieldErrors().stream().map(FieldError::field).toList();
        assertTrue(fields.containsAll(List.of("name", "slug", "color", "referenceApps/1", "owner")), fields.toString());
    }

    @Test
    void create_shouldRejectUnknownEnumValues() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> projects.create(new Identity("u1", "ws1"), Map.of("name", "x", "type", "desktop", "status", "done")));
        assertEquals(List.of("type", "status"), e.fieldErrors().stream().map(FieldError::field).toList());
    }

    @Test
    void create_shouldBoundSettings_whenTheObjectIsHuge() {
        Map<String, Object> settings = new LinkedHashMap<>();
        for (int i = 0; i < 2000; i++) {
            settings.put("key" + i, "value-value-value-" + i);
        }
        ProblemException e = assertThrows(ProblemException.class,
                () -> projects.create(new Identity("u1", "ws1"), Map.of("name", "x", "settings", settings)));
        assertEquals("settings", e.fieldErrors().getFirst().field());
    }

    @Test
    void update_shouldRejectAVersionThatDiffersFromIfMatch() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> projects.update(new Identity("u1", "ws1"), "01HZ0000000000000000000000", 3L, Map.of("version", 2, "name", "x")));
        assertEquals(ProblemKind.VALIDATION, e.kind());
        assertEquals("version", e.fieldErrors().getFirst().field());
    }
}
