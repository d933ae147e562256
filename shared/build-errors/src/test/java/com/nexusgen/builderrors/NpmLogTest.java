package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** npm's error blocks, from npm 11 ("npm error") and npm 9 ("npm ERR!"), read from real output. */
class NpmLogTest {

    @ParameterizedTest
    @ValueSource(strings = {"dependency-peer-npm-eresolve", "dependency-peer-npm9-eresolve"})
    void parse_shouldNameThePeerAndItsRequirer_whenNpmCannotResolveAPeerDependency(String name) {
        // GIVEN @material-ui/core 4 (peer react ^16.8 || ^17) next to react 18, from npm 11 and npm 9
        BuildError error = Logs.first(Logs.own(name));
        // WHEN parsed // THEN a peer conflict naming both sides
        assertEquals(ErrorKind.DEPENDENCY_PEER, error.kind());
        assertEquals("ERESOLVE", error.code());
        assertEquals("@material-ui/core", error.fact("module"));
        assertEquals("4.12.4", error.fact("version"));
        assertEquals("react@\"^16.8.0 || ^17.0.0\"", error.fact("peer"));
        assertEquals("react@18.3.1", error.fact("actual"));
        assertFalse(error.message().contains("_logs"), error.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dependency-version-npm-etarget", "dependency-version-npm9-etarget"})
    void parse_shouldNameThePackageAndVersion_whenNoVersionMatches(String name) {
        // GIVEN react-router-dom@^99.0.0 in package.json
        BuildError error = Logs.first(Logs.own(name));
        // WHEN parsed // THEN a version error naming what was asked for
        assertEquals(ErrorKind.DEPENDENCY_VERSION, error.kind());
        assertEquals("react-router-dom", error.fact("module"));
        assertEquals("^99.0.0", error.fact("version"));
        assertTrue(error.message().startsWith("No matching version found for react-router-dom@^99.0.0."), error.message());
    }

    @Test
    void parse_shouldReportAMissingPackage_whenTheRegistryHasNoSuchPackage() {
        // GIVEN E404 for the package document of a package that does not exist
        BuildError error = Logs.first(Logs.own("dependency-missing-npm-e404"));
        // WHEN parsed // THEN a missing dependency with the name and range asked for
        assertEquals(ErrorKind.DEPENDENCY_MISSING, error.kind());
        assertEquals("nexusgen-nonexistent-pkg-zz9", error.fact("module"));
        assertEquals("^1.0.0", error.fact("version"));
    }

    @Test
    void parse_shouldReportAMissingVersion_whenTheRegistryHasThePackageButNotTheTarball() {
        // GIVEN npm's E404 block shape for a tarball URL (a version unpublished after the lock file was written)
        String log = """
                npm error code E404
                npm error 404 Not Found - GET https://registry.npmjs.org/@tanstack%2freact-query/-/react-query-9.9.9.tgz
                npm error 404
                npm error 404  '@tanstack/react-query@9.9.9' is not in this registry.
                """;
        // WHEN parsed // THEN a version error for the scoped package
        BuildError error = Logs.first(log);
        assertEquals(ErrorKind.DEPENDENCY_VERSION, error.kind());
        assertEquals("@tanstack/react-query", error.fact("module"));
        assertEquals("9.9.9", error.fact("version"));
    }

    @Test
    void parse_shouldReportAVersionError_whenNpmCiFindsTheLockFileOutOfSync() {
        // GIVEN npm ci after clsx was added to package.json only (EUSAGE and a long usage text)
        BuildError error = Logs.first(Logs.own("dependency-version-npm-ci-out-of-sync"));
        // WHEN parsed // THEN a version error naming the package, without the usage text
        assertEquals(ErrorKind.DEPENDENCY_VERSION, error.kind());
        assertEquals("clsx", error.fact("module"));
        assertEquals("2.1.1", error.fact("version"));
        assertFalse(error.message().contains("--install-strategy"), error.message());
    }

    @Test
    void parse_shouldReportANativeBuildFailure_whenNodeGypCannotCompileADependency() {
        // GIVEN node-gyp failing on a missing header inside an install script
        BuildError error = Logs.first(Logs.own("dependency-native-npm-gyp"));
        // WHEN parsed // THEN dependency.native, the compiler's error first, the package named
        assertEquals(ErrorKind.DEPENDENCY_NATIVE, error.kind());
        assertEquals("fast-hash-native", error.fact("module"));
        assertTrue(error.message().startsWith("../src/hash.cc:2:10: fatal error: missing_header.h"), error.message());
        assertFalse(error.message().contains("gyp info"), error.message());
    }

    @Test
    void parse_shouldReportANativeFailure_whenNodePreGypFallsBackToAFailingCompile() {
        // GIVEN bcrypt 3 on node 20: no prebuilt binary (github unreachable), then a failing compile
        BuildError error = Logs.first(Logs.own("dependency-native-npm-node-pre-gyp-bcrypt"));
        // WHEN parsed // THEN native, not network: the compile is what failed
        assertEquals(ErrorKind.DEPENDENCY_NATIVE, error.kind());
        assertEquals("bcrypt", error.fact("module"));
    }

    @Test
    void parse_shouldReportANativeFailure_whenADependencysInstallScriptExitsNonZero() {
        // GIVEN a postinstall that looks for a prebuilt binary and gives up
        BuildError error = Logs.first(Logs.own("dependency-native-npm-install-script"));
        // WHEN parsed // THEN native, with the script's own words as the message
        assertEquals(ErrorKind.DEPENDENCY_NATIVE, error.kind());
        assertTrue(error.message().startsWith("sharp-prebuilt-lite: no prebuilt binary"), error.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"network-npm-enotfound", "network-npm-econnrefused", "network-npm-git-unreachable"})
    void parse_shouldReportNetwork_whenTheRegistryOrGitHostCannotBeReached(String name) {
        // GIVEN an unknown registry host, a closed port, and an unreachable git host
        // WHEN parsed // THEN network
        assertEquals(ErrorKind.NETWORK, Logs.first(Logs.own(name)).kind());
    }

    @Test
    void parse_shouldReportOnePermissionError_whenNpmCannotCreateNodeModules() {
        // GIVEN EACCES on mkdir node_modules, npm's notices between the error and its epilogue
        List<BuildError> errors = Logs.parse(Logs.own("runtime-permission-npm-eacces"));
        // WHEN parsed // THEN exactly one error, naming the path
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(ErrorKind.RUNTIME_PERMISSION, errors.get(0).kind());
        assertEquals("node_modules", errors.get(0).fact("path"));
        assertTrue(errors.get(0).message().startsWith("Error: EACCES: permission denied, mkdir"), errors.get(0).message());
    }

    @Test
    void parse_shouldReportAParseError_whenPackageJsonIsNotJson() {
        // GIVEN a doubled comma in package.json
        BuildError error = Logs.first(Logs.own("syntax-parse-npm-ejsonparse"));
        // WHEN parsed // THEN a parse error in package.json
        assertEquals(ErrorKind.SYNTAX_PARSE, error.kind());
        assertEquals("package.json", error.file());
    }

    @Test
    void parse_shouldReportOneDiskError_whenNpmWarnsAboutAFullDiskThousandsOfTimesAndExitsZero() {
        // GIVEN npm ci on a full disk: 2600 ENOSPC warnings, "added 109 packages", exit 0, then a build that "passed"
        List<BuildError> errors = Logs.parse(Logs.own("resource-disk-npm-enospc"));
        // WHEN parsed // THEN one resource.disk error: the build is broken whatever the exit codes say
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(ErrorKind.RESOURCE_DISK, errors.get(0).kind());
    }
}
