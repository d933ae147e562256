package com.nexusgen.healing.fixers;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorKind;
import com.nexusgen.domain.code.FileOperations;
import com.nexusgen.healing.FixContext;
import com.nexusgen.healing.Fixer;
import com.nexusgen.healing.Proposal;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each deterministic fixer on the error a real tool reports (the corpus test runs them on real builds); the
 * point here is what each changes, and that it changes nothing when it can't be sure.
 */
class DeterministicFixersTest {
    private static final String PACKAGE = """
            {
              "name": "nexusgen-app",
              "type": "module",
              "scripts": {
                "build": "tsc --noEmit && vite build",
                "test": "vitest run"
              },
              "dependencies": {
                "react": "18.3.1",
                "react-router-dom": "6.99.0"
              },
              "devDependencies": {
                "typescript": "5.8.3"
              }
            }
            """;

    private static BuildError error(String tool, String file, int line, int column, String code, String message,
                                    ErrorKind kind, Map<String, String> facts) {
        return new BuildError(tool, file, line, column, code, message, kind, facts);
    }

    private static Map<String, String> apply(Fixer fixer, BuildError error, Map<String, String> files) {
        Proposal proposal = fixer.propose(error, new FixContext(files, List.of(error))).orElseThrow(() ->
                new AssertionError(fixer.id() + " proposed nothing"));
        return FileOperations.apply(files, proposal.operations());
    }

    private static Optional<Proposal> propose(Fixer fixer, BuildError error, Map<String, String> files) {
        return fixer.propose(error, new FixContext(files, List.of(error)));
    }

    @Test
    void aMissingPackageIsDeclaredAtItsKnownGoodVersion_withItsTypes() {
        BuildError missing = error("tsc", "src/lib/text.ts", 1, 20, "TS2307",
                "Cannot find module 'lodash' or its corresponding type declarations.", ErrorKind.DEPENDENCY_MISSING,
                Map.of("module", "lodash/fp"));
        String fixed = apply(new AddDependency(), missing, Map.of("package.json", PACKAGE)).get("package.json");
        assertTrue(fixed.contains("\"lodash\": \"4.17.21\""), fixed);
        assertTrue(fixed.contains("\"@types/lodash\": \"4.17.20\""), fixed);
        assertTrue(fixed.contains("\"react\": \"18.3.1\""), "the rest stays: " + fixed);
        BuildError unknown = error("tsc", "src/a.ts", 1, 1, "TS2307", "Cannot find module 'left-padder'",
                ErrorKind.DEPENDENCY_MISSING, Map.of("module", "left-padder"));
        assertTrue(propose(new AddDependency(), unknown, Map.of("package.json", PACKAGE)).isEmpty(), "no guessed versions");
    }

    @Test
    void aVersionThatDoesNotExistIsPinnedToTheKnownGoodOne() {
        BuildError target = error("npm", null, 0, 0, "ETARGET", "No matching version found for react-router-dom@6.99.0.",
                ErrorKind.DEPENDENCY_VERSION, Map.of("module", "react-router-dom", "version", "6.99.0"));
        String fixed = apply(new PinKnownGoodVersion(), target, Map.of("package.json", PACKAGE)).get("package.json");
        assertTrue(fixed.contains("\"react-router-dom\": \"6.30.6\""), fixed);
    }

    @Test
    void anUnreachableGitDependencyIsReplacedByTheRegistryVersion() {
        String git = PACKAGE.replace("\"react-router-dom\": \"6.99.0\"", "\"clsx\": \"github:lukeed/clsx#v2.1.1\"");
        BuildError network = error("npm", null, 0, 0, "128", "An unknown git error occurred", ErrorKind.NETWORK, Map.of());
        String fixed = apply(new PinKnownGoodVersion(), network, Map.of("package.json", git)).get("package.json");
        assertTrue(fixed.contains("\"clsx\": \"2.1.1\""), fixed);
    }

    @Test
    void aNativeAddonIsSwappedForItsPureJsTwin_inPackageJsonAndImports() {
        String bcrypt = PACKAGE.replace("\"react-router-dom\": \"6.99.0\"", "\"bcrypt\": \"5.1.1\"");
        Map<String, String> files = Map.of("package.json", bcrypt,
                "src/auth.ts", "import bcrypt from 'bcrypt';\nexport const hash = (p: string) => bcrypt.hashSync(p, 10);\n");
        BuildError gyp = error("npm", null, 0, 0, null, "gyp ERR! build error", ErrorKind.DEPENDENCY_NATIVE,
                Map.of("module", "bcrypt"));
        Map<String, String> fixed = apply(new ReplaceNativePackage(), gyp, files);
        assertTrue(fixed.get("package.json").contains("\"bcryptjs\": \"3.0.2\"") && !fixed.get("package.json").contains("\"bcrypt\""));
        assertTrue(fixed.get("src/auth.ts").startsWith("import bcrypt from 'bcryptjs';"), fixed.get("src/auth.ts"));
    }

    @Test
    void aMissingHookIsImported_intoTheExistingImportOfItsModule() {
        Map<String, String> files = Map.of("src/pages/Board.tsx",
                "import { useEffect } from 'react';\n\nexport function Board() {\n  const [n] = useState(0);\n  useEffect(() => {}, []);\n  return <p>{n}</p>;\n}\n");
        BuildError name = error("tsc", "src/pages/Board.tsx", 4, 15, "TS2304", "Cannot find name 'useState'.",
                ErrorKind.RUNTIME_IMPORT, Map.of("identifier", "useState"));
        String fixed = apply(new AddMissingImport(), name, files).get("src/pages/Board.tsx");
        assertTrue(fixed.startsWith("import { useEffect, useState } from 'react';\n"), fixed);
    }

    @Test
    void aTypeFromTheAppIsImportedAsAType() {
        Map<String, String> files = Map.of(
                "src/pages/List.tsx", "import { useState } from 'react';\n\nexport function List({ items }: { items: Recipe[] }) {\n  return <ul>{items.map((r) => <li key={r.id}>{r.title}</li>)}</ul>;\n}\n",
                "src/data/recipe.ts", "export interface Recipe {\n  id: string;\n  title: string;\n}\n");
        BuildError name = error("tsc", "src/pages/List.tsx", 3, 47, "TS2304", "Cannot find name 'Recipe'.",
                ErrorKind.RUNTIME_IMPORT, Map.of("identifier", "Recipe"));
        String fixed = apply(new AddMissingImport(), name, files).get("src/pages/List.tsx");
        assertTrue(fixed.contains("import type { Recipe } from '../data/recipe';\n"), fixed);
    }

    @Test
    void aMistypedImportPathPointsAtTheClosestFile_andTwoEquallyCloseOnesAreLeftAlone() {
        Map<String, String> files = Map.of(
                "src/App.tsx", "import { RecipeList } from './pages/RecipeLst';\nexport const App = RecipeList;\n",
                "src/pages/RecipeList.tsx", "export const RecipeList = () => null;\n");
        BuildError path = error("tsc", "src/App.tsx", 1, 28, "TS2307", "Cannot find module './pages/RecipeLst'",
                ErrorKind.RUNTIME_IMPORT, Map.of("module", "./pages/RecipeLst"));
        assertTrue(apply(new FixImportPath(), path, files).get("src/App.tsx").contains("from './pages/RecipeList'"));
        Map<String, String> ambiguous = Map.of(
                "src/App.tsx", "import { A } from './pages/Cart';\n",
                "src/pages/Card.tsx", "export const A = 1;\n",
                "src/pages/Carts.tsx", "export const A = 1;\n");
        BuildError unclear = error("tsc", "src/App.tsx", 1, 19, "TS2307", "Cannot find module './pages/Cart'",
                ErrorKind.RUNTIME_IMPORT, Map.of("module", "./pages/Cart"));
        assertTrue(propose(new FixImportPath(), unclear, ambiguous).isEmpty());
    }

    @Test
    void theCompilersSuggestionReplacesTheMisspeltName_onlyWhereItIsReported() {
        Map<String, String> files = Map.of("src/a.ts", "const recipe = { title: 'x' };\nexport const t = recipe.titel;\n");
        BuildError typo = error("tsc", "src/a.ts", 2, 25, "TS2551",
                "Property 'titel' does not exist on type '{ title: string; }'. Did you mean 'title'?",
                ErrorKind.TYPE_MISSING_PROPERTY, Map.of("property", "titel", "suggestion", "title"));
        assertEquals("const recipe = { title: 'x' };\nexport const t = recipe.title;\n",
                apply(new ApplySuggestion(), typo, files).get("src/a.ts"));
        BuildError elsewhere = error("tsc", "src/a.ts", 1, 1, "TS2551", "…", ErrorKind.TYPE_MISSING_PROPERTY,
                Map.of("property", "titel", "suggestion", "title"));
        assertTrue(propose(new ApplySuggestion(), elsewhere, files).isEmpty());
    }

    @Test
    void theExpectedTokenIsInserted_andAnUnclosedBraceAtTheEndIsClosed() {
        Map<String, String> files = Map.of("src/a.ts", "export function f(a: number {\n  return a;\n}\n");
        BuildError paren = error("tsc", "src/a.ts", 1, 28, "TS1005", "')' expected.", ErrorKind.SYNTAX_TOKEN,
                Map.of("expected", ")"));
        assertEquals("export function f(a: number) {\n  return a;\n}\n", apply(new InsertExpectedToken(), paren, files).get("src/a.ts"));
        Map<String, String> open = Map.of("src/b.ts", "export function g() {\n  return 1;\n");
        BuildError eof = error("tsc", "src/b.ts", 3, 1, "TS1005", "'}' expected.", ErrorKind.SYNTAX_EOF, Map.of("expected", "}"));
        assertEquals("export function g() {\n  return 1;\n}\n", apply(new InsertExpectedToken(), eof, open).get("src/b.ts"));
    }

    @Test
    void aWrongClosingTagIsRenamedToTheOneTheCompilerExpected() {
        Map<String, String> files = Map.of("src/A.tsx", "export const A = () => (\n  <section>\n    <p>hi</p>\n  </div>\n);\n");
        BuildError tag = error("tsc", "src/A.tsx", 4, 5, "TS17002", "Expected corresponding JSX closing tag for 'section'.",
                ErrorKind.SYNTAX_TOKEN, Map.of("expected", "section"));
        assertTrue(apply(new CloseJsxTag(), tag, files).get("src/A.tsx").contains("  </section>\n"));
    }

    @Test
    void aLiteralOfTheWrongTypeIsWrittenInTheExpectedOne() {
        Map<String, String> files = Map.of("src/a.ts", "export const servings: number = '4';\n");
        BuildError mismatch = error("tsc", "src/a.ts", 1, 14, "TS2322", "Type 'string' is not assignable to type 'number'.",
                ErrorKind.TYPE_MISMATCH, Map.of());
        assertEquals("export const servings: number = 4;\n", apply(new ConvertLiteral(), mismatch, files).get("src/a.ts"));
    }

    @Test
    void aPossiblyNullDereferenceBecomesOptional() {
        Map<String, String> files = Map.of("src/a.ts", "const el = document.querySelector('h1');\nexport const t = el.textContent;\n");
        BuildError maybeNull = error("tsc", "src/a.ts", 2, 18, "TS18047", "'el' is possibly 'null'.", ErrorKind.TYPE_NULL,
                Map.of("identifier", "el"));
        assertTrue(apply(new NullGuard(), maybeNull, files).get("src/a.ts").contains("el?.textContent"));
    }

    @Test
    void genericArityIsCompletedWithUnknown_orTrimmed() {
        Map<String, String> files = Map.of("src/a.ts", "export const xs: Array = [];\nexport const m = new Map<string, number, boolean>();\n");
        BuildError missing = error("tsc", "src/a.ts", 1, 18, "TS2314", "Generic type 'Array<T>' requires 1 type argument(s).",
                ErrorKind.TYPE_GENERIC, Map.of());
        assertTrue(apply(new FixGenericArity(), missing, files).get("src/a.ts").contains("xs: Array<unknown> = []"));
        BuildError extra = error("tsc", "src/a.ts", 2, 26, "TS2558", "Expected 2 type arguments, but got 3.",
                ErrorKind.TYPE_GENERIC, Map.of());
        assertTrue(apply(new FixGenericArity(), extra, files).get("src/a.ts").contains("new Map<string, number>()"));
    }

    @Test
    void aMissingEnvVarGetsItsDocumentedDefault_andAnUndocumentedOneNothing() {
        Map<String, String> files = Map.of(".env.example", "# where the API lives\nVITE_API_BASE=/api\n");
        BuildError env = error("vitest", "src/config.ts", 3, 9, null, "Error: Missing env var VITE_API_BASE",
                ErrorKind.RUNTIME_ENV, Map.of("envVar", "VITE_API_BASE"));
        assertEquals("VITE_API_BASE=/api\n", apply(new EnvDefault(), env, files).get(".env"));
        BuildError secret = error("vitest", "src/config.ts", 3, 9, null, "Error: Missing env var VITE_STRIPE_KEY",
                ErrorKind.RUNTIME_ENV, Map.of("envVar", "VITE_STRIPE_KEY"));
        assertTrue(propose(new EnvDefault(), secret, files).isEmpty());
    }

    @Test
    void aScriptWithoutTheExecuteBitRunsThroughItsInterpreter() {
        String scripts = PACKAGE.replace("\"build\": \"tsc --noEmit && vite build\"",
                "\"build\": \"./scripts/prebuild.sh && tsc --noEmit && vite build\"");
        BuildError denied = error("sh", null, 0, 0, "126", "sh: 1: ./scripts/prebuild.sh: Permission denied",
                ErrorKind.RUNTIME_PERMISSION, Map.of("path", "./scripts/prebuild.sh"));
        String fixed = apply(new RunScriptWithShell(), denied, Map.of("package.json", scripts)).get("package.json");
        assertTrue(fixed.contains("\"build\": \"sh ./scripts/prebuild.sh && tsc --noEmit && vite build\""), fixed);
    }

    @Test
    void aHeapLimitSetTooLowIsRaised_andSlowTestsGetMoreTime() {
        String low = PACKAGE.replace("\"build\": \"tsc --noEmit && vite build\"",
                "\"build\": \"node --max-old-space-size=32 node_modules/typescript/bin/tsc --noEmit && vite build\"");
        BuildError oom = error("node", null, 0, 0, null, "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
                ErrorKind.RESOURCE_MEMORY, Map.of());
        assertTrue(apply(new RaiseHeapLimit(), oom, Map.of("package.json", low)).get("package.json").contains("--max-old-space-size=2048"));
        BuildError slow = error("vitest", "src/a.test.ts", 4, 3, null, "Error: Test timed out in 5000ms.",
                ErrorKind.RESOURCE_TIMEOUT, Map.of());
        assertTrue(apply(new RaiseTestTimeout(), slow, Map.of()).get("vitest.config.ts").contains("testTimeout: 30000"));
    }

    @Test
    void aBrokenToolchainFileIsRestoredFromTheKnownGoodTemplate() {
        Map<String, String> files = Map.of("tsconfig.json", "{\"compilerOptions\": {\"jsx\": \"preserve-ish\"}}\n");
        BuildError config = error("tsc", "tsconfig.json", 1, 34, "TS6046", "Argument for '--jsx' option must be: …",
                ErrorKind.CONFIGURATION, Map.of());
        String fixed = apply(new RestoreToolchainConfig(), config, files).get("tsconfig.json");
        assertTrue(fixed.contains("\"jsx\": \"react-jsx\""), fixed);
    }
}
