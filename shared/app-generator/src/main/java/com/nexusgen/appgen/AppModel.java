package com.nexusgen.appgen;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A PRD read into what the generated app needs, with every name decided up front. It is a pure function of
 * the PRD, so each Coder task (run in parallel, possibly on different machines) derives the same names and the
 * files of different tasks fit together. Reading is lenient: a PRD that breaks prd-v1 in small ways (odd names,
 * missing arrays, unknown types) still yields an app that builds.
 */
record AppModel(String name, String slug, String vision, List<String> targetUsers, List<Feature> features,
                List<EntityModel> entities, List<PageModel> pages, List<Route> routes, List<NavItem> nav,
                List<JourneyModel> journeys, JsonNode designIntent) {

    record Feature(String name, String category, List<String> uiRequirements, List<String> businessRules) {
    }

    /** One route of App.tsx: a path pattern and the component rendering it. */
    record Route(String path, String component) {
    }

    record NavItem(String path, String label) {
    }

    /** Names App.tsx and the scaffold use, so no page or entity component may take them. */
    static final String[] SCAFFOLD_COMPONENTS = {"App", "Layout", "NotFound", "Route", "Routes", "ReactElement"};
    /** Modules of src/data/ the scaffold writes. */
    static final String[] SCAFFOLD_MODULES = {"storage", "validation", "session", "index"};

    EntityModel entity(String pascal) {
        return entities.stream().filter(e -> e.pascal().equals(pascal)).findFirst().orElse(null);
    }

    EntityModel entityBySlug(String slug) {
        return entities.stream().filter(e -> e.slug().equals(slug)).findFirst().orElse(null);
    }

    PageModel page(String path) {
        return pages.stream().filter(p -> p.path().equals(path)).findFirst().orElse(null);
    }

    /** The pages with a component of their own (not an entity's), in PRD order. */
    List<PageModel> ownPages() {
        return pages.stream().filter(p -> p.component() != null).toList();
    }

    PageModel firstOfKind(PageModel.Kind kind) {
        return pages.stream().filter(p -> p.kind() == kind && !p.hasParams()).findFirst().orElse(null);
    }

    // --- reading a PRD ---------------------------------------------------------------------------------------

    static AppModel of(JsonNode prd) {
        if (prd == null || !prd.isObject()) {
            throw new IllegalArgumentException("a PRD must be a JSON object");
        }
        String name = text(prd.path("name"), "My App");
        String vision = text(prd.path("vision"), name);
        List<String> users = strings(prd.path("targetUsers"));
        List<Feature> features = new ArrayList<>();
        for (JsonNode f : prd.path("features")) {
            features.add(new Feature(text(f.path("name"), "Feature"), text(f.path("category"), "core"),
                    strings(f.path("uiRequirements")), strings(f.path("businessRules"))));
        }

        TsNames.Scope components = new TsNames.Scope(true, SCAFFOLD_COMPONENTS);
        List<EntityDraft> drafts = readEntities(prd.path("entities"), components);
        Map<String, EntityDraft> byName = new HashMap<>();
        for (EntityDraft d : drafts) {
            byName.putIfAbsent(d.rawName, d);
        }
        for (EntityDraft d : drafts) {
            byName.putIfAbsent(d.rawName.toLowerCase(Locale.ROOT), d);
            byName.putIfAbsent(d.pascal, d);
        }
        linkRelationships(prd.path("entities"), drafts, byName);

        // Pages: normalized paths, first page of a path wins (two routes on one path cannot both render).
        Set<String> taken = new LinkedHashSet<>();
        List<PageDraft> pageDrafts = new ArrayList<>();
        for (JsonNode p : prd.path("pages")) {
            String path = normalizePath(text(p.path("path"), "/"));
            if (path.equals("/*") || !taken.add(path)) {
                continue;
            }
            String pageName = text(p.path("name"), TsNames.label(path.replace('/', ' ')));
            EntityDraft entity = lookup(byName, p.path("entity").asText(""));
            PageModel.Kind kind = entity != null ? entityKind(path) : ownKind(path, pageName);
            pageDrafts.add(new PageDraft(path, pageName, text(p.path("purpose"), pageName), strings(p.path("keyElements")),
                    kind, entity));
            if (entity != null) {
                entity.pages.add(pageDrafts.getLast());
            }
        }

        List<EntityModel> entities = new ArrayList<>();
        for (EntityDraft d : drafts) {
            entities.add(d.build(taken));
        }
        List<PageModel> pages = new ArrayList<>();
        for (PageDraft d : pageDrafts) {
            String component = d.entity == null
                    ? components.claim(TsNames.pascal(d.name, TsNames.pascal(d.path, "Home")) + "Page")
                    : null;
            pages.add(new PageModel(d.path, d.name, d.purpose, d.keyElements, d.kind,
                    d.entity == null ? null : d.entity.pascal, component));
        }

        List<Route> routes = routes(pages, entities);
        List<NavItem> nav = nav(pages, entities);
        List<JourneyModel> journeys = readJourneys(prd.path("journeys"));
        return new AppModel(name, TsNames.kebab(name, "app"), vision, users, features, List.copyOf(entities),
                List.copyOf(pages), routes, nav, journeys, prd.path("designIntent"));
    }

    private static List<EntityDraft> readEntities(JsonNode array, TsNames.Scope components) {
        TsNames.Scope entityNames = new TsNames.Scope(true);
        TsNames.Scope aliases = new TsNames.Scope(false);
        TsNames.Scope modules = new TsNames.Scope(true, SCAFFOLD_MODULES);
        List<EntityDraft> drafts = new ArrayList<>();
        int index = 0;
        for (JsonNode e : array) {
            index++;
            String raw = text(e.path("name"), "Item" + index);
            EntityDraft d = new EntityDraft();
            d.rawName = raw;
            d.pascal = entityNames.claim(TsNames.pascal(raw, "Item" + index));
            d.camel = TsNames.camel(d.pascal, "item");
            d.slug = TsNames.kebab(d.pascal, "item-" + index);
            d.module = modules.claim(d.camel);
            d.storeAlias = aliases.claim(d.camel + "Store");
            d.routesAlias = aliases.claim(d.camel + "Routes");
            d.listComponent = components.claim(d.pascal + "List");
            d.detailComponent = components.claim(d.pascal + "Detail");
            d.formComponent = components.claim(d.pascal + "Form");
            d.moduleScope = new TsNames.Scope(false, "storage", "check", "repository", "isRecord", "list", "get", "create",
                    "update", "remove", "validate", "parse", "search", "label");
            String typeName = TsNames.GLOBAL_TYPES.contains(d.pascal) ? d.pascal + "Item" : d.pascal;
            d.typeName = d.moduleScope.claim(typeName);
            d.inputType = d.moduleScope.claim(typeName + "Input");
            d.draftType = d.moduleScope.claim(typeName + "Draft");
            d.errorsType = d.moduleScope.claim(typeName + "Errors");
            d.resultType = d.moduleScope.claim(typeName + "ParseResult");
            d.keys = new TsNames.Scope(false, "id", "createdAt", "updatedAt");
            int fieldIndex = 0;
            for (JsonNode f : e.path("fields")) {
                fieldIndex++;
                String rawField = text(f.path("name"), "field" + fieldIndex);
                FieldKind kind = FieldKind.of(f.path("type").asText(null));
                List<String> values = kind == FieldKind.ENUM ? distinct(strings(f.path("values"))) : List.of();
                if (kind == FieldKind.ENUM && values.isEmpty()) {
                    kind = FieldKind.STRING;
                }
                String validation = f.path("validation").isTextual() ? f.path("validation").asText() : null;
                d.fields.add(d.field(rawField, TsNames.camel(rawField, "field" + fieldIndex), kind,
                        f.path("required").asBoolean(false), values, FieldRules.parse(kind, validation), validation, null));
            }
            if (d.fields.isEmpty()) {
                // An entity needs something to fill in; prd-v1 requires a field, a lenient read supplies one.
                d.fields.add(d.field("name", "name", FieldKind.STRING, true, List.of(), FieldRules.parse(FieldKind.STRING, null),
                        null, null));
            }
            drafts.add(d);
        }
        return drafts;
    }

    /** belongsTo on the child and hasMany on the parent both mean: the child keeps its parent's id. */
    private static void linkRelationships(JsonNode array, List<EntityDraft> drafts, Map<String, EntityDraft> byName) {
        Set<List<String>> pairs = new LinkedHashSet<>();
        int index = 0;
        for (JsonNode e : array) {
            EntityDraft self = drafts.get(index++);
            for (JsonNode r : e.path("relationships")) {
                EntityDraft other = lookup(byName, r.path("entity").asText(""));
                if (other == null || other == self) {
                    continue;
                }
                boolean hasMany = r.path("type").asText("").equalsIgnoreCase("hasMany");
                pairs.add(hasMany ? List.of(other.pascal, self.pascal) : List.of(self.pascal, other.pascal));
            }
        }
        Map<String, EntityDraft> byPascal = new HashMap<>();
        drafts.forEach(d -> byPascal.put(d.pascal, d));
        for (List<String> pair : pairs) {
            EntityDraft child = byPascal.get(pair.get(0));
            EntityDraft parent = byPascal.get(pair.get(1));
            child.parents.add(parent.pascal);
            parent.children.add(child.pascal);
            child.fields.add(child.field(parent.pascal + "Id", parent.camel + "Id", FieldKind.REFERENCE, false, List.of(),
                    FieldRules.none(), null, parent.pascal));
        }
    }

    private static PageModel.Kind entityKind(String path) {
        String[] segments = path.split("/");
        String last = segments.length == 0 ? "" : segments[segments.length - 1].toLowerCase(Locale.ROOT);
        if (Set.of("new", "create", "add").contains(last)) {
            return PageModel.Kind.ENTITY_CREATE;
        }
        if (Set.of("edit", "update").contains(last)) {
            return path.contains(":") ? PageModel.Kind.ENTITY_EDIT : PageModel.Kind.ENTITY_CREATE;
        }
        return path.contains(":") ? PageModel.Kind.ENTITY_DETAIL : PageModel.Kind.ENTITY_LIST;
    }

    private static PageModel.Kind ownKind(String path, String name) {
        String text = (path + " " + name).toLowerCase(Locale.ROOT).replace('_', '-');
        if (path.equals("/") || text.contains("landing")) {
            return PageModel.Kind.LANDING;
        }
        if (path.contains(":")) {
            return PageModel.Kind.GENERIC;
        }
        if (text.matches(".*\\b(sign-?in|sign in|log-?in|log in|sign-?up|sign up|register)\\b.*")) {
            return PageModel.Kind.SIGN_IN;
        }
        if (text.matches(".*\\b(dashboard|overview)\\b.*")) {
            return PageModel.Kind.DASHBOARD;
        }
        if (text.matches(".*\\b(settings|profile|preferences|account)\\b.*")) {
            return PageModel.Kind.SETTINGS;
        }
        return PageModel.Kind.GENERIC;
    }

    /**
     * "/Recipes/:recipe_id" → "/recipes/:recipeId": static segments in kebab case, parameters as identifiers, so
     * every path is a plain react-router pattern whatever the PRD wrote.
     */
    static String normalizePath(String raw) {
        List<String> segments = new ArrayList<>();
        for (String segment : raw.strip().split("/")) {
            if (segment.isBlank()) {
                continue;
            }
            if (segment.startsWith(":")) {
                segments.add(":" + TsNames.camel(segment.substring(1), "id"));
            } else if (segment.matches("[a-z0-9][a-z0-9._~-]*")) {
                segments.add(segment);
            } else {
                segments.add(TsNames.kebab(segment, "page"));
            }
        }
        return "/" + String.join("/", segments);
    }

    private static List<Route> routes(List<PageModel> pages, List<EntityModel> entities) {
        Map<String, String> routes = new LinkedHashMap<>();
        Map<String, EntityModel> byPascal = new HashMap<>();
        entities.forEach(e -> byPascal.put(e.pascal(), e));
        for (PageModel page : pages) {
            EntityModel e = page.entity() == null ? null : byPascal.get(page.entity());
            String component = e == null ? page.component() : switch (page.kind()) {
                case ENTITY_LIST -> e.listComponent();
                case ENTITY_DETAIL -> e.detailComponent();
                default -> e.formComponent();
            };
            routes.putIfAbsent(page.path(), component);
        }
        for (EntityModel e : entities) {
            routes.putIfAbsent(e.routes().list(), e.listComponent());
            routes.putIfAbsent(e.routes().create(), e.formComponent());
            routes.putIfAbsent(e.routes().detailPattern(), e.detailComponent());
            routes.putIfAbsent(e.routes().editPattern(), e.formComponent());
        }
        List<Route> out = new ArrayList<>();
        routes.forEach((path, component) -> out.add(new Route(path, component)));
        return List.copyOf(out);
    }

    private static List<NavItem> nav(List<PageModel> pages, List<EntityModel> entities) {
        List<NavItem> nav = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (PageModel page : pages) {
            if (page.kind() == PageModel.Kind.DASHBOARD && seen.add(page.path())) {
                nav.add(new NavItem(page.path(), page.name()));
            }
        }
        for (EntityModel e : entities) {
            if (seen.add(e.routes().list())) {
                nav.add(new NavItem(e.routes().list(), e.listTitle()));
            }
        }
        for (PageModel page : pages) {
            boolean own = page.component() != null && !page.hasParams() && page.kind() != PageModel.Kind.LANDING;
            if (own && seen.add(page.path())) {
                nav.add(new NavItem(page.path(), page.name()));
            }
        }
        return List.copyOf(nav);
    }

    private static List<JourneyModel> readJourneys(JsonNode array) {
        TsNames.Scope slugs = new TsNames.Scope(true);
        List<JourneyModel> journeys = new ArrayList<>();
        int index = 0;
        for (JsonNode j : array) {
            index++;
            String name = text(j.path("name"), "Journey " + index);
            List<JourneyModel.Step> steps = new ArrayList<>();
            for (JsonNode s : j.path("steps")) {
                steps.add(new JourneyModel.Step(normalizePath(text(s.path("page"), "/")), text(s.path("action"), "Visit")));
            }
            journeys.add(new JourneyModel(name, slugs.claim(TsNames.kebab(name, "journey-" + index)), List.copyOf(steps)));
        }
        return List.copyOf(journeys);
    }

    // --- small readers ---------------------------------------------------------------------------------------

    static String text(JsonNode node, String fallback) {
        if (node == null || !node.isValueNode() || node.isNull()) {
            return fallback;
        }
        String value = node.asText().strip();
        return value.isEmpty() ? fallback : value;
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : array) {
            String value = text(item, "");
            if (!value.isEmpty()) {
                out.add(value);
            }
        }
        return List.copyOf(out);
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

    private static EntityDraft lookup(Map<String, EntityDraft> byName, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        EntityDraft found = byName.get(name.strip());
        if (found == null) {
            found = byName.get(name.strip().toLowerCase(Locale.ROOT));
        }
        return found != null ? found : byName.get(TsNames.pascal(name, ""));
    }

    // --- drafts: mutable while the PRD is read, frozen into records by build() -------------------------------

    private record PageDraft(String path, String name, String purpose, List<String> keyElements, PageModel.Kind kind,
                             EntityDraft entity) {
    }

    private static final class EntityDraft {
        String rawName;
        String pascal;
        String camel;
        String slug;
        String module;
        String storeAlias;
        String routesAlias;
        String listComponent;
        String detailComponent;
        String formComponent;
        String typeName;
        String inputType;
        String draftType;
        String errorsType;
        String resultType;
        TsNames.Scope moduleScope;
        TsNames.Scope keys;
        final List<FieldModel> fields = new ArrayList<>();
        final List<String> parents = new ArrayList<>();
        final List<String> children = new ArrayList<>();
        final List<PageDraft> pages = new ArrayList<>();

        FieldModel field(String rawName, String baseKey, FieldKind kind, boolean required, List<String> values,
                         FieldRules rules, String validation, String reference) {
            String key = keys.claim(baseKey);
            String enumType = null;
            String options = null;
            String guard = null;
            if (kind == FieldKind.ENUM) {
                String fieldPascal = TsNames.capitalize(key);
                enumType = moduleScope.claim(typeName + fieldPascal);
                options = moduleScope.claim(key + "Options");
                guard = moduleScope.claim("is" + enumType);
            }
            String label = reference != null ? TsNames.label(reference) : TsNames.label(rawName);
            return new FieldModel(rawName, key, label.isEmpty() ? TsNames.label(key) : label, kind, required, values, rules,
                    validation, enumType, options, guard, reference);
        }

        EntityModel build(Set<String> takenPaths) {
            String human = TsNames.human(pascal);
            String humanPlural = TsNames.plural(human);
            PageDraft list = first(PageModel.Kind.ENTITY_LIST, false);
            PageDraft create = first(PageModel.Kind.ENTITY_CREATE, false);
            PageDraft detail = first(PageModel.Kind.ENTITY_DETAIL, true);
            PageDraft edit = first(PageModel.Kind.ENTITY_EDIT, true);

            String listPath = list != null ? list.path : free(takenPaths, "/" + TsNames.kebab(humanPlural, slug), "");
            String detailPath = detail != null ? detail.path : free(takenPaths, listPath, "/:id");
            String createPath = create != null ? create.path : free(takenPaths, listPath, "/new");
            String editPath = edit != null ? edit.path : free(takenPaths, detailPath, "/edit");
            EntityModel.Routes routes = new EntityModel.Routes(listPath, createPath, detailPath, param(detailPath), editPath,
                    param(editPath));
            String listTitle = list != null ? list.name : TsNames.capitalize(humanPlural);
            String listPurpose = list != null ? list.purpose : "Browse and search " + humanPlural + ".";
            String createTitle = create != null ? create.name : "New " + human;
            String createPurpose = create != null ? create.purpose : "Create " + TsNames.withArticle(human) + ".";
            String detailPurpose = detail != null ? detail.purpose : "See one " + human + " and act on it.";
            return new EntityModel(rawName, pascal, camel, slug, module, human, humanPlural, typeName, inputType, draftType,
                    errorsType, resultType, storeAlias, routesAlias, listComponent, detailComponent, formComponent, slug,
                    List.copyOf(fields), List.copyOf(parents), List.copyOf(children), routes, listTitle, listPurpose,
                    createTitle, createPurpose, detailPurpose);
        }

        /** The first page of a kind; with {@code oneParam}, only a pattern with exactly one parameter can link to a record. */
        private PageDraft first(PageModel.Kind kind, boolean oneParam) {
            for (PageDraft page : pages) {
                long params = java.util.Arrays.stream(page.path.split("/")).filter(s -> s.startsWith(":")).count();
                if (page.kind == kind && (oneParam ? params == 1 : params == 0)) {
                    return page;
                }
            }
            return null;
        }

        /** prefix + suffix when no page has that path yet, otherwise prefix-2 + suffix, ... */
        private static String free(Set<String> taken, String prefix, String suffix) {
            String base = prefix.equals("/") ? "" : prefix;
            String candidate = base + suffix;
            for (int n = 2; candidate.isEmpty() || !taken.add(candidate); n++) {
                candidate = base + "-" + n + suffix;
            }
            return candidate;
        }

        private static String param(String pattern) {
            for (String segment : pattern.split("/")) {
                if (segment.startsWith(":")) {
                    return segment.substring(1);
                }
            }
            return "id";
        }
    }
}
