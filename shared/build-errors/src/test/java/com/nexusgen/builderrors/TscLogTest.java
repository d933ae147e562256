package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** tsc's plain and pretty formats, read from real output. */
class TscLogTest {

    @Test
    void parse_shouldReadFileLineColumnAndSuggestion_whenTscPrintsThePlainFormat() {
        // GIVEN tsc's default output for a misspelled hook
        List<BuildError> errors = Logs.parse(Logs.own("runtime-import-tsc-typo-hook"));
        // WHEN parsed // THEN the undefined name comes first (its unused import after), located and with its facts
        BuildError error = errors.get(0);
        assertEquals("tsc", error.tool());
        assertEquals("src/pages/RecipeDetail.tsx", error.file());
        assertEquals(11, error.line());
        assertEquals(20, error.column());
        assertEquals("TS2552", error.code());
        assertEquals(ErrorKind.RUNTIME_IMPORT, error.kind());
        assertEquals("useNavigat", error.fact("identifier"));
        assertEquals("navigate", error.fact("suggestion"));
        assertEquals("TS6133", errors.get(1).code(), "the unused import follows from the typo and comes second");
    }

    @Test
    void parse_shouldReadTheSameErrors_whenTscPrintsThePrettyFormatWithColours() {
        // GIVEN the same fault built with --pretty (ANSI colours, code frames, related information)
        List<BuildError> pretty = Logs.parse(Logs.own("runtime-import-tsc-pretty-typo-hook"));
        List<BuildError> plain = Logs.parse(Logs.own("runtime-import-tsc-typo-hook"));
        // WHEN both are parsed // THEN they say the same: frames and related information stay out of the message
        assertEquals(plain, pretty);
        assertEquals("Cannot find name 'useNavigat'. Did you mean 'navigate'?", pretty.get(0).message());
    }

    @Test
    void parse_shouldKeepIndentedElaborations_whenAMessageSpansLines() {
        // GIVEN an assignment that fails because of null, with tsc's elaboration on the next line
        BuildError error = Logs.first(Logs.own("type-null-tsc-possibly-null"));
        // WHEN parsed // THEN the elaboration belongs to the message, and the nullability decides the kind
        assertEquals("Type 'string | null' is not assignable to type 'string'.\nType 'null' is not assignable to type 'string'.",
                error.message());
        assertEquals(ErrorKind.TYPE_NULL, error.kind());
        assertEquals("string | null", error.fact("actual"));
        assertEquals("string", error.fact("expected"));
    }

    @Test
    void parse_shouldReadEveryDiagnosticOfAPrettyRun_whenSeveralFilesFail() {
        // GIVEN a pretty run with four errors in two files and tsc's summary table
        List<BuildError> errors = Logs.parse(Logs.own("type-null-tsc-pretty-multi"));
        // WHEN parsed // THEN four errors, the summary table not among them
        assertEquals(List.of("TS2322", "TS2531", "TS18048", "TS2551"), errors.stream().map(BuildError::code).toList());
        assertEquals("title", errors.get(3).fact("suggestion"));
        assertEquals("Recipe", errors.get(3).fact("type"));
    }

    @Test
    void parse_shouldCallItEndOfFile_whenAClosingBraceIsExpectedAtColumnOneOfTheLastError() {
        // GIVEN a component whose last line (its closing brace) was deleted, in both formats
        BuildError plain = Logs.first(Logs.own("syntax-eof-tsc-missing-brace"));
        BuildError pretty = Logs.first(Logs.own("syntax-eof-tsc-pretty-missing-brace"));
        // WHEN parsed // THEN both are syntax.eof with the expected token
        assertEquals(ErrorKind.SYNTAX_EOF, plain.kind());
        assertEquals(ErrorKind.SYNTAX_EOF, pretty.kind());
        assertEquals("}", plain.fact("expected"));
    }

    @Test
    void parse_shouldCallItAToken_whenAParenIsMissingInTheMiddleOfAFile() {
        // GIVEN "remove(item.id;" on line 30 of 86
        BuildError error = Logs.first(Logs.own("syntax-token-tsc-missing-paren"));
        // WHEN parsed // THEN a token error, not an end of file
        assertEquals(ErrorKind.SYNTAX_TOKEN, error.kind());
        assertEquals(")", error.fact("expected"));
    }

    @Test
    void parse_shouldCallTheUnclosedElementEndOfFile_whenTheFileEndsInsideIt() {
        // GIVEN a JSX element never closed: tsc reports the element, a stray token, then '</' expected at the end
        List<BuildError> errors = Logs.parse(Logs.own("syntax-eof-tsc-unclosed-jsx"));
        // WHEN parsed // THEN the unclosed element is the first error and an end-of-file one
        assertEquals("TS17008", errors.get(0).code());
        assertEquals(ErrorKind.SYNTAX_EOF, errors.get(0).kind());
        assertEquals(ErrorKind.SYNTAX_EOF, errors.get(errors.size() - 1).kind());
    }

    @Test
    void parse_shouldKeepTheFileless_whenTscReportsAConfigProblemWithoutLocation() {
        // GIVEN tsconfig's include matching nothing
        BuildError error = Logs.first(Logs.own("configuration-tsc-no-inputs"));
        // WHEN parsed // THEN configuration, no file, and the config file as the path fact (app-relative)
        assertEquals(ErrorKind.CONFIGURATION, error.kind());
        assertNull(error.file());
        assertEquals("tsconfig.json", error.fact("path"));
    }

    @Test
    void parse_shouldCallItAParseError_whenTsconfigIsNotValidJson() {
        // GIVEN a missing comma in tsconfig.json (tsc says TS1005 ',' expected, as it would in a .ts file)
        BuildError error = Logs.first(Logs.own("syntax-parse-tsc-tsconfig-json"));
        // WHEN parsed // THEN the JSON file makes it a parse error
        assertEquals("tsconfig.json", error.file());
        assertEquals(ErrorKind.SYNTAX_PARSE, error.kind());
    }

    @Test
    void parse_shouldSplitModuleErrors_whenTheSpecifierIsAPackageOrAPath() {
        // GIVEN a missing package and a misspelled relative import
        BuildError pkg = Logs.first(Logs.own("dependency-missing-tsc-bare-import"));
        BuildError path = Logs.first(Logs.own("runtime-import-tsc-relative-missing"));
        // WHEN parsed // THEN a dependency for the package, an import error for the path
        assertEquals(ErrorKind.DEPENDENCY_MISSING, pkg.kind());
        assertEquals("clsx", pkg.fact("module"));
        assertEquals(ErrorKind.RUNTIME_IMPORT, path.kind());
        assertEquals("../components/usePageTitel", path.fact("module"));
    }

    @Test
    void parse_shouldCallMissingDomGlobalsConfiguration_whenTheLibSettingLacksDom() {
        // GIVEN tsconfig's lib without DOM: document (TS2584), window, crypto, URLSearchParams (TS2304) are not found
        List<BuildError> errors = Logs.parse(Logs.own("configuration-tsc-lib-missing-dom"));
        // WHEN parsed // THEN every name the DOM lib declares is configuration, not a missing import
        List<BuildError> names = errors.stream().filter(e -> List.of("TS2304", "TS2584", "TS2812").contains(e.code())).toList();
        assertTrue(names.size() > 20, names.toString());
        assertTrue(names.stream().allMatch(e -> e.kind() == ErrorKind.CONFIGURATION), names.toString());
    }

    @Test
    void parse_shouldReadMissingPropertyFacts_whenAnObjectLiteralHasAnUnknownKeyAndMissesAnother() {
        // GIVEN TS2353 (unknown key 'rating') and TS2741 (missing 'servings')
        List<BuildError> errors = Logs.parse(Logs.own("type-missing-property-tsc-object-literal"));
        // WHEN parsed // THEN both missing-property, naming the property and the type
        assertEquals("rating", errors.get(0).fact("property"));
        assertEquals("RecipeInput", errors.get(0).fact("type"));
        assertEquals("servings", errors.get(1).fact("property"));
        assertFalse(errors.stream().anyMatch(e -> e.kind() != ErrorKind.TYPE_MISSING_PROPERTY));
    }
}
