package com.nexusgen.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Architect with no model: reads an English prompt and writes a PRD (prd/v1) deterministically.
 * The domain's nouns become entities (known domains with their usual fields, unknown nouns with
 * generic ones), its verbs become features, and the standard pages follow: landing, sign-in,
 * dashboard, list/detail/form per entity, settings.
 */
public final class OfflineArchitect {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> STOPWORDS = Set.of("a", "an", "the", "and", "or", "for", "with", "to", "of", "in", "on",
            "by", "app", "application", "platform", "tool", "system", "website", "site", "web", "my", "our", "their", "where",
            "that", "which", "who", "can", "let", "lets", "people", "users", "user", "them", "it", "is", "are", "be", "from",
            "into", "at", "as", "simple", "personal", "online", "small", "new", "all", "each", "every", "some", "manager",
            "management", "tracker", "tracking", "sharing", "builder", "service", "it's", "team", "teams", "using", "use");
    private static final Set<String> ACTION_VERBS = Set.of("log", "track", "manage", "record", "share", "organize",
            "organise", "plan", "book", "sell", "collect", "catalog", "catalogue", "list", "schedule", "monitor", "review",
            "rate", "create", "write", "store", "submit", "resolve", "adopt", "browse", "search", "follow", "buy");

    /** Plans the app the prompt describes; {@code projectName} may be null. */
    public JsonNode plan(String prompt, String projectName) {
        List<String> words = words(prompt);
        Set<String> vocabulary = new LinkedHashSet<>(words);
        Map<String, DomainLexicon.Template> entities = entities(words, vocabulary);
        String main = entities.keySet().iterator().next();

        ObjectNode prd = JSON.createObjectNode();
        prd.put("schemaVersion", PrdSchema.VERSION);
        String name = projectName != null && !projectName.isBlank() ? projectName.strip() : name(words, main);
        prd.put("name", name);
        prd.put("vision", name + ": " + sentence(prompt));
        ArrayNode users = prd.putArray("targetUsers");
        targetUsers(prompt, name).forEach(users::add);

        ArrayNode pages = prd.putArray("pages");
        page(pages, "/", "Landing", "Explain what " + name + " does and invite people in", List.of("hero", "feature highlights", "call to action"), null);
        page(pages, "/sign-in", "Sign in", "Let people sign in or create an account", List.of("email field", "password field", "submit button"), null);
        page(pages, "/dashboard", "Dashboard", "Show the latest " + plural(human(main)) + " at a glance", List.of("summary cards", "recent items", "quick actions"), null);
        for (String entity : entities.keySet()) {
            String base = "/" + kebab(plural(entity));
            page(pages, base, plural(title(human(entity))), "Browse and search " + plural(human(entity)), List.of("search box", "list of " + plural(human(entity)), "new button"), entity);
            page(pages, base + "/:id", title(human(entity)) + " details", "See one " + human(entity) + " and act on it", List.of("details", "edit button", "delete button"), entity);
            page(pages, base + "/new", "New " + human(entity), "Create a " + human(entity), List.of("form", "validation messages", "save button"), entity);
        }
        page(pages, "/settings", "Settings", "Profile and preferences", List.of("profile form", "notification preferences"), null);

        ArrayNode features = prd.putArray("features");
        feature(features, "Sign in and profile", "account", List.of(), List.of(), List.of(), List.of(),
                List.of("Sign-in form with clear errors"), List.of("Only signed-in people see their workspace's data"));
        for (String entity : entities.keySet()) {
            feature(features, "Manage " + plural(human(entity)), "core", List.of(entity), List.of(entity), List.of(entity), List.of(entity),
                    List.of("List with search", "Form with inline validation", "Confirmation before delete"),
                    rules(entity, entities.get(entity)));
        }
        verbFeatures(features, vocabulary, main, entities);

        ArrayNode model = prd.putArray("entities");
        entities.forEach((entity, template) -> {
            ObjectNode node = model.addObject().put("name", entity);
            ArrayNode fields = node.putArray("fields");
            for (DomainLexicon.Field field : template.fields()) {
                ObjectNode f = fields.addObject().put("name", field.name()).put("type", field.type()).put("required", field.required());
                if (!field.values().isEmpty()) {
                    ArrayNode values = f.putArray("values");
                    field.values().forEach(values::add);
                }
                if (field.type().equals("integer") && field.name().equals("score")) {
                    f.put("validation", "between 1 and 5");
                }
            }
            ArrayNode relationships = node.putArray("relationships");
            String parent = parentOf(template, main);
            if (parent != null && !parent.equals(entity) && entities.containsKey(parent)) {
                relationships.addObject().put("type", "belongsTo").put("entity", parent);
            }
            entities.forEach((other, otherTemplate) -> {
                if (!other.equals(entity) && entity.equals(parentOf(otherTemplate, main))) {
                    relationships.addObject().put("type", "hasMany").put("entity", other);
                }
            });
        });

        ArrayNode journeys = prd.putArray("journeys");
        String mainBase = "/" + kebab(plural(main));
        journey(journeys, "First " + human(main), List.of(
                List.of("/", "Open the landing page"), List.of("/sign-in", "Sign in"), List.of("/dashboard", "See the overview"),
                List.of(mainBase + "/new", "Create a " + human(main)), List.of(mainBase + "/:id", "Review the new " + human(main))));
        for (String entity : entities.keySet()) {
            if (!entity.equals(main) && main.equals(parentOf(entities.get(entity), main))) {
                journey(journeys, title(human(entity)) + " on a " + human(main), List.of(
                        List.of(mainBase, "Browse " + plural(human(main))), List.of(mainBase + "/:id", "Open one"),
                        List.of("/" + kebab(plural(entity)) + "/new", "Add a " + human(entity))));
            }
        }

        ObjectNode design = prd.putObject("designIntent");
        design.put("feeling", feeling(vocabulary));
        ArrayNode palette = design.putArray("palette");
        palette(main).forEach(palette::add);
        design.put("typography", "Inter, system-ui, sans-serif; 16px base, 1.25 scale");

        ArrayNode assumptions = prd.putArray("assumptions");
        assumptions.addObject().put("text", "People sign in with an email address and a password").put("confidence", 0.8);
        assumptions.addObject().put("text", "Each workspace's " + plural(human(main)) + " are private to it").put("confidence", 0.7);
        assumptions.addObject().put("text", "It is used on phones as much as on desktops").put("confidence", 0.9);

        ArrayNode outOfScope = prd.putArray("outOfScope");
        if (!vocabulary.contains("pay") && !vocabulary.contains("payment") && !vocabulary.contains("sell") && !vocabulary.contains("buy")) {
            outOfScope.add("Payments");
        }
        outOfScope.add("Native mobile apps");
        outOfScope.add("Real-time collaborative editing");
        return prd;
    }

    // --- entities ------------------------------------------------------------------------------

    private static Map<String, DomainLexicon.Template> entities(List<String> words, Set<String> vocabulary) {
        Map<String, DomainLexicon.Template> found = new LinkedHashMap<>();
        for (String word : words) {
            DomainLexicon.Template template = word.equals("ticket")
                    ? DomainLexicon.lookup(vocabulary.contains("event") || vocabulary.contains("concert") ? "ticketing" : "helpdesk")
                    : DomainLexicon.lookup(word);
            if (template != null) {
                found.putIfAbsent(template.entity(), template);
            }
        }
        // Verbs imply records: rating a recipe makes a Rating, booking a class a Booking.
        for (List<String> implied : List.of(List.of("rate", "rating"), List.of("book", "booking"),
                List.of("adopt", "adoption"), List.of("comment", "comment"))) {
            if (vocabulary.contains(implied.get(0)) && !found.isEmpty()) {
                DomainLexicon.Template template = DomainLexicon.lookup(implied.get(1));
                found.putIfAbsent(template.entity(), template);
            }
        }
        // Domains imply their companions: a kanban board has cards, ticketing has events.
        if (found.containsKey("Board")) {
            found.putIfAbsent("Card", DomainLexicon.lookup("card"));
        }
        if (found.containsKey("Ticket")) {
            Map<String, DomainLexicon.Template> ordered = new LinkedHashMap<>();
            ordered.put("Event", DomainLexicon.lookup("event"));
            ordered.putAll(found);
            found = ordered;
        }
        if (found.containsKey("AdoptionApplication") && !found.containsKey("Pet")) {
            Map<String, DomainLexicon.Template> ordered = new LinkedHashMap<>();
            ordered.put("Pet", DomainLexicon.lookup("pet"));
            ordered.putAll(found);
            found = ordered;
        }
        if (found.isEmpty() || onlyChildren(found)) {
            genericEntities(words).forEach(found::putIfAbsent);
        }
        if (found.isEmpty()) {
            found.put("Item", generic("Item"));
        }
        // The first entity that belongs to nothing leads (pages and journeys start from it).
        Map<String, DomainLexicon.Template> ordered = new LinkedHashMap<>();
        found.forEach((k, v) -> {
            if (v.parent() == null) {
                ordered.put(k, v);
            }
        });
        ordered.putAll(found);
        return ordered;
    }

    private static boolean onlyChildren(Map<String, DomainLexicon.Template> found) {
        return found.values().stream().allMatch(t -> t.parent() != null);
    }

    /** Noun phrases after action verbs ("log hive inspections" → HiveInspection), else the first nouns. */
    private static Map<String, DomainLexicon.Template> genericEntities(List<String> words) {
        Map<String, DomainLexicon.Template> out = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            if (ACTION_VERBS.contains(words.get(i))) {
                List<String> phrase = new ArrayList<>();
                for (int j = i + 1; j < words.size() && phrase.size() < 2; j++) {
                    String w = words.get(j);
                    if (STOPWORDS.contains(w) || ACTION_VERBS.contains(w)) {
                        if (!phrase.isEmpty()) {
                            break;
                        }
                        continue;
                    }
                    phrase.add(w);
                }
                if (!phrase.isEmpty()) {
                    String entity = phrase.stream().map(OfflineArchitect::capitalize).reduce("", String::concat);
                    out.putIfAbsent(entity, generic(entity));
                }
            }
        }
        if (out.isEmpty()) {
            for (String w : words) {
                if (!STOPWORDS.contains(w) && !ACTION_VERBS.contains(w) && w.length() > 2 && out.size() < 2) {
                    out.putIfAbsent(capitalize(w), generic(capitalize(w)));
                }
            }
        }
        return out;
    }

    private static DomainLexicon.Template generic(String entity) {
        return new DomainLexicon.Template(entity, List.of(DomainLexicon.Field.of("name", "string", true),
                DomainLexicon.Field.of("notes", "text", false), DomainLexicon.Field.of("date", "date", false)), null);
    }

    private static String parentOf(DomainLexicon.Template template, String main) {
        if (template.parent() == null) {
            return null;
        }
        return template.parent().equals("@main") ? main : template.parent();
    }

    private static List<String> rules(String entity, DomainLexicon.Template template) {
        List<String> rules = new ArrayList<>();
        template.fields().stream().filter(DomainLexicon.Field::required)
                .forEach(f -> rules.add(title(human(entity)) + " needs a " + human(f.name())));
        if (template.fields().stream().anyMatch(f -> f.name().equals("capacity"))) {
            rules.add("A " + human(entity) + " is never booked beyond its capacity");
        }
        return rules;
    }

    private static void verbFeatures(ArrayNode features, Set<String> vocabulary, String main, Map<String, DomainLexicon.Template> entities) {
        if (vocabulary.contains("share") || vocabulary.contains("sharing")) {
            feature(features, "Share " + plural(human(main)), "social", List.of(), List.of(main), List.of(), List.of(),
                    List.of("Share link", "Public view"), List.of("Only the author edits a shared " + human(main)));
        }
        if (entities.containsKey("Rating")) {
            feature(features, "Rate " + plural(human(main)), "social", List.of("Rating"), List.of(main, "Rating"), List.of(), List.of(),
                    List.of("Star input", "Average rating on each " + human(main)), List.of("One rating per person per " + human(main)));
        }
        if (entities.containsKey("Booking")) {
            feature(features, "Book a " + human(main), "core", List.of("Booking"), List.of(main), List.of("Booking"), List.of(),
                    List.of("Book button with remaining places"), List.of("No double booking of the same " + human(main)));
        }
        if (vocabulary.contains("track") || vocabulary.contains("tracker") || vocabulary.contains("budget") || vocabulary.contains("finance")) {
            feature(features, "Overview of " + plural(human(main)), "analytics", List.of(), List.of(main), List.of(), List.of(),
                    List.of("Totals by category", "Trend chart"), List.of("Totals only count this workspace's data"));
        }
    }

    // --- output helpers ----------------------------------------------------------------------------

    private static void page(ArrayNode pages, String path, String name, String purpose, List<String> elements, String entity) {
        ObjectNode page = pages.addObject().put("path", path).put("name", name).put("purpose", purpose);
        ArrayNode keyElements = page.putArray("keyElements");
        elements.forEach(keyElements::add);
        page.put("device", "responsive");
        if (entity != null) {
            page.put("entity", entity);
        }
    }

    private static void feature(ArrayNode features, String name, String category, List<String> creates, List<String> reads,
                                List<String> updates, List<String> deletes, List<String> ui, List<String> rules) {
        ObjectNode feature = features.addObject().put("name", name).put("category", category);
        ObjectNode operations = feature.putObject("dataOperations");
        creates.forEach(operations.putArray("creates")::add);
        reads.forEach(operations.putArray("reads")::add);
        updates.forEach(operations.putArray("updates")::add);
        deletes.forEach(operations.putArray("deletes")::add);
        ui.forEach(feature.putArray("uiRequirements")::add);
        rules.forEach(feature.putArray("businessRules")::add);
    }

    private static void journey(ArrayNode journeys, String name, List<List<String>> steps) {
        ObjectNode journey = journeys.addObject().put("name", name);
        ArrayNode array = journey.putArray("steps");
        steps.forEach(step -> array.addObject().put("page", step.get(0)).put("action", step.get(1)));
    }

    /** "... for home cooks", "... for teachers": plural nouns after "for"; otherwise a neutral audience. */
    private static List<String> targetUsers(String prompt, String name) {
        List<String> users = new ArrayList<>();
        var matcher = java.util.regex.Pattern.compile("\\bfor ([a-z]+)(?: ([a-z]+))?", java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(prompt);
        while (matcher.find()) {
            String first = matcher.group(1).toLowerCase(Locale.ROOT);
            String second = matcher.group(2) == null ? "" : matcher.group(2).toLowerCase(Locale.ROOT);
            if (!second.isEmpty() && second.endsWith("s") && !STOPWORDS.contains(second) && !STOPWORDS.contains(first)) {
                users.add(capitalize(first + " " + second));
            } else if (first.endsWith("s") && !STOPWORDS.contains(first)) {
                users.add(capitalize(first));
            }
        }
        if (users.isEmpty()) {
            users.add("People who use " + name);
        }
        return users;
    }

    private static String feeling(Set<String> vocabulary) {
        if (containsAny(vocabulary, "pet", "kid", "kids", "fun", "game", "recipe", "playful", "animal")) {
            return "playful";
        }
        if (containsAny(vocabulary, "finance", "budget", "helpdesk", "business", "enterprise", "support", "it")) {
            return "professional";
        }
        if (containsAny(vocabulary, "event", "concert", "festival", "bold")) {
            return "bold";
        }
        return "friendly";
    }

    /** Five colors derived from the main entity's name: the same prompt always gets the same palette. */
    private static List<String> palette(String main) {
        float hue = Math.floorMod(main.hashCode(), 360) / 360f;
        // primary (dark enough for white text), light surface, complementary accent, ink, background
        return List.of(hsb(hue, 0.62f, 0.42f), hsb(hue, 0.08f, 0.98f), hsb((hue + 0.5f) % 1f, 0.6f, 0.55f),
                hsb(hue, 0.15f, 0.15f), "#ffffff");
    }

    private static String hsb(float h, float s, float b) {
        java.awt.Color color = java.awt.Color.getHSBColor(h, s, b);
        return String.format("#%02x%02x%02x", color.getRed(), color.getGreen(), color.getBlue());
    }

    // --- words -----------------------------------------------------------------------------------

    private static List<String> words(String prompt) {
        List<String> out = new ArrayList<>();
        for (String raw : prompt.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
            if (!raw.isBlank()) {
                out.add(singular(raw.replace("'", "")));
            }
        }
        return out;
    }

    static String singular(String word) {
        if (word.length() <= 3 || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
            return word;
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes") || word.endsWith("sses")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** "An app for beekeepers to log hive inspections" names itself after what it keeps: "Hive Inspections". */
    private static String name(List<String> words, String main) {
        List<String> leading = words.stream().filter(w -> !Set.of("a", "an", "the").contains(w)).limit(1).toList();
        boolean generic = !leading.isEmpty() && Set.of("app", "application", "platform", "tool", "website", "site", "system", "service")
                .contains(leading.getFirst());
        return generic ? capitalizeWords(plural(human(main))) : title(words);
    }

    private static String capitalizeWords(String words) {
        return java.util.Arrays.stream(words.split(" ")).map(OfflineArchitect::capitalize).reduce((a, b) -> a + " " + b).orElse(words);
    }

    /** The prompt's opening noun phrase, Title Case: "Gym class booking for members..." → "Gym Class Booking". */
    private static String title(List<String> words) {
        List<String> picked = new ArrayList<>();
        for (String w : words) {
            boolean filler = STOPWORDS.contains(w) && !Set.of("tracker", "tracking", "sharing", "management").contains(w);
            if (filler && !picked.isEmpty()) {
                break;
            }
            if (!filler && picked.size() < 4) {
                picked.add(capitalize(w));
            }
        }
        return picked.isEmpty() ? "New App" : String.join(" ", picked);
    }

    private static String sentence(String prompt) {
        String trimmed = prompt.strip().replaceAll("\\s+", " ");
        String first = trimmed.split("(?<=[.!?])\\s")[0];
        return first.isEmpty() ? "An app" : capitalize(first);
    }

    private static String human(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String plural(String word) {
        if (word.endsWith("y") && !word.endsWith("ay") && !word.endsWith("ey") && !word.endsWith("oy")) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("ch") || word.endsWith("sh")) {
            return word + "es";
        }
        return word + "s";
    }

    private static String kebab(String words) {
        return human(words).replace(' ', '-');
    }

    private static String title(String words) {
        return capitalize(words);
    }

    private static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static boolean containsAny(Set<String> vocabulary, String... words) {
        for (String word : words) {
            if (vocabulary.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
