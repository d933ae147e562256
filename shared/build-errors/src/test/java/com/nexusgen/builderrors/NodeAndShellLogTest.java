package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** node's fatal errors and uncaught exceptions, and the shell's complaints, read from real output. */
class NodeAndShellLogTest {

    @ParameterizedTest
    @ValueSource(strings = {"resource-memory-node-heap-tsc", "resource-memory-vitest-worker-oom", "resource-memory-node-plain-worker-oom"})
    void parse_shouldReportMemory_whenNodeRunsOutOfHeap(String name) {
        // GIVEN tsc under a 24 MB heap, a vitest test filling 4 GB, a worker over its resource limit
        // WHEN parsed // THEN resource.memory
        assertEquals(ErrorKind.RESOURCE_MEMORY, Logs.first(Logs.own(name)).kind());
    }

    @Test
    void parse_shouldReportAMissingDependency_whenAScriptRequiresAnUninstalledPackage() {
        // GIVEN a prebuild script requiring left-pad, which is not installed
        BuildError error = Logs.first(Logs.own("dependency-missing-node-require"));
        // WHEN parsed // THEN dependency.missing, located at the require in the script
        assertEquals(ErrorKind.DEPENDENCY_MISSING, error.kind());
        assertEquals("left-pad", error.fact("module"));
        assertEquals("MODULE_NOT_FOUND", error.code());
        assertEquals("scripts/prebuild.cjs", error.file());
        assertEquals(1, error.line());
        assertEquals(13, error.column());
    }

    @Test
    void parse_shouldReportAnImportError_whenAScriptImportsAMissingRelativeModule() {
        // GIVEN ERR_MODULE_NOT_FOUND for '/abs/app/scripts/routes-manifest.mjs' imported from prebuild.mjs
        BuildError error = Logs.first(Logs.own("runtime-import-node-esm-relative"));
        // WHEN parsed // THEN runtime.import, the module made app-relative
        assertEquals(ErrorKind.RUNTIME_IMPORT, error.kind());
        assertEquals("scripts/routes-manifest.mjs", error.fact("module"));
        assertEquals("ERR_MODULE_NOT_FOUND", error.code());
    }

    @Test
    void parse_shouldReportAMissingFile_whenTheScriptNodeWasAskedToRunDoesNotExist() {
        // GIVEN "node scripts/generate-sitemap.mjs" with no such file (nothing imported it: the entry point is missing)
        BuildError error = Logs.first(Logs.own("runtime-file-node-missing-entry-script"));
        // WHEN parsed // THEN runtime.file naming the script
        assertEquals(ErrorKind.RUNTIME_FILE, error.kind());
        assertEquals("scripts/generate-sitemap.mjs", error.fact("path"));
    }

    @Test
    void parse_shouldReportAMissingFile_whenAScriptReadsAFileThatIsNotThere() {
        // GIVEN readFileSync('public/manifest.json') in a prebuild script
        BuildError error = Logs.first(Logs.own("runtime-file-node-enoent"));
        // WHEN parsed // THEN runtime.file with the path, located in the script
        assertEquals(ErrorKind.RUNTIME_FILE, error.kind());
        assertEquals("public/manifest.json", error.fact("path"));
        assertEquals("scripts/prebuild.mjs", error.file());
        assertEquals(2, error.line());
    }

    @Test
    void parse_shouldReportPermission_whenAPrebuildScriptIsNotExecutable() {
        // GIVEN "sh: 1: ./scripts/check-env.sh: Permission denied", exit 126
        BuildError error = Logs.first(Logs.own("runtime-permission-npm-script-not-executable"));
        // WHEN parsed // THEN runtime.permission naming the script
        assertEquals(ErrorKind.RUNTIME_PERMISSION, error.kind());
        assertEquals("scripts/check-env.sh", error.fact("path"));
        assertEquals("npm", error.tool());
    }

    @Test
    void parse_shouldReportCpu_whenTheShellSaysTheCpuLimitWasExceeded() {
        // GIVEN tsc under ulimit -t 1: "CPU time limit exceeded", exit 152
        // WHEN parsed // THEN resource.cpu
        assertEquals(ErrorKind.RESOURCE_CPU, Logs.first(Logs.own("resource-cpu-tsc-ulimit")).kind());
    }

    @Test
    void parse_shouldReportAMissingDependency_whenAScriptsCommandIsNotInstalled() {
        // GIVEN sh's report for a command that is not on the path (node_modules/.bin has no vite), exit 127
        String log = """
                > nexusgen-build stage=build command=npm run build

                > nexusgen-app@0.1.0 build
                > tsc --noEmit && vite build

                sh: 1: tsc: not found
                > nexusgen-build stage=build exit=127 elapsed_ms=312
                """;
        // WHEN parsed // THEN dependency.missing naming the package that provides the command
        BuildError error = Logs.first(log);
        assertEquals(ErrorKind.DEPENDENCY_MISSING, error.kind());
        assertEquals("typescript", error.fact("module"));
    }

    @Test
    void parse_shouldReportNetwork_whenGitCannotReachItsHost() {
        // GIVEN git's own output, without any frame
        BuildError error = Logs.first(Logs.own("network-git-plain-unable-to-access"));
        // WHEN parsed // THEN network
        assertEquals(ErrorKind.NETWORK, error.kind());
    }
}
