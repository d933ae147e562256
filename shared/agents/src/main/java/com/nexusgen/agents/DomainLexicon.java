package com.nexusgen.agents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the offline Architect knows about common app domains: for a noun of the prompt, the entity it
 * becomes and that entity's plausible fields. Nouns it does not know still become entities, with
 * generic fields, so any English prompt yields a data model.
 */
final class DomainLexicon {
    /** A field of an entity template: name, type, required, enum values. */
    record Field(String name, String type, boolean required, List<String> values) {
        static Field of(String name, String type, boolean required) {
            return new Field(name, type, required, List.of());
        }

        static Field choice(String name, String... values) {
            return new Field(name, "enum", true, List.of(values));
        }
    }

    /** An entity template; {@code parent} is the entity it belongs to when the domain implies one. */
    record Template(String entity, List<Field> fields, String parent) {
    }

    private static final Map<String, Template> BY_NOUN = new LinkedHashMap<>();

    private static void add(Template template, String... nouns) {
        for (String noun : nouns) {
            BY_NOUN.put(noun, template);
        }
    }

    static {
        add(new Template("Recipe", List.of(Field.of("title", "string", true), Field.of("ingredients", "text", true),
                Field.of("instructions", "text", true), Field.of("prepMinutes", "integer", false),
                Field.of("servings", "integer", false)), null), "recipe");
        add(new Template("Rating", List.of(Field.of("score", "integer", true), Field.of("comment", "text", false)),
                "@main"), "rating", "review");
        add(new Template("FitnessClass", List.of(Field.of("name", "string", true), Field.of("instructor", "string", true),
                Field.of("startsAt", "datetime", true), Field.of("capacity", "integer", true)), null), "class", "session", "workout");
        add(new Template("Booking", List.of(Field.of("startsAt", "datetime", true), Field.of("attendeeEmail", "email", true),
                Field.choice("status", "booked", "cancelled", "attended")), "@main"), "booking", "reservation", "appointment");
        add(new Template("Transaction", List.of(Field.of("amount", "decimal", true), Field.of("date", "date", true),
                Field.of("category", "string", true), Field.of("note", "text", false)), null), "transaction", "expense", "finance", "spending");
        add(new Template("Budget", List.of(Field.of("category", "string", true), Field.of("monthlyLimit", "decimal", true),
                Field.of("month", "date", true)), null), "budget");
        add(new Template("Board", List.of(Field.of("name", "string", true), Field.of("description", "text", false)), null),
                "board", "kanban");
        add(new Template("Card", List.of(Field.of("title", "string", true), Field.of("description", "text", false),
                Field.choice("status", "todo", "doing", "done"), Field.of("dueDate", "date", false)), "Board"), "card", "task");
        add(new Template("LessonPlan", List.of(Field.of("title", "string", true), Field.of("subject", "string", true),
                Field.of("gradeLevel", "string", true), Field.of("objectives", "text", true), Field.of("date", "date", false)), null),
                "lesson", "plan", "curriculum");
        add(new Template("Event", List.of(Field.of("name", "string", true), Field.of("venue", "string", true),
                Field.of("startsAt", "datetime", true), Field.of("capacity", "integer", true)), null), "event", "concert", "conference");
        add(new Template("Ticket", List.of(Field.of("holderName", "string", true), Field.of("holderEmail", "email", true),
                Field.of("price", "decimal", true), Field.choice("status", "reserved", "paid", "used")), "Event"), "ticketing");
        add(new Template("Pet", List.of(Field.of("name", "string", true), Field.of("species", "string", true),
                Field.of("breed", "string", false), Field.of("ageYears", "integer", false), Field.of("description", "text", false)),
                null), "pet", "animal", "dog", "cat");
        add(new Template("AdoptionApplication", List.of(Field.of("applicantName", "string", true),
                Field.of("applicantEmail", "email", true), Field.of("message", "text", true),
                Field.choice("status", "submitted", "approved", "rejected")), "Pet"), "adoption", "application");
        add(new Template("SupportTicket", List.of(Field.of("subject", "string", true), Field.of("description", "text", true),
                Field.choice("priority", "low", "medium", "high", "urgent"), Field.choice("status", "open", "in_progress", "resolved"),
                Field.of("assignee", "string", false)), null), "helpdesk", "support", "issue", "incident");
        add(new Template("Comment", List.of(Field.of("body", "text", true)), "@main"), "comment", "discussion");
    }

    static Template lookup(String noun) {
        return BY_NOUN.get(noun);
    }
}
