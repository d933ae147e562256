package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The classification table, one (tool, code, message) at a time, as other modules call it. */
class ErrorClassifierTest {

    @ParameterizedTest(name = "{1} {2} -> {3}")
    @CsvSource(delimiter = '¦', nullValues = "-", value = {
            // tsc: imports and dependencies
            "tsc ¦ TS2304 ¦ Cannot find name 'useState'. ¦ runtime.import",
            "tsc ¦ TS2552 ¦ Cannot find name 'useNavigat'. Did you mean 'useNavigate'? ¦ runtime.import",
            "tsc ¦ TS2503 ¦ Cannot find namespace 'JSX'. ¦ runtime.import",
            "tsc ¦ TS2305 ¦ Module '\"react-router-dom\"' has no exported member 'Switch'. ¦ runtime.import",
            "tsc ¦ TS2724 ¦ '\"react\"' has no exported member named 'useStat'. Did you mean 'useState'? ¦ runtime.import",
            "tsc ¦ TS2307 ¦ Cannot find module 'zustand' or its corresponding type declarations. ¦ dependency.missing",
            "tsc ¦ TS2307 ¦ Cannot find module '@tanstack/react-query' or its corresponding type declarations. ¦ dependency.missing",
            "tsc ¦ TS2307 ¦ Cannot find module './Missing' or its corresponding type declarations. ¦ runtime.import",
            "tsc ¦ TS2307 ¦ Cannot find module '@/components/Card' or its corresponding type declarations. ¦ runtime.import",
            "tsc ¦ TS7016 ¦ Could not find a declaration file for module 'left-pad'. ¦ dependency.missing",
            "tsc ¦ TS2580 ¦ Cannot find name 'process'. Do you need to install type definitions for node? Try `npm i --save-dev @types/node`. ¦ dependency.missing",
            "tsc ¦ TS2304 ¦ Cannot find name 'window'. ¦ configuration",
            // tsc: types
            "tsc ¦ TS2339 ¦ Property 'x' does not exist on type 'Y'. ¦ type.missing-property",
            "tsc ¦ TS2741 ¦ Property 'id' is missing in type '{}' but required in type 'Item'. ¦ type.missing-property",
            "tsc ¦ TS2739 ¦ Type '{}' is missing the following properties from type 'Item': id, name ¦ type.missing-property",
            "tsc ¦ TS2322 ¦ Type 'string' is not assignable to type 'number'. ¦ type.mismatch",
            "tsc ¦ TS2345 ¦ Argument of type 'string | undefined' is not assignable to parameter of type 'string'. ¦ type.null",
            "tsc ¦ TS2322 ¦ Type 'string | undefined' is not assignable to type 'string | undefined | null'. ¦ type.mismatch",
            "tsc ¦ TS2769 ¦ No overload matches this call. ¦ type.mismatch",
            "tsc ¦ TS2554 ¦ Expected 1 arguments, but got 2. ¦ type.mismatch",
            "tsc ¦ TS18047 ¦ 'el' is possibly 'null'. ¦ type.null",
            "tsc ¦ TS2532 ¦ Object is possibly 'undefined'. ¦ type.null",
            "tsc ¦ TS18046 ¦ 'e' is of type 'unknown'. ¦ type.null",
            "tsc ¦ TS2344 ¦ Type 'string' does not satisfy the constraint 'object'. ¦ type.generic",
            "tsc ¦ TS2314 ¦ Generic type 'Map<K, V>' requires 2 type argument(s). ¦ type.generic",
            "tsc ¦ TS6133 ¦ 'x' is declared but its value is never read. ¦ type.mismatch",
            // tsc: syntax and configuration
            "tsc ¦ TS1005 ¦ ';' expected. ¦ syntax.token",
            "tsc ¦ TS1109 ¦ Expression expected. ¦ syntax.token",
            "tsc ¦ TS17002 ¦ Expected corresponding JSX closing tag for 'div'. ¦ syntax.token",
            "tsc ¦ TS1002 ¦ Unterminated string literal. ¦ syntax.eof",
            "tsc ¦ TS1160 ¦ Unterminated template literal. ¦ syntax.eof",
            "tsc ¦ TS1010 ¦ '*/' expected. ¦ syntax.eof",
            "tsc ¦ TS1117 ¦ An object literal cannot have multiple properties with the same name. ¦ syntax.parse",
            "tsc ¦ TS5023 ¦ Unknown compiler option 'foo'. ¦ configuration",
            "tsc ¦ TS17004 ¦ Cannot use JSX unless the '--jsx' flag is provided. ¦ configuration",
            "tsc ¦ TS18003 ¦ No inputs were found in config file 'tsconfig.json'. ¦ configuration",
            // npm
            "npm ¦ ERESOLVE ¦ ERESOLVE unable to resolve dependency tree\\npeer react@\"^17\" from x@1.2.3 ¦ dependency.peer",
            "npm ¦ ETARGET ¦ No matching version found for x@^9.9.9. ¦ dependency.version",
            "npm ¦ E404 ¦ 404 Not Found - GET https://registry.npmjs.org/nonexistent-pkg ¦ dependency.missing",
            "npm ¦ E404 ¦ 404 Not Found - GET https://registry.npmjs.org/react/-/react-99.0.0.tgz ¦ dependency.version",
            "npm ¦ EUSAGE ¦ `npm ci` can only install packages when your package.json and package-lock.json are in sync. ¦ dependency.version",
            "npm ¦ ENOTFOUND ¦ getaddrinfo ENOTFOUND registry.npmjs.org ¦ network",
            "npm ¦ EAI_AGAIN ¦ getaddrinfo EAI_AGAIN registry.npmjs.org ¦ network",
            "npm ¦ ECONNREFUSED ¦ connect ECONNREFUSED 127.0.0.1:4873 ¦ network",
            "npm ¦ EACCES ¦ Error: EACCES: permission denied, mkdir '/app/node_modules' ¦ runtime.permission",
            "npm ¦ ENOSPC ¦ ENOSPC: no space left on device, write ¦ resource.disk",
            "npm ¦ EJSONPARSE ¦ Invalid package.json ¦ syntax.parse",
            "npm ¦ 1 ¦ gyp ERR! build error ¦ dependency.native",
            // node, vite, rollup, esbuild, vitest
            "node ¦ - ¦ FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory ¦ resource.memory",
            "node ¦ ERR_WORKER_OUT_OF_MEMORY ¦ Worker terminated due to reaching memory limit: JS heap out of memory ¦ resource.memory",
            "node ¦ ERR_MODULE_NOT_FOUND ¦ Cannot find package 'vite-plugin-pwa' imported from /app/vite.config.ts ¦ dependency.missing",
            "node ¦ MODULE_NOT_FOUND ¦ Error: Cannot find module './util' ¦ runtime.import",
            "node ¦ ENOENT ¦ Error: ENOENT: no such file or directory, open 'data/seed.json' ¦ runtime.file",
            "node ¦ - ¦ Error: spawn EACCES ¦ runtime.permission",
            "runner ¦ - ¦ CPU time limit exceeded ¦ resource.cpu",
            "vite ¦ - ¦ [vite]: Rollup failed to resolve import \"x\" from \"/abs/app/src/y.tsx\". ¦ dependency.missing",
            "vite ¦ - ¦ Failed to resolve import \"./x\" from \"src/y.ts\". Does the file exist? ¦ runtime.import",
            "rollup ¦ - ¦ Could not resolve \"./x\" from \"src/y.tsx\" ¦ runtime.import",
            "rollup ¦ - ¦ \"foo\" is not exported by \"src/a.ts\", imported by \"src/b.ts\". ¦ runtime.import",
            "esbuild ¦ - ¦ Expected \";\" but found \"x\" ¦ syntax.token",
            "esbuild ¦ - ¦ Unexpected end of file ¦ syntax.eof",
            "vite ¦ - ¦ failed to load config from /app/vite.config.ts ¦ configuration",
            "vitest ¦ - ¦ Error: Test timed out in 5000ms. ¦ resource.timeout",
            "vitest ¦ - ¦ Error: Missing env var VITE_API_URL ¦ runtime.env",
            "vitest ¦ - ¦ ReferenceError: process is not defined ¦ runtime.env",
            "vitest ¦ - ¦ ReferenceError: document is not defined ¦ configuration",
            "vitest ¦ - ¦ ReferenceError: formatPrice is not defined ¦ runtime.import",
            "vitest ¦ - ¦ TypeError: Cannot read properties of undefined (reading 'map') ¦ type.null",
            "vitest ¦ - ¦ TypeError: items.map is not a function ¦ type.mismatch",
            "vitest ¦ - ¦ TypeError: (0 , __vite_ssr_import_0__.useNavigat) is not a function ¦ runtime.import",
            "vitest ¦ - ¦ AssertionError: expected 1 to be 2 ¦ unknown",
            "vitest ¦ - ¦ Error: something odd ¦ unknown",
            "runner ¦ limit=timeout ¦ stage build ran longer than 600000 ms ¦ resource.timeout",
            "runner ¦ limit=dist ¦ dist is 26214400 bytes, over the limit of 20971520 bytes ¦ resource.disk",
            "runner ¦ limit=output ¦ output exceeded 1048576 bytes ¦ resource.disk",
    })
    void classify_shouldPickTheLeaf_whenGivenAToolsCodeAndMessage(String tool, String code, String message, String expected) {
        // GIVEN one error as a tool reports it // WHEN classified // THEN the taxonomy leaf
        assertEquals(expected, ErrorClassifier.classify(tool, code, message.replace("\\n", "\n")).wireName());
    }

    @Test
    void facts_shouldNameTheIdentifierAndSuggestion_whenTscSuggestsASpelling() {
        // GIVEN TS2724 with a suggestion // WHEN its facts are read // THEN module, identifier and suggestion
        Map<String, String> facts = ErrorClassifier.facts("tsc", "TS2724",
                "'\"react\"' has no exported member named 'useStat'. Did you mean 'useState'?");
        assertEquals(Map.of("module", "react", "identifier", "useStat", "suggestion", "useState"), facts);
    }

    @Test
    void error_shouldBuildAClassifiedError_whenACallerHasOnlyAToolsReport() {
        // GIVEN a browser console's error // WHEN made into a build error // THEN classified, facts included
        BuildError error = ErrorClassifier.error("vitest", "src/a.ts", 3, 7, null,
                "TypeError: Cannot read properties of null (reading 'title')");
        assertEquals(ErrorKind.TYPE_NULL, error.kind());
        assertEquals("title", error.fact("property"));
        assertEquals("null", error.fact("type"));
    }

    @Test
    void classify_shouldSayUnknown_whenGivenNothing() {
        assertEquals(ErrorKind.UNKNOWN, ErrorClassifier.classify(null, null, null));
        assertEquals(ErrorKind.UNKNOWN, ErrorClassifier.classify("npm", "EWHATEVER", ""));
    }
}
