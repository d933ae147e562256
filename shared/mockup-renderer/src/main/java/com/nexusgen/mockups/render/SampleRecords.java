package com.nexusgen.mockups.render;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Plausible made-up records for mockups: names that look like names, prices like prices, dates like dates.
 *
 * <p>Deterministic on purpose: a value depends only on the entity's name, the field and the row number (through
 * {@link String#hashCode()}, whose result the Java spec fixes), never on time or a random seed, so a page renders
 * byte for byte the same every time and mockup diffs show real changes only. Within a row, every person-like
 * field describes the same person, so the name and the e-mail address agree.
 */
final class SampleRecords {

    private static final LocalDate FIRST_DATE = LocalDate.of(2025, 1, 6);
    private static final LocalDate FIRST_BIRTHDAY = LocalDate.of(1986, 4, 12);
    private static final DateTimeFormatter DATE_TEXT = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME_TEXT =
            DateTimeFormatter.ofPattern("MMM d, uuuu, h:mm a", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME_MACHINE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    private static final List<String> FIRST_NAMES =
            List.of("Ada", "Grace", "Alan", "Katherine", "Margaret", "Dennis", "Radia", "Tim");
    private static final List<String> LAST_NAMES =
            List.of("Lovelace", "Hopper", "Turing", "Johnson", "Hamilton", "Ritchie", "Perlman", "Berners-Lee");
    private static final Set<String> PERSON_WORDS = Set.of("user", "member", "customer", "client", "student",
            "teacher", "employee", "contact", "author", "patient", "person", "people", "staff", "guest", "player",
            "volunteer", "instructor", "tutor", "owner", "applicant", "candidate", "subscriber", "attendee",
            "speaker", "assignee", "manager", "reviewer", "creator", "parent", "learner", "coach", "driver", "agent",
            "lead", "host", "organizer", "profile", "createdby", "updatedby", "assignedto", "reporter");
    private static final Set<String> MONEY_WORDS = Set.of("price", "amount", "cost", "total", "budget", "salary",
            "fee", "balance", "revenue", "subtotal", "tax", "payment", "rate");
    private static final Set<String> COUNT_WORDS = Set.of("quantity", "qty", "count", "stock", "seats", "capacity",
            "units", "inventory", "attendees", "views", "likes");
    private static final Set<String> TEXT_WORDS = Set.of("description", "summary", "notes", "note", "bio",
            "content", "body", "comment", "comments", "details", "message", "about", "instructions", "abstract");
    private static final Set<String> TITLE_WORDS = Set.of("title", "name", "subject", "label", "heading", "topic",
            "headline");

    /** Titles by the kind of thing an entity is; the first list whose words the entity name contains wins. */
    private static final List<Domain> DOMAINS = List.of(
            new Domain(Set.of("lesson", "course", "class", "module", "lecture", "tutorial", "unit", "quiz",
                    "assignment", "homework", "exam"),
                    List.of("Introduction to fractions", "Photosynthesis basics", "Persuasive writing",
                            "Intro to Python", "The water cycle", "World geography")),
            new Domain(Set.of("task", "todo", "ticket", "issue", "bug", "story", "request", "incident", "chore"),
                    List.of("Update onboarding copy", "Fix login redirect", "Prepare Q3 report",
                            "Review pull request", "Plan team offsite", "Migrate user data")),
            new Domain(Set.of("product", "item", "listing", "sku", "merchandise", "good", "variant"),
                    List.of("Ceramic pour-over mug", "Linen tote bag", "Walnut desk lamp", "Wool throw blanket",
                            "Cast iron skillet", "Bamboo cutting board")),
            new Domain(Set.of("event", "meeting", "session", "booking", "appointment", "reservation", "workshop",
                    "webinar", "shift", "visit"),
                    List.of("Quarterly planning", "Design review", "Customer workshop", "Team retrospective",
                            "Product demo day", "Board meeting")),
            new Domain(Set.of("project", "campaign", "initiative", "goal", "milestone", "workspace", "board"),
                    List.of("Website redesign", "Spring campaign", "Mobile app launch", "Data migration",
                            "Brand refresh", "Partner portal")),
            new Domain(Set.of("recipe", "meal", "dish", "menu", "ingredient"),
                    List.of("Lemon herb chicken", "Mushroom risotto", "Thai green curry", "Summer berry tart",
                            "Roasted vegetable soup", "Shakshuka")),
            new Domain(Set.of("post", "blog", "article", "document", "doc", "page", "story", "guide", "report",
                    "file", "newsletter"),
                    List.of("Getting started guide", "Release notes 2.4", "How we hire",
                            "Five tips for remote teams", "Our design principles", "Quarterly update")),
            new Domain(Set.of("company", "organization", "organisation", "team", "vendor", "supplier", "partner",
                    "business", "store", "shop", "brand", "account"),
                    List.of("Northwind Traders", "Contoso Ltd", "Acme Corporation", "Globex Inc", "Initech",
                            "Blue Yonder Studio")),
            new Domain(Set.of("order", "invoice", "payment", "transaction", "purchase", "receipt", "subscription"),
                    List.of("Order 1042", "Order 1057", "Order 1063", "Order 1071", "Order 1088", "Order 1094")),
            new Domain(Set.of("place", "location", "venue", "property", "room", "site", "building", "office"),
                    List.of("Harbour View Loft", "Maple Street Studio", "Riverside Hall", "North Wing",
                            "Garden Room", "Sunset Terrace")));
    private static final List<String> GENERAL_TITLES =
            List.of("Getting started", "Weekly review", "Spring update", "Team kickoff", "Final report", "Quick wins");

    private static final List<String> CITIES = List.of("Lisbon", "Toronto", "Nairobi", "Melbourne", "Osaka", "Denver");
    private static final List<String> COUNTRIES =
            List.of("Portugal", "Canada", "Kenya", "Australia", "Japan", "United States");
    private static final List<String> STREETS = List.of("12 Harbour Street", "48 Maple Avenue", "7 Rue des Fleurs",
            "221 King Street West", "3 Garden Lane", "90 Elm Road");
    private static final List<String> STATUSES = List.of("Active", "Pending", "Archived");
    private static final List<String> PRIORITIES = List.of("High", "Medium", "Low");
    private static final List<String> CATEGORIES = List.of("General", "Featured", "Internal");
    private static final List<String> COLORS = List.of("Blue", "Green", "Amber");

    private SampleRecords() {
    }

    /** The value of one field in sample row {@code row} (0-based) of an entity. */
    static SampleValue value(String entityName, FieldSpec field, int row) {
        String fieldName = field.name() == null ? "" : field.name();
        String type = field.type() == null ? "string" : field.type().toLowerCase(Locale.ROOT);
        List<String> words = Wording.words(fieldName);
        int offset = Math.floorMod((entityName + "." + fieldName).hashCode(), 97);
        return switch (type) {
            case "boolean", "bool" -> (row + offset) % 3 != 1 ? new SampleValue("Yes", "true", false)
                    : new SampleValue("No", "false", false);
            case "date" -> date(words, row, offset);
            case "datetime", "timestamp", "date-time" -> dateTime(row, offset);
            case "integer", "int", "long" -> number(words, row, offset, false);
            case "number", "decimal", "float", "double", "money" -> number(words, row, offset,
                    type.equals("decimal") || type.equals("money") || hasAny(words, MONEY_WORDS));
            case "email" -> email(entityName, row);
            case "url" -> url(entityName, row);
            case "enum" -> field.options().isEmpty() ? text(entityName, fieldName, words, row, offset)
                    : option(field.options(), row + offset);
            case "reference", "relation", "ref" -> reference(fieldName, words, row);
            case "text" -> SampleValue.plain(sentence(entityName, row + offset));
            default -> text(entityName, fieldName, words, row, offset);
        };
    }

    /** A record's title: its first field's value, or the entity's name and the row's number. */
    static String title(String entityName, List<FieldSpec> fields, int row) {
        for (FieldSpec field : fields) {
            if (hasAny(Wording.words(field.name()), TITLE_WORDS)) {
                return value(entityName, field, row).text();
            }
        }
        if (!fields.isEmpty()) {
            return value(entityName, fields.getFirst(), row).text();
        }
        return Wording.humanize(entityName) + " " + (row + 1);
    }

    /** The title of a record of the named entity in row {@code row}, without knowing its fields. */
    static String titleOf(String entityName, int row) {
        return pick(titles(entityName), row + Math.floorMod(String.valueOf(entityName).hashCode(), 97));
    }

    private static SampleValue text(String entityName, String fieldName, List<String> words, int row, int offset) {
        if (words.contains("email")) {
            return email(entityName, row);
        }
        if (hasAny(words, Set.of("url", "website", "link", "homepage", "site"))) {
            return url(entityName, row);
        }
        if (hasAny(words, Set.of("phone", "mobile", "tel", "telephone"))) {
            return SampleValue.plain("+1 555 01" + (10 + (row + offset) % 90));
        }
        if (hasAny(words, Set.of("username", "handle", "login", "nickname"))) {
            int person = person(entityName, row);
            return SampleValue.plain((FIRST_NAMES.get(person) + LAST_NAMES.get(person).charAt(0))
                    .toLowerCase(Locale.ROOT));
        }
        if (words.contains("first") || words.contains("given")) {
            return SampleValue.plain(FIRST_NAMES.get(person(entityName, row)));
        }
        if (words.contains("last") && words.contains("name") || words.contains("surname")
                || words.contains("family")) {
            return SampleValue.plain(LAST_NAMES.get(person(entityName, row)));
        }
        if (isPersonName(entityName, words)) {
            int person = person(entityName, row);
            return SampleValue.plain(FIRST_NAMES.get(person) + " " + LAST_NAMES.get(person));
        }
        if (hasAny(words, TITLE_WORDS)) {
            return SampleValue.plain(pick(titles(entityName), row + offset));
        }
        if (hasAny(words, TEXT_WORDS)) {
            return SampleValue.plain(sentence(entityName, row + offset));
        }
        if (words.contains("city") || words.contains("town")) {
            return SampleValue.plain(pick(CITIES, row + offset));
        }
        if (words.contains("country")) {
            return SampleValue.plain(pick(COUNTRIES, row + offset));
        }
        if (hasAny(words, Set.of("address", "street", "location"))) {
            return SampleValue.plain(pick(STREETS, row + offset));
        }
        if (words.contains("status") || words.contains("state") || words.contains("stage")) {
            return SampleValue.plain(pick(STATUSES, row));
        }
        if (words.contains("priority") || words.contains("severity") || words.contains("level")) {
            return SampleValue.plain(pick(PRIORITIES, row + offset));
        }
        if (hasAny(words, Set.of("category", "type", "tag", "tags", "kind", "group", "genre"))) {
            return SampleValue.plain(pick(CATEGORIES, row + offset));
        }
        if (words.contains("color") || words.contains("colour")) {
            return SampleValue.plain(pick(COLORS, row + offset));
        }
        if (hasAny(words, Set.of("id", "code", "sku", "number", "ref", "reference", "slug"))) {
            return SampleValue.plain(prefix(entityName) + "-" + (1042 + row * 17 + offset));
        }
        if (words.contains("password")) {
            return SampleValue.plain("");
        }
        return SampleValue.plain(Wording.humanize(fieldName) + " " + (row + 1));
    }

    private static SampleValue date(List<String> words, int row, int offset) {
        boolean birthday = words.contains("birth") || words.contains("dob") || words.contains("birthday");
        LocalDate date = birthday ? FIRST_BIRTHDAY.plusDays(row * 1_361L + offset)
                : FIRST_DATE.plusDays(row * 11L + offset % 28);
        return new SampleValue(DATE_TEXT.format(date), date.toString(), true);
    }

    private static SampleValue dateTime(int row, int offset) {
        LocalDateTime time = FIRST_DATE.plusDays(row * 9L + offset % 28).atTime(9 + (row * 2 + offset) % 9,
                row % 2 == 0 ? 30 : 0);
        return new SampleValue(DATE_TIME_TEXT.format(time), DATE_TIME_MACHINE.format(time), true);
    }

    private static SampleValue number(List<String> words, int row, int offset, boolean decimal) {
        int spread = (row * 37 + offset) % 100;
        if (hasAny(words, MONEY_WORDS)) {
            String amount = String.format(Locale.ROOT, "%.2f", 12 + spread * 4.75);
            return new SampleValue("$" + String.format(Locale.ROOT, "%,.2f", 12 + spread * 4.75), amount, false);
        }
        long whole;
        String suffix = "";
        if (hasAny(words, COUNT_WORDS)) {
            whole = 3 + spread * 2L;
        } else if (hasAny(words, Set.of("rating", "stars"))) {
            whole = 3 + (row + offset) % 3;
        } else if (hasAny(words, Set.of("grade", "level", "rank", "position", "floor", "round", "week"))) {
            whole = 1 + (row * 3L + offset) % 12;
        } else if (words.contains("age")) {
            whole = 24 + spread % 40;
        } else if (hasAny(words, Set.of("progress", "percent", "percentage", "score", "completion"))) {
            whole = 40 + spread % 61;
            suffix = words.contains("score") ? "" : "%";
        } else if (hasAny(words, Set.of("duration", "minutes", "length", "time"))) {
            whole = 15 + (spread % 8) * 15;
            suffix = " min";
        } else if (words.contains("year")) {
            whole = 2018 + (row + offset) % 8;
        } else if (decimal) {
            String value = String.format(Locale.ROOT, "%.2f", 1 + spread * 0.37);
            return new SampleValue(value, value, false);
        } else {
            whole = 1 + (row * 131L + offset * 7L) % 999;
        }
        return new SampleValue(whole + suffix, Long.toString(whole), false);
    }

    private static SampleValue email(String entityName, int row) {
        int person = person(entityName, row);
        String local = (FIRST_NAMES.get(person) + "." + LAST_NAMES.get(person)).toLowerCase(Locale.ROOT);
        return SampleValue.plain(local.replace("-", "") + "@example.com");
    }

    private static SampleValue url(String entityName, int row) {
        String path = Wording.compact(Wording.plural(entityName == null ? "item" : entityName));
        return SampleValue.plain("https://example.com/" + (path.isEmpty() ? "items" : path) + "/" + (row + 1));
    }

    private static SampleValue option(List<String> options, int index) {
        String option = pick(options, index);
        return new SampleValue(Wording.humanize(option), option, false);
    }

    /** A referenced record: "courseId" points to a course, shown by its title. */
    static SampleValue reference(String fieldName, List<String> words, int row) {
        List<String> target = words.size() > 1 && words.getLast().equals("id") ? words.subList(0, words.size() - 1)
                : words;
        String targetName = String.join(" ", target);
        String text;
        if (hasAny(target, PERSON_WORDS)) {
            int person = person(targetName, row);
            text = FIRST_NAMES.get(person) + " " + LAST_NAMES.get(person);
        } else {
            text = pick(titles(targetName), row + Math.floorMod(targetName.hashCode(), 97));
        }
        String key = Wording.compact(targetName.isEmpty() ? fieldName : targetName);
        return new SampleValue(text, (key.isEmpty() ? "record" : key) + "-" + (row + 1), false);
    }

    private static String sentence(String entityName, int index) {
        String thing = Wording.humanize(entityName).toLowerCase(Locale.ROOT);
        List<String> sentences = List.of(
                "A short overview of what this " + (thing.isEmpty() ? "record" : thing) + " covers and who it is for.",
                "Notes from the last review, with the next steps everyone agreed on.",
                "Everything the team needs to know, kept in one place and up to date.");
        return pick(sentences, index);
    }

    private static List<String> titles(String entityName) {
        List<String> words = Wording.words(entityName);
        for (Domain domain : DOMAINS) {
            for (String word : words) {
                if (domain.words().contains(word) || domain.words().contains(Wording.singular(word))) {
                    return domain.titles();
                }
            }
        }
        return GENERAL_TITLES;
    }

    private static boolean isPersonName(String entityName, List<String> fieldWords) {
        if (hasAny(fieldWords, PERSON_WORDS)) {
            return true;
        }
        boolean namesSomeone = fieldWords.contains("name") && !fieldWords.contains("user")
                || fieldWords.contains("fullname");
        if (!namesSomeone) {
            return false;
        }
        for (String word : Wording.words(entityName)) {
            if (PERSON_WORDS.contains(word) || PERSON_WORDS.contains(Wording.singular(word))) {
                return true;
            }
        }
        return false;
    }

    /** The person a row describes, the same for every person-like field of the row. */
    private static int person(String entityName, int row) {
        return Math.floorMod(row + (entityName == null ? 0 : entityName.hashCode()), FIRST_NAMES.size());
    }

    private static String prefix(String entityName) {
        String compact = Wording.compact(entityName).toUpperCase(Locale.ROOT);
        return compact.length() >= 3 ? compact.substring(0, 3) : compact.isEmpty() ? "REC" : compact;
    }

    private static boolean hasAny(List<String> words, Set<String> vocabulary) {
        for (String word : words) {
            if (vocabulary.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static String pick(List<String> values, int index) {
        return values.get(Math.floorMod(index, values.size()));
    }

    private record Domain(Set<String> words, List<String> titles) {
    }
}
