package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** vite build, rollup and esbuild errors, read from real output. */
class ViteLogTest {

    @Test
    void parse_shouldReportAMissingPackage_whenRollupFailsToResolveABareImport() {
        // GIVEN "[vite]: Rollup failed to resolve import "canvas-confetti" from "/abs/app/src/pages/RecipeDetail.tsx""
        BuildError error = Logs.first(Logs.own("dependency-missing-vite-rollup-resolve"));
        // WHEN parsed // THEN a missing dependency in the importing file, made app-relative
        assertEquals(ErrorKind.DEPENDENCY_MISSING, error.kind());
        assertEquals("canvas-confetti", error.fact("module"));
        assertEquals("src/pages/RecipeDetail.tsx", error.file());
        assertTrue(error.message().startsWith("Rollup failed to resolve import \"canvas-confetti\""), error.message());
    }

    @Test
    void parse_shouldReportAnImportError_whenRollupCannotResolveARelativeStylesheet() {
        // GIVEN a side-effect CSS import tsc does not check: Could not resolve "./styles/missing.css" from "src/main.tsx"
        BuildError error = Logs.first(Logs.own("runtime-import-vite-missing-css"));
        // WHEN parsed // THEN rollup's import error, in main.tsx
        assertEquals("rollup", error.tool());
        assertEquals(ErrorKind.RUNTIME_IMPORT, error.kind());
        assertEquals("./styles/missing.css", error.fact("module"));
        assertEquals("src/main.tsx", error.file());
    }

    @Test
    void parse_shouldCountColumnsFromOne_whenRollupAndEsbuildCountFromZero() {
        // GIVEN rollup's (88:9) for an export missing at the 10th character, and esbuild's 30:32 for tsc's 30:33
        BuildError rollup = Logs.first(Logs.own("runtime-import-vite-missing-export"));
        BuildError esbuild = Logs.first(Logs.own("syntax-token-vite-esbuild-expected"));
        BuildError tsc = Logs.first(Logs.own("syntax-token-tsc-missing-paren"));
        // WHEN parsed // THEN 1-based columns, agreeing with tsc on the same fault
        assertEquals(88, rollup.line());
        assertEquals(10, rollup.column());
        assertEquals("nothingHere", rollup.fact("identifier"));
        assertEquals(tsc.line(), esbuild.line());
        assertEquals(tsc.column(), esbuild.column());
        assertEquals(")", esbuild.fact("expected"));
        assertEquals(";", esbuild.fact("actual"));
    }

    @Test
    void parse_shouldReportUnexpectedEndOfFile_whenEsbuildReachesTheEndInsideAComponent() {
        // GIVEN vite build of a component whose closing brace was deleted
        BuildError error = Logs.first(Logs.own("syntax-eof-vite-esbuild-eof"));
        // WHEN parsed // THEN esbuild's end of file, at the line after the last
        assertEquals("esbuild", error.tool());
        assertEquals(ErrorKind.SYNTAX_EOF, error.kind());
        assertEquals("src/pages/RecipeDetail.tsx", error.file());
        assertEquals(86, error.line());
    }

    @Test
    void parse_shouldReportTheConfigSyntaxErrorOnce_whenEsbuildAndViteBothReportIt() {
        // GIVEN a syntax error in vite.config.ts: esbuild's ✘ [ERROR] block, then vite's "Build failed with 1 error"
        List<BuildError> errors = Logs.parse(Logs.own("syntax-token-vite-config-syntax"));
        // WHEN parsed // THEN one error, in the config, at esbuild's location
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("vite.config.ts", errors.get(0).file());
        assertEquals(7, errors.get(0).line());
        assertEquals(ErrorKind.SYNTAX_TOKEN, errors.get(0).kind());
    }

    @Test
    void parse_shouldClassifyTheConfigsOwnError_whenViteFailsToLoadItsConfig() {
        // GIVEN configs that throw: a plain Error, a missing env var, a missing file, a missing plugin package
        BuildError plain = Logs.first(Logs.own("configuration-vite-config-throws"));
        BuildError env = Logs.first(Logs.own("runtime-env-vite-config-env"));
        BuildError file = Logs.first(Logs.own("runtime-file-vite-config-readfile"));
        BuildError plugin = Logs.first(Logs.own("dependency-missing-vite-config-plugin"));
        // WHEN parsed // THEN the inner error decides, configuration when it says nothing more; all in vite.config.ts
        assertEquals(ErrorKind.CONFIGURATION, plain.kind());
        assertEquals("Error: unsupported build mode production", plain.message());
        assertEquals(ErrorKind.RUNTIME_ENV, env.kind());
        assertEquals("VITE_API_URL", env.fact("envVar"));
        assertEquals(ErrorKind.RUNTIME_FILE, file.kind());
        assertEquals("banner.txt", file.fact("path"));
        assertEquals(ErrorKind.DEPENDENCY_MISSING, plugin.kind());
        assertEquals("vite-plugin-pwa", plugin.fact("module"));
        assertEquals("ERR_MODULE_NOT_FOUND", plugin.code());
        for (BuildError e : List.of(plain, env, file, plugin)) {
            assertEquals("vite.config.ts", e.file(), e.toString());
        }
    }

    @Test
    void parse_shouldReportAMissingFile_whenTheEntryHtmlIsMissingOrPointsNowhere() {
        // GIVEN no index.html at all, and an index.html whose script does not exist
        BuildError noHtml = Logs.first(Logs.own("runtime-file-vite-missing-index-html"));
        BuildError badEntry = Logs.first(Logs.own("runtime-file-vite-html-entry-script"));
        // WHEN parsed // THEN both are missing files, naming which
        assertEquals("index.html", noHtml.fact("path"));
        assertEquals(ErrorKind.RUNTIME_FILE, badEntry.kind());
        assertEquals("src/Main.tsx", badEntry.fact("path"));
        assertEquals("index.html", badEntry.file());
    }

    @Test
    void parse_shouldLocateTheHtmlError_whenViteBuildHtmlPointsAtItWithAnAtLine() {
        // GIVEN "Unable to parse HTML" with " at /abs/app/index.html:14:5"
        BuildError error = Logs.first(Logs.own("syntax-parse-vite-index-html"));
        // WHEN parsed // THEN a parse error at that place, the code frame not in the message
        assertEquals(ErrorKind.SYNTAX_PARSE, error.kind());
        assertEquals("index.html", error.file());
        assertEquals(14, error.line());
        assertEquals(5, error.column());
        assertEquals("Unable to parse HTML; parse5 error code unexpected-character-in-attribute-name", error.message());
    }

    @Test
    void parse_shouldReportEachEsbuildError_whenViteListsThemUnderErrorDuringBuild() {
        // GIVEN build.target es5: esbuild cannot lower const, five errors listed, then "..."
        List<BuildError> errors = Logs.parse(Logs.own("configuration-vite-build-target-es5"));
        // WHEN parsed // THEN five configuration errors from esbuild
        assertEquals(5, errors.size());
        assertTrue(errors.stream().allMatch(e -> e.kind() == ErrorKind.CONFIGURATION && e.tool().equals("esbuild")));
    }

    @Test
    void parse_shouldReportAParseError_whenAJsonImportIsInvalid() {
        // GIVEN a JSON module with a trailing comma
        BuildError error = Logs.first(Logs.own("syntax-parse-vite-json-import"));
        // WHEN parsed // THEN a parse error in the JSON file
        assertEquals(ErrorKind.SYNTAX_PARSE, error.kind());
        assertEquals("src/data/defaults.json", error.file());
        assertEquals(1, error.line());
    }

    @Test
    void parse_shouldReportNothing_whenTheBuildPassedWithWarnings() {
        // GIVEN a passing build whose CSS minifier warned about an unbalanced brace
        // WHEN parsed // THEN no errors: warnings do not fail a build
        assertEquals(List.of(), Logs.parse(Logs.own("ok-vite-css-warning")));
    }

    @Test
    void parse_shouldReportTheDevServersImportError_whenViteServesAModuleWithAMissingImport() {
        // GIVEN the dev server's "[vite] Internal server error: Failed to resolve import "./analytics" from "src/main.tsx""
        BuildError error = Logs.first(Logs.own("runtime-import-vite-dev-plain-import-analysis"));
        // WHEN parsed // THEN an import error in main.tsx
        assertEquals(ErrorKind.RUNTIME_IMPORT, error.kind());
        assertEquals("./analytics", error.fact("module"));
        assertEquals("src/main.tsx", error.file());
    }
}
