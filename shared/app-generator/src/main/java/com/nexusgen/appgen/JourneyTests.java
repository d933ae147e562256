package com.nexusgen.appgen;

import com.nexusgen.domain.code.FileOperation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static com.nexusgen.appgen.TsNames.str;

/**
 * The "journeys" task: one vitest file per PRD user journey. Each step does what the person does on that page
 * through the same data layer the page uses (create, list, search, update, delete, with bad input rejected),
 * then renders the page without a browser and checks it shows the result. Tests run in Node against the
 * in-memory storage fallback, so no jsdom is needed.
 */
final class JourneyTests {
    static final String TESTER = "Journey Tester";
    private static final Pattern EDITS = Pattern.compile("(?i).*\\b(edit|update|change|rename|modify)\\b.*");
    private static final Pattern DELETES = Pattern.compile("(?i).*\\b(delete|remove|cancel|archive)\\b.*");

    private JourneyTests() {
    }

    static List<FileOperation> generate(AppModel app) {
        List<FileOperation> files = new ArrayList<>();
        for (JourneyModel journey : app.journeys()) {
            files.add(FileOperation.create(journey.file(), new Writer(app, journey).write()));
        }
        return files;
    }

    /** What a step is about: the page kind and, for entity pages, the entity. */
    private record Target(PageModel.Kind kind, EntityModel entity) {
    }

    static Target target(AppModel app, String path) {
        PageModel page = app.page(path);
        if (page != null) {
            return new Target(page.kind(), page.entity() == null ? null : app.entity(page.entity()));
        }
        for (EntityModel e : app.entities()) {
            EntityModel.Routes r = e.routes();
            if (path.equals(r.list())) {
                return new Target(PageModel.Kind.ENTITY_LIST, e);
            } else if (path.equals(r.create())) {
                return new Target(PageModel.Kind.ENTITY_CREATE, e);
            } else if (path.equals(r.detailPattern())) {
                return new Target(PageModel.Kind.ENTITY_DETAIL, e);
            } else if (path.equals(r.editPattern())) {
                return new Target(PageModel.Kind.ENTITY_EDIT, e);
            }
        }
        return new Target(PageModel.Kind.GENERIC, null);
    }

    /** Writes one journey's file, tracking what the steps so far have created, like the test will at run time. */
    private static final class Writer {
        private final AppModel app;
        private final JourneyModel journey;
        private final TsNames.Scope scope;
        private final Map<EntityModel, String> variables = new LinkedHashMap<>();
        private final Map<EntityModel, String> inputs = new LinkedHashMap<>();
        private final Map<EntityModel, Integer> counts = new LinkedHashMap<>();
        private final Map<EntityModel, Boolean> alive = new LinkedHashMap<>();
        private final TreeSet<String> routeImports = new TreeSet<>();
        private boolean usesSession;
        private boolean usesCheck;
        private boolean signedIn;

        Writer(AppModel app, JourneyModel journey) {
            this.app = app;
            this.journey = journey;
            this.scope = new TsNames.Scope(false, "beforeAll", "describe", "expect", "it", "storage", "session", "check",
                    "renderRoute", "countH1", "present", "html", "current", "updated", "parent");
            for (EntityModel e : app.entities()) {
                scope.claim(e.storeAlias());
                scope.claim(e.routesAlias());
            }
        }

        String write() {
            Code body = new Code();
            int number = 0;
            for (JourneyModel.Step step : journey.steps()) {
                number++;
                body.blank();
                body.line(1, "it(" + str("step " + number + ": " + step.action() + " (" + step.page() + ")") + ", () => {");
                step(body, step);
                body.line(1, "});");
            }
            if (journey.steps().isEmpty()) {
                body.blank();
                body.line(1, "it('opens the app', () => {");
                body.line(2, "expect(countH1(renderRoute('/'))).toBe(1);");
                body.line(1, "});");
            }
            cleanup(body);

            Code code = new Code();
            code.line("import { beforeAll, describe, expect, it } from 'vitest';");
            List<String> imports = new ArrayList<>();
            for (EntityModel e : variables.keySet()) {
                imports.add("import * as " + e.storeAlias() + " from '../data/" + e.module() + "';");
            }
            if (usesSession) {
                imports.add("import * as session from '../data/session';");
            }
            imports.add("import * as storage from '../data/storage';");
            if (usesCheck) {
                imports.add("import * as check from '../data/validation';");
            }
            imports.stream().sorted().forEach(code::line);
            if (!routeImports.isEmpty()) {
                code.line("import { " + String.join(", ", routeImports) + " } from '../routes';");
            }
            code.line("import { countH1, renderRoute } from '../testing/renderRoute';");
            code.blank();
            code.line("// Journey \"" + TsNames.comment(journey.name()) + "\": each step does what the person does on that page through");
            code.line("// the data layer the page uses, then renders the page to check what it shows. Steps share state, in order.");
            if (!variables.isEmpty()) {
                code.blank();
                code.line("/** A record an earlier step should have produced. */");
                code.line("function present<T>(value: T | undefined, what: string): T {");
                code.line(1, "if (value === undefined) {");
                code.line(2, "throw new Error(what + ' should exist after the earlier steps');");
                code.line(1, "}");
                code.line(1, "return value;");
                code.line("}");
            }
            for (EntityModel e : variables.keySet()) {
                code.blank();
                code.line("const " + inputs.get(e) + ": " + e.storeAlias() + "." + e.inputType() + " = {");
                for (FieldModel f : e.fields()) {
                    code.line(1, f.key() + ": " + sample(f) + ",");
                }
                code.line("};");
            }
            code.blank();
            code.line("describe(" + str("Journey: " + journey.name()) + ", () => {");
            for (EntityModel e : variables.keySet()) {
                code.line(1, "let " + variables.get(e) + ": " + e.storeAlias() + "." + e.typeName() + " | undefined;");
            }
            if (!variables.isEmpty()) {
                code.blank();
            }
            code.line(1, "beforeAll(() => {");
            code.line(2, "storage.resetToMemoryStorage();");
            code.line(1, "});");
            code.block(0, body.toString());
            code.line("});");
            return code.toString();
        }

        private void step(Code body, JourneyModel.Step step) {
            Target target = target(app, step.page());
            EntityModel e = target.entity();
            switch (target.kind()) {
                case SIGN_IN -> {
                    usesSession = true;
                    body.line(2, "// Signing in needs a name; with one, the app remembers who is here.");
                    body.line(2, "expect(session.signIn({ displayName: '' }).ok).toBe(false);");
                    body.line(2, "expect(session.signIn({ displayName: " + str(TESTER) + ", email: 'tester@example.com' }).ok).toBe(true);");
                    body.line(2, "expect(session.currentUser()?.displayName).toBe(" + str(TESTER) + ");");
                    signedIn = true;
                    render(body, str(step.page()), null);
                }
                case SETTINGS -> {
                    usesSession = true;
                    body.line(2, "const saved = session.saveProfile({ displayName: " + str(TESTER)
                            + ", email: 'tester@example.com', emailNotifications: true });");
                    body.line(2, "expect(saved.ok).toBe(true);");
                    body.line(2, "expect(session.loadProfile().emailNotifications).toBe(true);");
                    render(body, str(step.page()), null);
                }
                case DASHBOARD -> {
                    for (EntityModel known : variables.keySet()) {
                        body.line(2, "expect(" + known.storeAlias() + ".list()).toHaveLength(" + counts.get(known) + ");");
                    }
                    render(body, str(step.page()), signedIn ? str("Welcome back, " + TESTER + ".") : null);
                }
                case ENTITY_CREATE -> create(body, e, step);
                case ENTITY_LIST -> {
                    String current = ensure(body, e);
                    FieldModel searched = e.fields().stream().filter(FieldModel::searchable).findFirst().orElse(null);
                    String query = searched == null ? "''" : sample(searched);
                    body.line(2, "// The search box finds it.");
                    body.line(2, "expect(" + e.storeAlias() + ".search(" + e.storeAlias() + ".list(), " + query
                            + ").map((entry) => entry.id)).toContain(" + current + ".id);");
                    render(body, routes(e) + ".list", e.storeAlias() + ".label(" + current + ")");
                }
                case ENTITY_DETAIL -> detail(body, e, step);
                case ENTITY_EDIT -> {
                    String current = ensure(body, e);
                    FieldModel changed = update(body, e, current, step.action());
                    // The edit form shows the saved values.
                    render(body, routes(e) + ".edit(" + variables.get(e) + "?.id ?? '')", changed == null ? null : updatedText(changed));
                }
                default -> render(body, str(step.page().replaceAll(":[A-Za-z0-9_]+", "sample")), null);
            }
        }

        private void create(Code body, EntityModel e, JourneyModel.Step step) {
            declare(e);
            List<String> missing = e.fields().stream().filter(FieldModel::canBeMissing).map(FieldModel::key).toList();
            if (!missing.isEmpty()) {
                body.line(2, "// An empty form is refused, naming every required field.");
                body.line(2, "expect(Object.keys(" + e.storeAlias() + ".validate({}))).toEqual(["
                        + String.join(", ", missing.stream().map(TsNames::str).toList()) + "]);");
            }
            String[] broken = violation(e);
            if (broken != null) {
                String bad = "{ ..." + inputs.get(e) + ", " + broken[0] + ": " + broken[1] + " }";
                body.line(2, "// So is a value that breaks one of the PRD's rules.");
                body.line(2, "expect(" + e.storeAlias() + ".validate(" + bad + ")).toHaveProperty(" + str(broken[0]) + ");");
                if (broken[2] != null) {
                    usesCheck = true;
                    body.line(2, "expect(() => " + e.storeAlias() + ".create(" + bad + ")).toThrow(check.ValidationError);");
                }
            }
            render(body, e.routes().create().equals(step.page()) || step.page().contains(":") ? routes(e) + ".create" : str(step.page()), null);
            // A new child names the parent this journey already made, so the parent's page lists it.
            EntityModel parent = null;
            StringBuilder input = new StringBuilder(inputs.get(e));
            for (FieldModel f : e.fields()) {
                EntityModel p = f.kind() == FieldKind.REFERENCE ? app.entity(f.reference()) : null;
                if (p != null && Boolean.TRUE.equals(alive.get(p))) {
                    input = new StringBuilder("{ ..." + inputs.get(e) + ", " + f.key() + ": present(" + variables.get(p) + ", "
                            + str("the " + p.human()) + ").id }");
                    parent = p;
                    break;
                }
            }
            String variable = variables.get(e);
            body.line(2, variable + " = " + e.storeAlias() + ".create(" + input + ");");
            counts.merge(e, 1, Integer::sum);
            alive.put(e, true);
            body.line(2, "expect(" + e.storeAlias() + ".list()).toHaveLength(" + counts.get(e) + ");");
            body.line(2, "expect(" + e.storeAlias() + ".get(" + variable + ".id)).toEqual(" + variable + ");");
            if (parent != null) {
                body.line(2, "const parent = present(" + variables.get(parent) + ", " + str("the " + parent.human()) + ");");
                body.line(2, "expect(renderRoute(" + routes(parent) + ".detail(parent.id))).toContain(" + e.storeAlias() + ".label("
                        + variable + "));");
            }
        }

        private void detail(Code body, EntityModel e, JourneyModel.Step step) {
            String current = ensure(body, e);
            String variable = variables.get(e);
            body.line(2, "expect(" + e.storeAlias() + ".get(" + current + ".id)).toEqual(" + current + ");");
            if (DELETES.matcher(step.action()).matches()) {
                body.line(2, "expect(" + e.storeAlias() + ".remove(" + current + ".id)).toBe(true);");
                body.line(2, "expect(" + e.storeAlias() + ".get(" + current + ".id)).toBeUndefined();");
                counts.merge(e, -1, Integer::sum);
                alive.put(e, false);
                // The page of a deleted record says so, still with one heading.
                render(body, routes(e) + ".detail(" + current + ".id)", null);
                body.line(2, variable + " = undefined;");
                return;
            }
            if (EDITS.matcher(step.action()).matches()) {
                update(body, e, current, step.action());
                current = "present(" + variable + ", " + str("the " + e.human()) + ")";
            }
            render(body, routes(e) + ".detail(" + current + ".id)", e.storeAlias() + ".label(" + current + ")");
        }

        /** Changes the first text field (and a choice the action names, "move the card to doing"); returns the text field. */
        private FieldModel update(Code body, EntityModel e, String current, String action) {
            String variable = variables.get(e);
            FieldModel changed = e.fields().stream().filter(f -> f.kind() == FieldKind.STRING || f.kind() == FieldKind.TEXT)
                    .findFirst().orElse(null);
            List<String> changes = new ArrayList<>();
            List<String> checks = new ArrayList<>();
            if (changed != null) {
                changes.add(changed.key() + ": " + updatedText(changed));
                checks.add("expect(updated?." + changed.key() + ").toBe(" + updatedText(changed) + ");");
            }
            String named = namedChoice(e, action);
            if (named != null) {
                changes.add(named);
                checks.add("expect(updated?." + named.replace(": ", ").toBe(") + ");");
            }
            String input = changes.isEmpty() ? inputs.get(e) : "{ ..." + inputs.get(e) + ", " + String.join(", ", changes) + " }";
            body.line(2, "const updated = " + e.storeAlias() + ".update(" + current + ".id, " + input + ");");
            checks.forEach(check -> body.line(2, check));
            body.line(2, "expect(updated?.createdAt).toBe(" + current + ".createdAt);");
            body.line(2, variable + " = updated;");
            return changed;
        }

        /** "key: 'value'" for an enum value the action mentions as a word, or null. */
        private static String namedChoice(EntityModel e, String action) {
            String words = " " + String.join(" ", TsNames.words(action)) + " ";
            for (FieldModel f : e.fields()) {
                if (f.kind() != FieldKind.ENUM) {
                    continue;
                }
                for (String value : f.values().subList(1, f.values().size())) {
                    String phrase = String.join(" ", TsNames.words(value));
                    if (!phrase.isEmpty() && words.contains(" " + phrase + " ")) {
                        return f.key() + ": " + str(value);
                    }
                }
            }
            return null;
        }

        /** Makes sure the journey has a record of {@code e} (a step can start from one that already exists). */
        private String ensure(Code body, EntityModel e) {
            declare(e);
            if (!Boolean.TRUE.equals(alive.get(e))) {
                body.line(2, "// This step starts from an existing " + TsNames.comment(e.human()) + ".");
                body.line(2, variables.get(e) + " = " + e.storeAlias() + ".create(" + inputs.get(e) + ");");
                counts.merge(e, 1, Integer::sum);
                alive.put(e, true);
            }
            body.line(2, "const current = present(" + variables.get(e) + ", " + str("the " + e.human()) + ");");
            return "current";
        }

        private void declare(EntityModel e) {
            if (!variables.containsKey(e)) {
                variables.put(e, scope.claim(e.camel()));
                inputs.put(e, scope.claim(e.camel() + "Input"));
                counts.put(e, 0);
                alive.put(e, false);
            }
        }

        private String routes(EntityModel e) {
            routeImports.add(e.routesAlias());
            return e.routesAlias();
        }

        /** Renders the page: one h1, and the expected text when there is one. */
        private void render(Code body, String pathExpression, String expected) {
            body.line(2, "const html = renderRoute(" + pathExpression + ");");
            body.line(2, "expect(countH1(html)).toBe(1);");
            if (expected != null) {
                body.line(2, "expect(html).toContain(" + expected + ");");
            }
        }

        private void cleanup(Code body) {
            List<EntityModel> left = variables.keySet().stream().filter(e -> Boolean.TRUE.equals(alive.get(e))).toList();
            if (left.isEmpty()) {
                return;
            }
            body.blank();
            body.line(1, "it('leaves nothing behind: deleting removes what the journey created', () => {");
            // Children first, so no record is left pointing at a deleted parent.
            List<EntityModel> ordered = new ArrayList<>(left);
            java.util.Collections.reverse(ordered);
            for (EntityModel e : ordered) {
                String variable = variables.get(e);
                String held = scope.claim(variable + "Id");
                body.line(2, "const " + held + " = present(" + variable + ", " + str("the " + e.human()) + ").id;");
                body.line(2, "expect(" + e.storeAlias() + ".remove(" + held + ")).toBe(true);");
                body.line(2, "expect(" + e.storeAlias() + ".get(" + held + ")).toBeUndefined();");
                body.line(2, "expect(" + e.storeAlias() + ".list()).toHaveLength(" + (counts.get(e) - 1) + ");");
            }
            body.line(1, "});");
        }
    }

    // --- sample values ---------------------------------------------------------------------------------------------

    /** A valid value for the field, as a TS expression; plain ASCII, so it can be looked for in rendered HTML. */
    static String sample(FieldModel f) {
        FieldRules r = f.rules();
        return switch (f.kind()) {
            case STRING -> str(fit("Sample " + TsNames.human(f.key()), r));
            case TEXT -> str(fit("Sample " + TsNames.human(f.key()) + " for the journey test", r));
            case EMAIL -> str(r.maxLength() != null && r.maxLength() < 19 ? "a@b.co" : "someone@example.com");
            case URL -> str("https://example.com/sample");
            case DATE -> "'2024-05-01'";
            case DATETIME -> "'2024-05-01T10:30'";
            case INTEGER, DECIMAL -> EntityDataModule.number(sampleNumber(f));
            case BOOLEAN -> "true";
            case ENUM -> str(f.values().getFirst());
            case REFERENCE -> "''";
        };
    }

    private static String updatedText(FieldModel f) {
        return str(fit("Updated " + TsNames.human(f.key()), f.rules()));
    }

    /** The text cut or padded to the field's length limits (never ending in a space, which would be trimmed). */
    private static String fit(String text, FieldRules r) {
        String out = text;
        if (r.maxLength() != null && out.length() > r.maxLength()) {
            out = out.substring(0, r.maxLength()).strip();
        }
        int min = Math.max(1, r.minLength() == null ? 1 : r.minLength());
        StringBuilder padded = new StringBuilder(out);
        while (padded.length() < min) {
            padded.append('x');
        }
        return padded.toString();
    }

    private static BigDecimal sampleNumber(FieldModel f) {
        FieldRules r = f.rules();
        boolean integer = f.kind() == FieldKind.INTEGER;
        BigDecimal step = integer ? BigDecimal.ONE : new BigDecimal("0.5");
        BigDecimal low = r.min() == null ? null : r.minExclusive() ? r.min().add(step) : r.min();
        BigDecimal high = r.max() == null ? null : r.maxExclusive() ? r.max().subtract(step) : r.max();
        if (integer) {
            low = low == null ? null : low.setScale(0, RoundingMode.CEILING);
            high = high == null ? null : high.setScale(0, RoundingMode.FLOOR);
        }
        BigDecimal value = integer ? BigDecimal.ONE : new BigDecimal("12.5");
        if (low != null && value.compareTo(low) < 0) {
            value = low;
        }
        if (high != null && value.compareTo(high) > 0) {
            value = high;
        }
        return value;
    }

    /**
     * A value that breaks one of the entity's rules: {key, TS expression, non-null when create() can be called
     * with it (an enum's bad value only type-checks as a draft)}; null when no rule can be broken.
     */
    static String[] violation(EntityModel e) {
        for (FieldModel f : e.fields()) {
            FieldRules r = f.rules();
            switch (f.kind()) {
                case INTEGER, DECIMAL -> {
                    if (r.max() != null) {
                        return new String[]{f.key(), EntityDataModule.number(r.maxExclusive() ? r.max() : r.max().add(BigDecimal.ONE)), "create"};
                    }
                    if (r.min() != null) {
                        return new String[]{f.key(), EntityDataModule.number(r.minExclusive() ? r.min() : r.min().subtract(BigDecimal.ONE)), "create"};
                    }
                    if (f.kind() == FieldKind.INTEGER) {
                        return new String[]{f.key(), "1.5", "create"};
                    }
                }
                case EMAIL -> {
                    return new String[]{f.key(), "'not-an-email'", "create"};
                }
                case URL -> {
                    return new String[]{f.key(), "'not a web address'", "create"};
                }
                case DATE -> {
                    return new String[]{f.key(), "'2023-02-30'", "create"};
                }
                case DATETIME -> {
                    return new String[]{f.key(), "'tomorrow'", "create"};
                }
                case STRING, TEXT -> {
                    if (r.maxLength() != null) {
                        return new String[]{f.key(), "'x'.repeat(" + (r.maxLength() + 1) + ")", "create"};
                    }
                }
                case ENUM -> {
                    String bad = "not-a-choice";
                    while (f.values().contains(bad)) {
                        bad += "-really";
                    }
                    return new String[]{f.key(), str(bad), null};
                }
                default -> {
                }
            }
        }
        return null;
    }
}
