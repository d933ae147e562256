package com.nexusgen.appgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexusgen.domain.code.CodeTask;
import com.nexusgen.domain.code.FileOperation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppGeneratorTest {
    static final List<String> PRDS = Prds.ALL;
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:[^'\\n]*? from )?'(\\.{1,2}/[^']+)';$");
    private static final Pattern PAGE_IMPORT = Pattern.compile("(?m)^import (\\w+) from './pages/(\\w+)';$");
    private static final Pattern ROUTE = Pattern.compile("<Route path=(?:\"[^\"]*\"|\\{'[^']*'}) element=\\{<(\\w+) />} />");

    private final AppGenerator generator = new AppGenerator();

    @Test
    void tasks_shouldPlanScaffoldEntitiesPagesThenJourneys_whenGivenTheRecipePrd() {
        // GIVEN the sample PRD: 2 entities, 4 pages of their own, 2 journeys
        JsonNode prd = Prds.load("recipe");

        // WHEN the tasks are planned
        List<String> ids = generator.tasks(prd).stream().map(CodeTask::id).toList();

        // THEN scaffold comes first, journeys last, entities and own pages in PRD order between
        assertEquals(List.of("scaffold", "entity:recipe", "entity:rating", "page:/", "page:/sign-in", "page:/dashboard",
                "page:/settings", "journeys"), ids);
        generator.tasks(prd).forEach(task -> assertEquals(task.id().split(":")[0], task.kind()));
    }

    @ParameterizedTest
    @FieldSource("PRDS")
    void generate_shouldReturnByteIdenticalFiles_whenRunTwiceOnTheSamePrd(String name) {
        // GIVEN a PRD, and tokens given in a different map order the second time
        JsonNode prd = Prds.load(name);
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("space-2", "8px");
        tokens.put("color-primary", "#1d4ed8");
        Map<String, String> reordered = new HashMap<>();
        reordered.put("color-primary", "#1d4ed8");
        reordered.put("space-2", "8px");

        // WHEN it is generated twice, by two generators
        List<FileOperation> first = generator.generateAll(prd, tokens);
        List<FileOperation> second = new AppGenerator().generateAll(prd.deepCopy(), reordered);

        // THEN the output is the same, file for file
        assertEquals(first, second);
    }

    @ParameterizedTest
    @FieldSource("PRDS")
    void tasks_shouldWriteDisjointCreateOnlyFiles_whenEveryTaskIsGenerated(String name) {
        // GIVEN a PRD's plan
        JsonNode prd = Prds.load(name);

        // WHEN every task is generated on its own
        Map<String, String> owner = new HashMap<>();
        for (CodeTask task : generator.tasks(prd)) {
            List<FileOperation> files = generator.generate(prd, task, null);

            // THEN each writes at least one file, only CREATEs, and no path belongs to two tasks
            assertFalse(files.isEmpty(), task.id());
            for (FileOperation file : files) {
                assertEquals(FileOperation.Kind.CREATE, file.kind(), file.path());
                String previous = owner.put(file.path(), task.id());
                assertTrue(previous == null, file.path() + " written by " + previous + " and " + task.id());
            }
        }
    }

    @ParameterizedTest
    @FieldSource("PRDS")
    void generate_shouldCreateEveryRoutedComponentAndImportedModule_whenAllTasksRun(String name) {
        // GIVEN all files of an app
        Map<String, String> files = files(Prds.load(name));
        String app = files.get("src/App.tsx");

        // THEN every route renders a component App.tsx imports, and some task created that component's file
        Set<String> imported = new TreeSet<>();
        Matcher pages = PAGE_IMPORT.matcher(app);
        while (pages.find()) {
            assertEquals(pages.group(1), pages.group(2));
            imported.add(pages.group(1));
            assertTrue(files.containsKey("src/pages/" + pages.group(2) + ".tsx"), "missing page " + pages.group(2));
        }
        Matcher routes = ROUTE.matcher(app);
        int count = 0;
        while (routes.find()) {
            count++;
            assertTrue(imported.contains(routes.group(1)) || routes.group(1).equals("Layout"), routes.group(1));
        }
        assertTrue(count > 3, "App.tsx routes its pages");
        // AND every relative import of every file resolves to a generated file (tasks agree on names)
        files.forEach((path, content) -> {
            Matcher imports = IMPORT.matcher(content);
            while (imports.find()) {
                String target = resolve(path, imports.group(1));
                boolean found = files.containsKey(target) || files.containsKey(target + ".ts") || files.containsKey(target + ".tsx");
                assertTrue(found, path + " imports " + imports.group(1) + " which no task creates");
            }
        });
    }

    @ParameterizedTest
    @FieldSource("PRDS")
    void generate_shouldRouteEveryPrdPage_whenThePrdListsPages(String name) {
        // GIVEN a PRD and its generated App.tsx
        JsonNode prd = Prds.load(name);
        String app = files(prd).get("src/App.tsx");

        // THEN each PRD page path (normalized) has a route
        for (JsonNode page : prd.path("pages")) {
            String path = AppModel.normalizePath(page.path("path").asText());
            assertTrue(app.contains("path=\"" + path + "\"") || app.contains("path={" + TsNames.str(path) + "}"),
                    "no route for " + path);
        }
    }

    @ParameterizedTest
    @FieldSource("PRDS")
    void generate_shouldPassTheStaticReviewersBasics_whenAnyPrd(String name) {
        // GIVEN all files of an app
        Map<String, String> files = files(Prds.load(name));

        files.forEach((path, content) -> {
            if (!path.matches(".*\\.tsx?")) {
                return;
            }
            // THEN no any, eval, raw HTML injection, console output or legacy React rendering
            assertFalse(content.matches("(?s).*(:\\s*any\\b|<any>|as any\\b|any\\[]).*"), path + " uses any");
            assertFalse(content.contains("eval("), path);
            assertFalse(content.contains("dangerouslySetInnerHTML"), path);
            assertFalse(content.contains("console.log"), path);
            assertFalse(content.matches("(?s).*ReactDOM\\.render\\b.*"), path);
            // AND every .map( that renders JSX gives each element a key
            Matcher map = Pattern.compile("\\.map\\(\\((\\w+)\\) => \\(\\s*\\n\\s*<(\\w+)([^>]*)>").matcher(content);
            while (map.find()) {
                assertTrue(map.group(3).contains("key={"), path + ": JSX from .map( without a key: " + map.group());
            }
            if (path.endsWith(".tsx") && path.startsWith("src/pages/")) {
                // AND every form control has a label pointing at it
                Matcher control = Pattern.compile("<(input|select|textarea)\\s+id=\"([^\"]+)\"").matcher(content);
                while (control.find()) {
                    assertTrue(content.contains("htmlFor=\"" + control.group(2) + "\""), path + ": no label for " + control.group(2));
                }
                Matcher any = Pattern.compile("<(input|select|textarea)\\b([^>]*)>").matcher(content);
                while (any.find()) {
                    assertTrue(any.group(2).contains("id=\""), path + ": control without id: " + any.group());
                }
                // AND every <img> has alt text
                assertFalse(content.matches("(?s).*<img(?![^>]*\\balt=)[^>]*>.*"), path);
            }
        });
    }

    @Test
    void generate_shouldEscapeHostileText_whenNamesHoldQuotesBracesAndTags() {
        // GIVEN the PRD full of hostile names
        Map<String, String> files = files(Prds.load("nasty"));

        // THEN the app name reaches JSX as a string literal, index.html as escaped text
        assertTrue(files.get("src/pages/LandingPage.tsx").contains(
                "{'Tom\\'s \"Nasty\" App <script>alert(1)</script> & {braces} \\\\ back`${x}`'}"));
        assertTrue(files.get("index.html").contains("<title>Tom&#39;s &quot;Nasty&quot; App &lt;script&gt;"));
        // AND the bidi override is escaped, never written raw
        files.forEach((path, content) -> assertFalse(content.contains("\u202e"), path));
        // AND reserved and odd field names became usable identifiers
        String event = files.get("src/data/event.ts");
        for (String key : List.of("eMail: string;", "n2faCode: string;", "classValue: string;", "id2: number | null;",
                "constructorValue: string;", "proto: string;", "newValue: boolean;", "creeLe: string;", "createdAt2: string;")) {
            assertTrue(event.contains("  " + key), key);
        }
        // AND a type named like a global type does not hide it
        assertTrue(event.contains("export type EventItem = EventItemInput & storage.StoredRecord;"));
        // AND an entity named like the storage module gets a module of its own
        assertTrue(files.containsKey("src/data/storage2.ts"));
    }

    @Test
    void generate_shouldUseGivenTokensAndDropUnsafeOnes_whenDesignTokensAreGiven() {
        // GIVEN tokens from the Designer, one of them trying to break out of its declaration
        Map<String, String> tokens = Map.of("color-primary", "#1d4ed8", "space-2", "10px", "font-body", "\"Fira Sans\", sans-serif",
                "evil", "red; } body { display: none", "Bad Name", "1px", "space-9", "96px");

        // WHEN the scaffold is generated
        String css = file(generator.generate(Prds.load("recipe"), new CodeTask("scaffold", "scaffold", "x"), tokens),
                "src/styles/tokens.css");

        // THEN the given values win, extra safe tokens are kept, unsafe ones are dropped
        assertTrue(css.contains("  --color-primary: #1d4ed8;\n"));
        assertTrue(css.contains("  --space-2: 10px;\n"));
        assertTrue(css.contains("  --font-body: \"Fira Sans\", sans-serif;\n"));
        assertTrue(css.contains("  --space-9: 96px;\n"));
        assertFalse(css.contains("evil"));
        assertFalse(css.contains("display: none"));
        assertFalse(css.contains("Bad Name"));
    }

    @Test
    void generate_shouldTakeTokensFromDesignIntent_whenNoTokensAreGiven() {
        // GIVEN the recipe PRD (palette #296b38..., Inter, 16px base, 1.25 scale)
        String css = file(generator.generate(Prds.load("recipe"), new CodeTask("scaffold", "scaffold", "x"), null),
                "src/styles/tokens.css");

        // THEN its palette and typography become the tokens
        assertTrue(css.contains("  --color-primary: #296b38;\n"));
        assertTrue(css.contains("  --color-surface: #e6faeb;\n"));
        assertTrue(css.contains("  --font-body: Inter, system-ui, sans-serif;\n"));
        assertTrue(css.contains("  --font-size-lg: 20px;\n"));
        // AND app.css uses variables only, no literal colors
        String app = file(generator.generate(Prds.load("recipe"), new CodeTask("scaffold", "scaffold", "x"), null),
                "src/styles/app.css");
        assertFalse(app.matches("(?s).*#[0-9a-fA-F]{3,6}\\b.*"), "app.css has a literal color");
    }

    @ParameterizedTest
    @FieldSource("PRDS")
    void generate_shouldReproduceTheApp_whenGivenTheTokensOfItsOwnTokensFile(String name) {
        // GIVEN an app generated from the PRD alone, and the tokens its tokens.css holds (what a later Coder round reads back)
        JsonNode prd = Prds.load(name);
        Map<String, String> files = files(prd);
        Map<String, String> tokens = new LinkedHashMap<>();
        Matcher declaration = Pattern.compile("(?m)^  --([a-z0-9-]+): (.+);$").matcher(files.get("src/styles/tokens.css"));
        while (declaration.find()) {
            tokens.put(declaration.group(1), declaration.group(2));
        }

        // WHEN it is generated again with those tokens
        List<FileOperation> again = generator.generateAll(prd, tokens);

        // THEN every file is the same
        assertTrue(tokens.size() > 20);
        assertEquals(generator.generateAll(prd, null), again);
    }

    @Test
    void write_shouldCreateTheFilesAndRefuseEscapes_whenAppliedToAFolder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        // GIVEN generated files WHEN written to a folder THEN they are there, byte for byte
        List<FileOperation> all = generator.generateAll(Prds.load("recipe"), null);
        AppFolder.write(dir, all);
        for (FileOperation op : all) {
            assertEquals(op.content(), java.nio.file.Files.readString(dir.resolve(op.path())), op.path());
        }
        // AND a patch applies where its text occurs once
        AppFolder.write(dir, List.of(FileOperation.patch("src/routes.ts",
                List.of(new FileOperation.Edit("list: '/recipes',", "list: '/my-recipes',")))));
        assertTrue(java.nio.file.Files.readString(dir.resolve("src/routes.ts")).contains("list: '/my-recipes',"));
        assertThrows(IllegalArgumentException.class, () -> AppFolder.write(dir, List.of(FileOperation.patch("src/routes.ts",
                List.of(new FileOperation.Edit("encodeURIComponent(id)", "id"))))));
    }

    @Test
    void generate_shouldRejectTheTask_whenItIsNotInThePlan() {
        // GIVEN a task id the PRD has no such entity or page for
        JsonNode prd = Prds.load("recipe");

        // WHEN / THEN generating it fails loudly
        assertThrows(IllegalArgumentException.class, () -> generator.generate(prd, new CodeTask("entity:nope", "entity", "x"), null));
        assertThrows(IllegalArgumentException.class, () -> generator.generate(prd, new CodeTask("page:/recipes", "page", "x"), null));
        assertThrows(IllegalArgumentException.class, () -> generator.generate(prd, new CodeTask("deploy", "deploy", "x"), null));
    }

    @Test
    void tasks_shouldStillPlanAnApp_whenThePrdIsSparse() {
        // GIVEN a PRD with nothing but a name and one entity
        ObjectNode prd = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("name", "Tiny");
        prd.putArray("entities").addObject().put("name", "Note");

        // WHEN it is planned and generated
        List<String> ids = generator.tasks(prd).stream().map(CodeTask::id).toList();
        Map<String, String> files = files(prd);

        // THEN the entity still gets its pages and routes, with a generated field to fill in
        assertEquals(List.of("scaffold", "entity:note"), ids);
        assertTrue(files.get("src/App.tsx").contains("<Route path=\"/notes\" element={<NoteList />} />"));
        assertTrue(files.get("src/data/note.ts").contains("  name: string;"));
    }

    private Map<String, String> files(JsonNode prd) {
        Map<String, String> files = new LinkedHashMap<>();
        for (FileOperation op : generator.generateAll(prd, null)) {
            files.put(op.path(), op.content());
        }
        return files;
    }

    private static String file(List<FileOperation> files, String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().content();
    }

    private static String resolve(String from, String relative) {
        java.nio.file.Path base = java.nio.file.Path.of(from).getParent();
        return base.resolve(relative).normalize().toString().replace('\\', '/');
    }
}
