package com.nexusgen.mockups.render;

import java.util.List;

/** A small lesson-planning app with one page of every kind, the way the page wizard would describe it. */
final class SampleProject {

    static final String NAME = "LessonLoop";

    static final EntitySpec LESSON = new EntitySpec("Lesson", List.of(
            new FieldSpec("title", "string", true, List.of()),
            new FieldSpec("subject", "enum", true, List.of("math", "science", "history")),
            new FieldSpec("gradeLevel", "integer", false, List.of()),
            new FieldSpec("scheduledOn", "date", true, List.of()),
            new FieldSpec("startsAt", "datetime", false, List.of()),
            new FieldSpec("published", "boolean", false, List.of()),
            new FieldSpec("summary", "text", false, List.of()),
            new FieldSpec("courseId", "reference", false, List.of()),
            new FieldSpec("resourceUrl", "url", false, List.of()),
            new FieldSpec("teacherEmail", "email", false, List.of()),
            new FieldSpec("materialsCost", "decimal", false, List.of()),
            new FieldSpec("weight", "number", false, List.of())));

    static final EntitySpec STUDENT = new EntitySpec("Student", List.of(
            new FieldSpec("name", "string", true, List.of()),
            new FieldSpec("email", "email", true, List.of()),
            new FieldSpec("birthDate", "date", false, List.of()),
            new FieldSpec("active", "boolean", false, List.of())));

    static final PageSpec HOME = page("p-home", "Home", "home", "/", "Plan lessons and keep parents in the loop.",
            List.of("hero", "lesson-planner", "progress tracking", "parentUpdates"), null, null);
    static final PageSpec SIGN_IN = page("p-sign-in", "Sign in", "sign-in", "/sign-in",
            "Teachers sign in to plan their week.", List.of(), null, null);
    static final PageSpec DASHBOARD = page("p-dashboard", "Dashboard", "dashboard", "/dashboard",
            "Today's lessons and what needs attention.", List.of("summary", "recent lessons"), null, null);
    static final PageSpec LESSONS = page("p-lessons", "Lessons", "lessons", "/lessons",
            "Teachers browse and search their lessons.", List.of("search", "lesson-table"), LESSON, null);
    static final PageSpec LESSON_DETAIL = page("p-lesson", "Lesson", "lesson", "/lessons/:id",
            "Everything about one lesson.", List.of(), LESSON, null);
    static final PageSpec NEW_LESSON = page("p-new-lesson", "New lesson", "new-lesson", "/lessons/new",
            "Plan a new lesson.", List.of(), LESSON, null);
    static final PageSpec EDIT_LESSON = page("p-edit-lesson", "Edit lesson", "edit-lesson", "/lessons/:id/edit",
            "Change a planned lesson.", List.of(), LESSON, null);
    static final PageSpec STUDENTS = page("p-students", "Students", "students", "/students",
            "The students of a class.", List.of(), STUDENT, null);
    static final PageSpec STUDENT_DETAIL = page("p-student", "Student", "student", "/students/:id",
            "One student's profile.", List.of(), STUDENT, null);
    static final PageSpec SETTINGS = page("p-settings", "Settings", "settings", "/settings",
            "Your profile and notifications.", List.of(), null, null);
    static final PageSpec ABOUT = page("p-about", "About", "about", "/about", "Who we are.",
            List.of("mission", "team", "contact"), null, null);

    static final List<PageSpec> PAGES = List.of(HOME, SIGN_IN, DASHBOARD, LESSONS, LESSON_DETAIL, NEW_LESSON,
            EDIT_LESSON, STUDENTS, STUDENT_DETAIL, SETTINGS, ABOUT);
    static final List<PageLink> LINKS = PAGES.stream().map(PageSpec::link).toList();

    private SampleProject() {
    }

    static PageSpec page(String id, String name, String slug, String path, String purpose, List<String> keyElements,
                         EntitySpec entity, String kind) {
        return new PageSpec(id, name, slug, path, purpose, "responsive", keyElements, entity, kind);
    }
}
