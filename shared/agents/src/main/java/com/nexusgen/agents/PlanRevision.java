package com.nexusgen.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's feedback applied to a plan without a model, clause by clause and deterministically:
 * <ul>
 *   <li>"remove X", "no X", "without X": X's entity (never the main one) goes with its pages, features
 *   and journeys, as do features and pages named after X and journey steps through them; X is put out
 *   of scope;</li>
 *   <li>"make it more playful": the design's feeling changes;</li>
 *   <li>any other request: if it names a domain the offline Architect knows ("add comments"), that
 *   entity arrives with its pages, features and journeys; otherwise it becomes a feature of its own,
 *   worded as asked.</li>
 * </ul>
 * The feedback is recorded as an assumption, so the next round (and whoever reads the plan) sees why
 * the plan changed. The result stays valid against prd/v1 and {@link PrdRules}: a removal that would
 * break it is not made.
 */
final class PlanRevision {
    private static final Pattern CLAUSES = Pattern.compile("[.!?;\\n]+|,?\\s+but\\s+|,\\s*(?:and\\s+)?(?:also\\s+)?"
            + "(?=(?:please\\s+)?(?:add|remove|drop|make|include|let|allow|support|show|use|no|without|skip)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REMOVAL = Pattern.compile("^(?:please\\s+)?(?:also\\s+)?(?:remove|drop|delete|skip|"
            + "leave out|get rid of|no need for|(?:we\\s+|i\\s+)?(?:don't|do not) (?:need|want)|no|without)\\s+"
            + "(?:the\\s+|any\\s+|a\\s+|an\\s+)?(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FEELING = Pattern.compile(
            "\\b(playful|professional|bold|friendly|calm|minimal|elegant|modern|serious|warm|clean)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DESIGN_WORDS = Pattern.compile("\\b(more|feel|feels|feeling|look|looks|style|tone|design|vibe)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REQUEST_LEAD = Pattern.compile("^(?:(?:please|also|and|then|i want|i'd like|i would like|"
            + "we want|we need|we'd like|it should|it needs to|should|could you|can you|you should|add|include|support|"
            + "let(?: (?:people|users|me|us|them|members|visitors))?|allow(?: (?:people|users|members|visitors))?|"
            + "have|show|there should be|to|a|an|the)\\b[\\s,]*)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern OBJECTS = Pattern.compile("\\s*(?:,|\\band\\b|\\bor\\b)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Set<String> GENERIC_WORDS = Set.of("feature", "features", "page", "pages", "option", "options",
            "button", "buttons", "section", "sections", "ability", "support", "functionality", "screen", "screens", "part");
    /** Not a head noun: "sign in" is about signing, "log out" about logging. */
    private static final Set<String> FUNCTION_WORDS = Set.of("in", "on", "up", "out", "of", "for", "with", "to", "the",
            "a", "an", "and", "at", "by", "from", "into", "it", "them", "me", "us");
    private static final int MAX_FEATURE_NAME = 80;

    private final OfflineArchitect architect;

    PlanRevision(OfflineArchitect architect) {
        this.architect = architect;
    }

    /**
     * {@code plan} revised by {@code feedback}; {@code brief} and {@code projectName} are what the plan
     * was made from (new entities are found by planning the brief with each request added).
     */
    ObjectNode revise(JsonNode plan, String brief, String projectName, String feedback) {
        ObjectNode prd = plan.deepCopy();
        String briefText = brief.replaceAll("[.!?\\s]+$", "");
        // What the brief alone brings is not the feedback's doing: an entity the person removed in an
        // earlier clause or round must not come back just because the brief implies it.
        Set<String> fromBrief = names(architect.plan(briefText, projectName).path("entities"));
        for (String clause : clauses(feedback)) {
            Matcher removal = REMOVAL.matcher(clause);
            if (removal.matches()) {
                for (String object : OBJECTS.split(removal.group(1))) {
                    if (!object.isBlank()) {
                        remove(prd, object.strip());
                    }
                }
                continue;
            }
            Matcher feeling = FEELING.matcher(clause);
            if (DESIGN_WORDS.matcher(clause).find() && feeling.find()) {
                ((ObjectNode) prd.path("designIntent")).put("feeling", feeling.group(1).toLowerCase(Locale.ROOT));
                continue;
            }
            // Without its lead ("it should support", "let people"), a request's verbs are not read as nouns
            // ("support" is a helpdesk's domain). A period after the brief keeps it out of the vision.
            String request = REQUEST_LEAD.matcher(clause).replaceFirst("").strip();
            if (request.isEmpty()) {
                continue;
            }
            JsonNode expanded = architect.plan(briefText + ". " + request, projectName);
            if (!addEntities(prd, expanded, fromBrief, stems(request))) {
                addRequestedFeature(prd, request, clause);
            }
        }
        record(prd, feedback);
        return prd;
    }

    static List<String> clauses(String feedback) {
        List<String> out = new ArrayList<>();
        for (String clause : CLAUSES.split(feedback)) {
            String stripped = clause.strip().replaceAll("\\s+", " ");
            if (!stripped.isEmpty()) {
                out.add(stripped);
            }
        }
        return out;
    }

    // --- additions ---------------------------------------------------------------------------------

    /**
     * Entities of {@code expanded} that {@code prd} lacks and the clause brought (it is not implied by
     * the brief alone, or the clause names it), with everything that comes with them.
     */
    private static boolean addEntities(ObjectNode prd, JsonNode expanded, Set<String> fromBrief, Set<String> clauseStems) {
        Set<String> have = names(prd.path("entities"));
        Set<String> added = new LinkedHashSet<>();
        for (JsonNode entity : expanded.path("entities")) {
            String name = entity.path("name").asText();
            boolean named = clauseStems.contains(stem(lastWord(name)));
            if (!have.contains(name) && (!fromBrief.contains(name) || named)) {
                added.add(name);
            }
        }
        if (added.isEmpty()) {
            return false;
        }
        ArrayNode entities = (ArrayNode) prd.path("entities");
        for (JsonNode entity : expanded.path("entities")) {
            String name = entity.path("name").asText();
            if (added.contains(name)) {
                entities.add(entity.deepCopy());
                continue;
            }
            // An entity the plan already had may now have (many of) a new one.
            for (JsonNode mine : entities) {
                if (mine.path("name").asText().equals(name)) {
                    ArrayNode relationships = (ArrayNode) mine.path("relationships");
                    for (JsonNode relationship : entity.path("relationships")) {
                        if (added.contains(relationship.path("entity").asText()) && !contains(relationships, relationship)) {
                            relationships.add(relationship.deepCopy());
                        }
                    }
                }
            }
        }
        ArrayNode pages = (ArrayNode) prd.path("pages");
        Set<String> paths = paths(pages);
        int settings = indexOfPath(pages, "/settings");
        for (JsonNode page : expanded.path("pages")) {
            if (added.contains(page.path("entity").asText()) && paths.add(page.path("path").asText())) {
                // Entity pages go before settings, where the planner puts them.
                if (settings >= 0) {
                    pages.insert(settings++, page.deepCopy());
                } else {
                    pages.add(page.deepCopy());
                }
            }
        }
        ArrayNode features = (ArrayNode) prd.path("features");
        Set<String> featureNames = names(features);
        for (JsonNode feature : expanded.path("features")) {
            if (touches(feature, added) && featureNames.add(feature.path("name").asText())) {
                features.add(feature.deepCopy());
            }
        }
        ArrayNode journeys = (ArrayNode) prd.path("journeys");
        Set<String> journeyNames = names(journeys);
        for (JsonNode journey : expanded.path("journeys")) {
            boolean onPlannedPages = true;
            for (JsonNode step : journey.path("steps")) {
                onPlannedPages &= paths.contains(step.path("page").asText());
            }
            if (onPlannedPages && journeyNames.add(journey.path("name").asText())) {
                journeys.add(journey.deepCopy());
            }
        }
        return true;
    }

    /** {@code request} is the clause without its lead: what the feature is, in the person's words. */
    private static void addRequestedFeature(ObjectNode prd, String request, String clause) {
        String name = capitalize(request);
        if (name.length() > MAX_FEATURE_NAME) {
            name = name.substring(0, MAX_FEATURE_NAME - 3).strip() + "...";
        }
        ArrayNode features = (ArrayNode) prd.path("features");
        for (JsonNode feature : features) {
            if (feature.path("name").asText().equalsIgnoreCase(name)) {
                return;
            }
        }
        Set<String> clauseStems = stems(request);
        ObjectNode feature = features.addObject().put("name", name).put("category", category(clauseStems));
        ObjectNode operations = feature.putObject("dataOperations");
        operations.putArray("creates");
        ArrayNode reads = operations.putArray("reads");
        for (JsonNode entity : prd.path("entities")) {
            if (clauseStems.contains(stem(lastWord(entity.path("name").asText())))) {
                reads.add(entity.path("name").asText());
            }
        }
        operations.putArray("updates");
        operations.putArray("deletes");
        feature.putArray("uiRequirements").add(capitalize(request));
        feature.putArray("businessRules").add("Asked for in feedback: \"" + clause + "\"");
    }

    /** The feature category a request's words point to; "core" when none does. */
    private static String category(Set<String> stems) {
        if (containsAny(stems, "pay", "payment", "checkout", "price", "cart", "subscription", "buy", "sell", "invoice", "order")) {
            return "commerce";
        }
        if (containsAny(stems, "shar", "comment", "follow", "lik", "friend", "social", "invit", "chat", "messag")) {
            return "social";
        }
        if (containsAny(stems, "chart", "report", "stat", "statistic", "analytic", "export", "insight", "graph", "metric")) {
            return "analytics";
        }
        if (containsAny(stems, "admin", "role", "permission", "moderat", "moderation", "audit")) {
            return "admin";
        }
        if (containsAny(stems, "login", "sign", "account", "profil", "password", "avatar")) {
            return "account";
        }
        if (containsAny(stems, "blog", "post", "articl", "photo", "imag", "upload", "media", "video", "content")) {
            return "content";
        }
        return "core";
    }

    // --- removals ----------------------------------------------------------------------------------

    /**
     * Takes out what {@code object} names: an entity (not the main one) with its pages, features and
     * journeys; features and pages of no entity whose names say it; journey steps through removed
     * pages. It is tried on a copy first: a removal that would leave the plan invalid (no journey
     * left, say) is not made, and only goes out of scope.
     */
    private static void remove(ObjectNode prd, String object) {
        String head = headWord(object);
        if (head == null) {
            return;
        }
        ObjectNode trial = prd.deepCopy();
        removeFrom(trial, stem(head));
        if (PrdSchema.problems(trial).isEmpty() && PrdRules.problems(trial).isEmpty()) {
            prd.setAll(trial);
        }
        String outOfScope = capitalize(object);
        ArrayNode out = (ArrayNode) prd.path("outOfScope");
        for (JsonNode existing : out) {
            if (existing.asText().equalsIgnoreCase(outOfScope)) {
                return;
            }
        }
        out.add(outOfScope);
    }

    private static void removeFrom(ObjectNode prd, String stem) {
        ArrayNode entities = (ArrayNode) prd.path("entities");
        String main = entities.get(0).path("name").asText();
        for (int i = entities.size() - 1; i >= 1; i--) { // index 0 is the main entity
            String entity = entities.get(i).path("name").asText();
            if (stem(lastWord(entity)).equals(stem)) {
                removeEntity(prd, entity);
            }
        }
        ArrayNode features = (ArrayNode) prd.path("features");
        for (int i = features.size() - 1; i >= 0; i--) {
            JsonNode feature = features.get(i);
            boolean managesMain = contains((ArrayNode) feature.path("dataOperations").path("creates"), main);
            if (!managesMain && stems(feature.path("name").asText()).contains(stem)) {
                features.remove(i);
            }
        }
        removeWhere((ArrayNode) prd.path("pages"), page -> !page.has("entity") && stems(page.path("name").asText()).contains(stem));
        Set<String> paths = paths(prd.path("pages"));
        ArrayNode journeys = (ArrayNode) prd.path("journeys");
        for (int i = journeys.size() - 1; i >= 0; i--) {
            JsonNode journey = journeys.get(i);
            // A journey about what was removed goes; one that only passed through it skips that step.
            if (stems(journey.path("name").asText()).contains(stem)) {
                journeys.remove(i);
                continue;
            }
            ArrayNode steps = (ArrayNode) journey.path("steps");
            removeWhere(steps, step -> !paths.contains(step.path("page").asText()));
            if (steps.size() < 2) {
                journeys.remove(i);
            }
        }
    }

    private static void removeEntity(ObjectNode prd, String entity) {
        ArrayNode entities = (ArrayNode) prd.path("entities");
        for (int i = entities.size() - 1; i >= 0; i--) {
            if (entities.get(i).path("name").asText().equals(entity)) {
                entities.remove(i);
                continue;
            }
            removeWhere((ArrayNode) entities.get(i).path("relationships"), r -> r.path("entity").asText().equals(entity));
        }
        removeWhere((ArrayNode) prd.path("pages"), p -> p.path("entity").asText().equals(entity));
        Set<String> paths = paths(prd.path("pages"));
        // A journey to a page of the entity is about the entity: it goes whole.
        removeWhere((ArrayNode) prd.path("journeys"), journey -> {
            for (JsonNode step : journey.path("steps")) {
                if (!paths.contains(step.path("page").asText())) {
                    return true;
                }
            }
            return false;
        });
        ArrayNode features = (ArrayNode) prd.path("features");
        for (int i = features.size() - 1; i >= 0; i--) {
            JsonNode operations = features.get(i).path("dataOperations");
            if (contains((ArrayNode) operations.path("creates"), entity)) {
                features.remove(i);
                continue;
            }
            operations.forEach(list -> removeWhere((ArrayNode) list, e -> e.asText().equals(entity)));
        }
    }

    // --- record ------------------------------------------------------------------------------------

    private static void record(ObjectNode prd, String feedback) {
        String text = "Revised after this feedback: " + feedback.strip().replaceAll("\\s+", " ");
        ArrayNode assumptions = (ArrayNode) prd.path("assumptions");
        for (JsonNode assumption : assumptions) {
            if (assumption.path("text").asText().equals(text)) {
                return;
            }
        }
        // Confidence 1: it is what the person said, not a guess.
        assumptions.addObject().put("text", text).put("confidence", 1.0);
    }

    // --- words -------------------------------------------------------------------------------------

    /** The head noun of an English noun phrase is its last word: "the sharing feature" → "sharing". */
    private static String headWord(String phrase) {
        String head = null;
        for (String word : phrase.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
            if (!word.isEmpty() && !GENERIC_WORDS.contains(word) && !FUNCTION_WORDS.contains(word)) {
                head = word;
            }
        }
        return head;
    }

    /** The last word of a CamelCase entity name: "AdoptionApplication" → "Application". */
    private static String lastWord(String camel) {
        String[] words = camel.split("(?<=[a-z0-9])(?=[A-Z])");
        return words[words.length - 1];
    }

    private static Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
            if (!word.isEmpty()) {
                out.add(stem(word));
            }
        }
        return out;
    }

    /** Crude but stable: "ratings", "rating" and "rate" all become "rat"; "sharing" and "share" "shar". */
    static String stem(String word) {
        String w = OfflineArchitect.singular(word.toLowerCase(Locale.ROOT).replace("'s", "").replace("'", ""));
        if (w.endsWith("ing") && w.length() > 5) {
            w = w.substring(0, w.length() - 3);
        }
        if (w.endsWith("e") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static boolean containsAny(Set<String> stems, String... candidates) {
        for (String candidate : candidates) {
            if (stems.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    // --- JSON --------------------------------------------------------------------------------------

    private static Set<String> names(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(node -> out.add(node.path("name").asText()));
        return out;
    }

    private static Set<String> paths(JsonNode pages) {
        Set<String> out = new HashSet<>();
        pages.forEach(page -> out.add(page.path("path").asText()));
        return out;
    }

    private static int indexOfPath(ArrayNode pages, String path) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).path("path").asText().equals(path)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean touches(JsonNode feature, Set<String> entities) {
        for (JsonNode list : feature.path("dataOperations")) {
            for (JsonNode entity : list) {
                if (entities.contains(entity.asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(ArrayNode array, JsonNode node) {
        for (JsonNode element : array) {
            if (element.equals(node)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(ArrayNode array, String text) {
        for (JsonNode element : array) {
            if (element.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static void removeWhere(ArrayNode array, java.util.function.Predicate<JsonNode> test) {
        for (int i = array.size() - 1; i >= 0; i--) {
            if (test.test(array.get(i))) {
                array.remove(i);
            }
        }
    }
}
