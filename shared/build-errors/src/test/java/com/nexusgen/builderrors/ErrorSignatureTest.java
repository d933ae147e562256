package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorSignatureTest {

    private static BuildError tsc(String file, int line, String code, String message) {
        return ErrorClassifier.error("tsc", file, line, 5, code, message);
    }

    @Test
    void of_shouldBeTheSame_whenTwoProjectsMakeTheSameMistake() {
        // GIVEN a misspelled property in two projects: other files, lines, names and types
        BuildError recipes = tsc("src/pages/RecipeList.tsx", 50, "TS2551",
                "Property 'serving' does not exist on type 'Recipe'. Did you mean 'servings'?");
        BuildError bookings = tsc("src/pages/BookingList.tsx", 48, "TS2551",
                "Property 'startAt' does not exist on type 'Booking'. Did you mean 'startsAt'?");
        // WHEN signed // THEN one signature
        assertEquals(ErrorSignature.of(recipes), ErrorSignature.of(bookings));
        assertEquals("type.missing-property tsc TS2551: Property '<id>' does not exist on type '<id>'. Did you mean '<id>'?",
                ErrorSignature.of(recipes));
    }

    @Test
    void of_shouldBeTheSame_whenRealLogsOfTwoAppsHaveTheSameFault() {
        // GIVEN the same missing useState import, captured from two different generated apps
        BuildError mine = Logs.first(Logs.own("runtime-import-tsc-missing-hook-import"));
        BuildError corpus = Logs.first(Logs.own("runtime-import-tsc-missing-hook-import-other-app"));
        // WHEN signed // THEN equal, and the hook's name kept: it decides the fix
        assertEquals(ErrorSignature.of(mine), ErrorSignature.of(corpus));
        assertEquals("runtime.import tsc TS2304: Cannot find name 'useState'.", ErrorSignature.of(mine));
    }

    @Test
    void of_shouldAbstractPathsNumbersHashesAndLiterals_whenTheyBelongToOneBuild() {
        // GIVEN vite/node messages full of one build's paths, asset hashes, numbers and strings
        BuildError a = ErrorClassifier.error("vite", null, 0, 0, null,
                "ENOSPC: no space left on device, copyfile '/tmp/nexusgen-build-1/app/dist/assets/index-CcKIHruy.js' -> '/x/y.js' after 123 ms at 4f2a9c81d");
        BuildError b = ErrorClassifier.error("vite", null, 0, 0, null,
                "ENOSPC: no space left on device, copyfile '/tmp/nexusgen-build-77/app/dist/assets/index-BtvgoikN.js' -> '/q/z.js' after 9 ms at 0b1c2d3e4f5");
        // WHEN signed // THEN equal, none of it left
        assertEquals(ErrorSignature.of(a), ErrorSignature.of(b));
        String signature = ErrorSignature.of(a);
        assertFalse(signature.contains("nexusgen-build"), signature);
        assertFalse(signature.contains("CcKIHruy"), signature);
        assertFalse(signature.contains("123"), signature);
    }

    @Test
    void of_shouldDiffer_whenTheCausesDiffer() {
        // GIVEN errors of different kinds, codes, and known names
        List<BuildError> errors = List.of(
                tsc("src/a.ts", 1, "TS2304", "Cannot find name 'useState'."),
                tsc("src/a.ts", 1, "TS2304", "Cannot find name 'useEffect'."),
                tsc("src/a.ts", 1, "TS2304", "Cannot find name 'formatPrice'."),
                tsc("src/a.ts", 1, "TS2552", "Cannot find name 'formatPrise'. Did you mean 'formatPrice'?"),
                tsc("src/a.ts", 1, "TS2322", "Type 'string' is not assignable to type 'number'."),
                tsc("src/a.ts", 1, "TS2322", "Type 'number' is not assignable to type 'string'."),
                tsc("src/a.ts", 1, "TS18048", "'user' is possibly 'undefined'."),
                tsc("src/a.ts", 1, "TS18047", "'user' is possibly 'null'."),
                ErrorClassifier.error("npm", null, 0, 0, "ETARGET", "No matching version found for clsx@^3.0.0."),
                ErrorClassifier.error("npm", null, 0, 0, "ETARGET", "No matching version found for date-fns@5.0.0."));
        // WHEN signed // THEN all different
        List<String> signatures = errors.stream().map(ErrorSignature::of).toList();
        assertEquals(signatures.size(), signatures.stream().distinct().count(), String.join("\n", signatures));
    }

    @Test
    void of_shouldKeepPackageNames_whenTheErrorIsADependencyError() {
        // GIVEN two versions asked of the same package, and a peer conflict from a real log
        BuildError three = ErrorClassifier.error("npm", null, 0, 0, "ETARGET", "No matching version found for clsx@^3.0.0.");
        BuildError four = ErrorClassifier.error("npm", null, 0, 0, "ETARGET", "No matching version found for clsx@4.1.0.");
        BuildError peer = Logs.first(Logs.own("dependency-peer-npm-eresolve"));
        // WHEN signed // THEN the package is kept and the version abstracted; the peer conflict names both packages
        assertEquals(ErrorSignature.of(three), ErrorSignature.of(four));
        assertEquals("dependency.version npm ETARGET: No matching version found for clsx@<v>.", ErrorSignature.of(three));
        assertEquals("dependency.peer npm ERESOLVE: ERESOLVE unable to resolve dependency tree [@material-ui/core] [peer react]",
                ErrorSignature.of(peer));
    }

    @Test
    void of_shouldBeShortAndTenantFree_whenSigningEveryCapturedError() {
        // GIVEN every error of every captured log
        List<BuildError> all = new ArrayList<>();
        Stream.concat(Logs.names(Logs.OWN).stream().map(Logs::own), Logs.names(Logs.CORPUS).stream().map(Logs::corpus))
                .forEach(log -> all.addAll(Logs.parse(log)));
        // WHEN signed // THEN at most 200 characters, deterministic, and nothing of the build folders in them
        for (BuildError error : all) {
            String signature = ErrorSignature.of(error);
            assertTrue(signature.length() <= ErrorSignature.MAX_LENGTH, signature);
            assertEquals(signature, ErrorSignature.of(error));
            assertTrue(signature.startsWith(error.kind().wireName() + " "), signature);
            for (String leak : List.of("/tmp/", "nexusgen-build-", "fault-", "/root/", "3e7add", "be/cases")) {
                assertFalse(signature.contains(leak), signature);
            }
            assertTrue(ErrorSignature.text(error).length() <= 1000);
        }
    }

    @Test
    void text_shouldCarryTheWholeMessageAndFacts_whenEmbeddingAnError() {
        // GIVEN a null-assignment error with an elaboration line
        BuildError error = Logs.first(Logs.own("type-null-tsc-possibly-null"));
        // WHEN its text is made // THEN both lines and the facts, abstracted the same way
        String text = ErrorSignature.text(error);
        assertEquals("type.null (type) tsc TS2322: Type 'string | null' is not assignable to type 'string'. / "
                + "Type 'null' is not assignable to type 'string'. [file type ts] [expected string] [actual string | null]", text);
    }

    @Test
    void of_shouldNotDependOnFactOrder_whenFactsComeFromAnUnorderedMap() {
        // GIVEN the same error built twice with facts in different orders
        BuildError a = new BuildError("npm", null, 0, 0, "ERESOLVE", "ERESOLVE unable to resolve dependency tree",
                ErrorKind.DEPENDENCY_PEER, Map.of("module", "x-lib", "peer", "react@\"^17\""));
        BuildError b = new BuildError("npm", null, 0, 0, "ERESOLVE", "ERESOLVE unable to resolve dependency tree",
                ErrorKind.DEPENDENCY_PEER, Map.of("peer", "react@\"^17\"", "module", "x-lib"));
        // WHEN signed // THEN equal signatures and texts
        assertEquals(ErrorSignature.of(a), ErrorSignature.of(b));
        assertEquals(ErrorSignature.text(a), ErrorSignature.text(b));
        assertNotEquals(ErrorSignature.of(a), ErrorSignature.of(new BuildError("npm", null, 0, 0, "ERESOLVE",
                "ERESOLVE unable to resolve dependency tree", ErrorKind.DEPENDENCY_PEER, Map.of("module", "y-lib"))));
    }
}
