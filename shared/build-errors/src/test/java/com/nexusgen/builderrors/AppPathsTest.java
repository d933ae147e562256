package com.nexusgen.builderrors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AppPathsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/tmp/nexusgen-build-123/app/src/x.ts | src/x.ts",
            "file:///tmp/nexusgen-build-123/app/src/pages/A.tsx | src/pages/A.tsx",
            "/codebuild/output/src742/src/app/src/x.ts | src/x.ts",
            "/tmp/nexusgen-build-9/app/public/favicon.svg | public/favicon.svg",
            "/tmp/nexusgen-build-9/app/vite.config.ts | vite.config.ts",
            "/tmp/nexusgen-build-9/app/tsconfig.json | tsconfig.json",
            "/tmp/nexusgen-build-9/app/index.html | index.html",
            "/tmp/nexusgen-build-9/app/scripts/prebuild.mjs | scripts/prebuild.mjs",
            "/root/.cache/npm-apps/3e7a/node_modules/vite/dist/node/cli.js | node_modules/vite/dist/node/cli.js",
            "../../../../root/.cache/npm-apps/3e7a/node_modules/esbuild/lib/main.js | node_modules/esbuild/lib/main.js",
            "/tmp/nexusgen-build-9/app/node_modules | node_modules",
            "./src/main.tsx | src/main.tsx",
            "src/main.tsx | src/main.tsx",
            "C:\\builds\\app\\src\\main.tsx | src/main.tsx",
            "/tmp/nexusgen-build-9/app/src/styles/app.css?inline | src/styles/app.css",
    })
    void relativize_shouldCutTheBuildFolder_whenNoRootIsKnown(String printed, String expected) {
        // GIVEN no root // WHEN a printed path is made relative // THEN it is cut at src/, public/ or a known file
        assertEquals(expected, AppPaths.of(null, List.of()).relativize(printed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            " RUN  v3.2.4 /tmp/be/cases/b-1/app | /tmp/be/cases/b-1/app/lib/x.ts | lib/x.ts",
            "failed to load config from /work/b/app/vite.config.ts | /work/b/app/config/x.ts | config/x.ts",
            "npm error path /work/b/app/package.json | /work/b/app/lib/x.ts | lib/x.ts",
    })
    void relativize_shouldUseTheRootTheLogStates_whenALineStatesIt(String line, String printed, String expected) {
        // GIVEN a log line that states the app root // WHEN a path under it is made relative // THEN the root is cut
        assertEquals(expected, AppPaths.of(null, List.of(line)).relativize(printed));
    }
}
