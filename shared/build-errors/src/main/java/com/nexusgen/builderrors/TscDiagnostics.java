package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.ErrorCategory;
import com.nexusgen.domain.builds.ErrorKind;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.nexusgen.domain.builds.ErrorKind.CONFIGURATION;
import static com.nexusgen.domain.builds.ErrorKind.DEPENDENCY_MISSING;
import static com.nexusgen.domain.builds.ErrorKind.RUNTIME_IMPORT;
import static com.nexusgen.domain.builds.ErrorKind.SYNTAX_EOF;
import static com.nexusgen.domain.builds.ErrorKind.SYNTAX_PARSE;
import static com.nexusgen.domain.builds.ErrorKind.SYNTAX_TOKEN;
import static com.nexusgen.domain.builds.ErrorKind.TYPE_GENERIC;
import static com.nexusgen.domain.builds.ErrorKind.TYPE_MISMATCH;
import static com.nexusgen.domain.builds.ErrorKind.TYPE_MISSING_PROPERTY;
import static com.nexusgen.domain.builds.ErrorKind.TYPE_NULL;

/**
 * TypeScript's diagnostic codes mapped to taxonomy leaves. The principle: classify by what a fixer must change.
 * <ul>
 *   <li>A name or module the file cannot see (TS2304, TS2552, TS2503, TS2305, TS2724, TS2307 with a relative path...)
 *       is fixed in the file's imports: runtime.import. TS2307 of a bare specifier and TS7016 are fixed by installing a
 *       package: dependency.missing.</li>
 *   <li>A property missing or unknown on a type: type.missing-property; a value possibly null or undefined (including
 *       an assignment that fails only because of {@code | null} or {@code | undefined}): type.null; type arguments and
 *       constraints: type.generic; every other checker complaint (assignability, overloads, arity, implicit any):
 *       type.mismatch.</li>
 *   <li>Parser errors: a wrong or missing token is syntax.token; input that ends inside a construct (unterminated
 *       string, template or comment, a closing brace expected at the end of the file) is syntax.eof; a JSON file that
 *       does not parse and other grammar errors are syntax.parse.</li>
 *   <li>Compiler options, tsconfig, and globals that only a {@code lib} setting provides: configuration.</li>
 * </ul>
 * Unused declarations (TS6133 and family) fit no leaf exactly; they are checker diagnostics and go to type.mismatch,
 * but the parser ranks them after every other error because they usually follow from one (an import left unused
 * because its use was misspelled).
 */
final class TscDiagnostics {

    static final Set<String> UNUSED = Set.of("TS6133", "TS6138", "TS6192", "TS6196", "TS6198", "TS6199", "TS6205");

    /** Globals every DOM-lib tsconfig declares: not finding one means the lib setting is wrong, not the import. */
    private static final Set<String> DOM_GLOBALS = Set.of("window", "document", "navigator", "localStorage",
            "sessionStorage", "HTMLElement", "HTMLInputElement", "HTMLDivElement", "Element", "Event", "EventTarget",
            "fetch", "location", "history", "requestAnimationFrame", "customElements", "MouseEvent", "KeyboardEvent",
            "crypto", "URL", "URLSearchParams", "FormData", "Blob", "File", "Headers", "Request", "Response",
            "AbortController", "TextEncoder", "TextDecoder", "setTimeout", "clearTimeout", "setInterval", "clearInterval",
            "console", "alert", "confirm", "performance", "structuredClone", "HTMLTextAreaElement", "HTMLSelectElement",
            "HTMLFormElement", "HTMLButtonElement", "SubmitEvent", "InputEvent", "DOMParser", "IntersectionObserver");

    private static final Map<String, ErrorKind> CODES = new HashMap<>();

    static {
        table(RUNTIME_IMPORT, "TS2304", "TS2552", "TS2503", "TS2305", "TS2724", "TS2614", "TS2613", "TS1192", "TS2459",
                "TS2460", "TS2686", "TS1484", "TS1485", "TS2306", "TS2691", "TS5097", "TS2582", "TS2593", "TS2307",
                "TS2435", "TS2665");
        table(DEPENDENCY_MISSING, "TS7016", "TS2580", "TS2591", "TS2688");
        table(TYPE_MISSING_PROPERTY, "TS2339", "TS2551", "TS2353", "TS2561", "TS2741", "TS2739", "TS2740", "TS2540",
                "TS2341", "TS2445");
        table(TYPE_MISMATCH, "TS2322", "TS2345", "TS2367", "TS2365", "TS2362", "TS2363", "TS2769", "TS2352", "TS2355",
                "TS2366", "TS2554", "TS2555", "TS2556", "TS2349", "TS2351", "TS2786", "TS2604", "TS2559", "TS2488",
                "TS2538", "TS2749", "TS2693", "TS2769", "TS7006", "TS7005", "TS7031", "TS7053", "TS7034", "TS7023",
                "TS7022", "TS7015", "TS2349", "TS2571", "TS2345", "TS2820", "TS2872", "TS2873", "TS1064", "TS2416",
                "TS2420", "TS2393", "TS2300", "TS2451", "TS2448", "TS2774", "TS2801", "TS2794");
        table(TYPE_NULL, "TS18047", "TS18048", "TS18049", "TS18050", "TS2531", "TS2532", "TS2533", "TS18046", "TS2721",
                "TS2722", "TS2723", "TS2564", "TS2454");
        table(TYPE_GENERIC, "TS2314", "TS2344", "TS2558", "TS2315", "TS2707", "TS2706", "TS2589", "TS2635", "TS2744",
                "TS2313");
        table(SYNTAX_TOKEN, "TS1005", "TS1109", "TS1128", "TS1136", "TS1003", "TS17002", "TS17008", "TS1381", "TS1382",
                "TS1434", "TS1135", "TS1138", "TS1011", "TS1127", "TS1351", "TS17014", "TS17015", "TS2657", "TS1161",
                "TS1141", "TS1144", "TS1131", "TS1146", "TS1442", "TS1443", "TS17016");
        table(SYNTAX_EOF, "TS1002", "TS1160", "TS1010", "TS1126", "TS17017");
        table(CONFIGURATION, "TS5023", "TS5024", "TS5025", "TS6046", "TS6053", "TS17004", "TS6142", "TS5095", "TS18003",
                "TS5083", "TS5058", "TS5057", "TS5069", "TS5053", "TS5101", "TS5107", "TS5110", "TS2584", "TS2583",
                "TS2550", "TS2812", "TS2318", "TS1259", "TS1343", "TS2732", "TS1208", "TS6059", "TS6307", "TS6305",
                "TS6306", "TS6310", "TS2792", "TS1470", "TS1479", "TS5096", "TS5090", "TS5102", "TS2468", "TS1371");
        for (String code : UNUSED) {
            CODES.put(code, TYPE_MISMATCH);
        }
    }

    private static void table(ErrorKind kind, String... codes) {
        for (String code : codes) {
            CODES.putIfAbsent(code, kind);
        }
    }

    /** Facts TypeScript's messages state, by the message's own wording. Each fact keeps its first match. */
    private static final List<FactPattern> FACTS = List.of(
            new FactPattern("Cannot find ", Pattern.compile("Cannot find (?:name|namespace) '(?<identifier>[^']+)'")),
            new FactPattern("Did you mean", Pattern.compile("Did you mean (?:to write |the instance member |the static member |to use )?'(?<suggestion>[^']+)'\\?")),
            new FactPattern("Cannot find module", Pattern.compile("Cannot find module '(?<module>[^']+)'")),
            new FactPattern("Could not find a declaration", Pattern.compile("Could not find a declaration file for module '(?<module>[^']+)'")),
            new FactPattern("npm i --save-dev", Pattern.compile("Try `npm i --save-dev (?<module>@types/[\\w.-]+)`")),
            new FactPattern("has no ", Pattern.compile("'\"(?<module>[^\"]+)\"' has no (?:exported member(?: named)?|default export)(?: '(?<identifier>[^']+)')?")),
            new FactPattern("has no ", Pattern.compile("Module '(?<module>[^'\"]+)' has no (?:exported member|default export)(?: '(?<identifier>[^']+)')?")),
            new FactPattern("locally", Pattern.compile("'\"(?<module>[^\"]+)\"' declares '(?<identifier>[^']+)' locally")),
            new FactPattern("is missing in type", Pattern.compile("Property '(?<property>[^']+)' is missing in type '(?<actual>.+?)' but required in type '(?<type>.+?)'")),
            new FactPattern("does not exist on type", Pattern.compile("Property '(?<property>[^']+)' does not exist on type '(?<type>.+?)'(?:\\.|$| Did)")),
            new FactPattern("Object literal", Pattern.compile("Object literal may only specify known properties, (?:but|and) '(?<property>[^']+)' does not exist in type '(?<type>.+?)'")),
            new FactPattern("is missing the following", Pattern.compile("Type '(?<actual>.+?)' is missing the following properties from type '(?<type>.+?)': (?<property>[^.]+?)(?:, and \\d+ more)?\\.?$")),
            new FactPattern("read-only", Pattern.compile("Cannot assign to '(?<property>[^']+)' because it is a read-only property")),
            new FactPattern("Argument of type", Pattern.compile("Argument of type '(?<actual>.+?)' is not assignable to parameter of type '(?<expected>.+?)'")),
            new FactPattern("is not assignable to type", Pattern.compile("Type '(?<actual>.+?)' is not assignable to type '(?<expected>.+?)'")),
            new FactPattern("does not satisfy", Pattern.compile("Type '(?<actual>.+?)' does not satisfy the constraint '(?<expected>.+?)'")),
            new FactPattern("Generic type", Pattern.compile("Generic type '(?<type>.+?)' requires (?<expected>\\d+(?: and \\d+)?) type argument")),
            new FactPattern("is not generic", Pattern.compile("Type '(?<type>.+?)' is not generic")),
            new FactPattern("Expected ", Pattern.compile("Expected (?<expected>\\d+(?:-\\d+)?) (?:type )?arguments?, but got (?<actual>\\d+)")),
            new FactPattern("is possibly", Pattern.compile("'(?<identifier>[^']+)' is possibly '(?<type>null|undefined)'")),
            new FactPattern("Object is possibly", Pattern.compile("Object is possibly '(?<type>null|undefined)'")),
            new FactPattern("is of type", Pattern.compile("'(?<identifier>[^']+)' is of type '(?<type>unknown)'")),
            new FactPattern("expected", Pattern.compile("^'(?<expected>[^']+)' expected\\.?")),
            new FactPattern("JSX closing tag", Pattern.compile("Expected corresponding JSX closing tag for '(?<expected>[^']+)'")),
            new FactPattern("no corresponding closing tag", Pattern.compile("JSX element '(?<identifier>[^']+)' has no corresponding closing tag")),
            new FactPattern("Unknown compiler option", Pattern.compile("Unknown compiler option '(?<identifier>[^']+)'")),
            new FactPattern("option must be", Pattern.compile("Argument for '(?<identifier>--?[\\w]+)' option must be: (?<expected>.+?)\\.?$")),
            new FactPattern("is declared but", Pattern.compile("^'(?<identifier>[^']+)' is declared but")),
            new FactPattern("is a type and must be", Pattern.compile("^'(?<identifier>[^']+)' is a type and must be imported")),
            new FactPattern("refers to", Pattern.compile("^'(?<identifier>[^']+)' (?:refers to a value|only refers to a type)")),
            new FactPattern("ile '", Pattern.compile("(?:File|config file) '(?<path>[^']+)'(?: not found)?")));

    /** A fact's pattern and a plain substring every match contains, tested first because it is far cheaper. */
    private record FactPattern(String hint, Pattern pattern) {
    }

    private static final Pattern NULLISH_ASSIGNMENT = Pattern.compile(
            "(?:^|\\n)\\s*Type '(?:null|undefined)' is not assignable to type"
                    + "|(?:Type|Argument of type) '[^'\\n]*\\| (?:null|undefined)'(?! is not assignable to [^\\n]*(?:null|undefined))");
    private static final Pattern CLOSING_EXPECTED = Pattern.compile("^'(?:[}\\])>]|</)' expected\\.?$");
    /** Constructs left open: when the parser reaches the end of the file inside them, they are where the EOF began. */
    static final Set<String> UNCLOSED = Set.of("TS17008", "TS1005", "TS17014", "TS17015");
    private static final Pattern NAME = Pattern.compile("Cannot find name '([^']+)'");

    private TscDiagnostics() {
    }

    static boolean isTscCode(String code) {
        return code != null && code.startsWith("TS") && code.length() > 2 && code.substring(2).chars().allMatch(Character::isDigit);
    }

    /**
     * Classifies one diagnostic. {@code file} decides JSON parse errors; {@code atEndOfFile} is the reader's judgement
     * that a closing-token error sits at the end of its file (see {@link TscReader}).
     */
    static Classification classify(String code, String message, String file, boolean atEndOfFile) {
        String text = message == null ? "" : message;
        Map<String, String> facts = facts(text);
        ErrorKind kind = CODES.get(code);
        if (kind == null) {
            kind = byRange(code);
        }
        String firstLine = firstLine(text);
        if (file != null && file.endsWith(".json") && (kind.category() == ErrorCategory.SYNTAX
                || code.startsWith("TS1"))) {
            kind = SYNTAX_PARSE;
        } else if ("TS2307".equals(code)) {
            kind = ModuleSpecifier.kindFor(facts.get(Facts.MODULE));
        } else if (("TS2304".equals(code) || "TS2552".equals(code)) && isDomGlobal(text)) {
            kind = CONFIGURATION;
        } else if (("TS2322".equals(code) || "TS2345".equals(code)) && NULLISH_ASSIGNMENT.matcher(text).find()) {
            kind = TYPE_NULL;
        } else if (atEndOfFile && (CLOSING_EXPECTED.matcher(firstLine).matches() || UNCLOSED.contains(code))) {
            kind = SYNTAX_EOF;
        }
        return new Classification(kind, facts);
    }

    static boolean isClosingExpected(String code, String message) {
        return "TS1005".equals(code) && message != null && CLOSING_EXPECTED.matcher(firstLine(message)).matches();
    }

    private static boolean isDomGlobal(String message) {
        Matcher m = NAME.matcher(message);
        return m.find() && DOM_GLOBALS.contains(m.group(1));
    }

    /** Codes not in the table fall to their range: 1xxx parser, 2xxx/7xxx checker, 5xxx/6xxx options, 17xxx JSX. */
    private static ErrorKind byRange(String code) {
        int n = ParseContext.parseInt(code.substring(2));
        if (n >= 1000 && n < 2000) {
            return SYNTAX_PARSE;
        }
        if ((n >= 2000 && n < 3000) || (n >= 7000 && n < 8000) || (n >= 18000 && n < 19000) || (n >= 4000 && n < 5000)) {
            return TYPE_MISMATCH;
        }
        if (n >= 5000 && n < 7000) {
            return CONFIGURATION;
        }
        if (n >= 17000 && n < 18000) {
            return SYNTAX_TOKEN;
        }
        return TYPE_MISMATCH;
    }

    static Map<String, String> facts(String message) {
        Map<String, String> facts = new LinkedHashMap<>();
        String first = firstLine(message);
        for (FactPattern fact : FACTS) {
            if (!first.contains(fact.hint())) {
                continue;
            }
            // Elaborations repeat "Type 'x' is not assignable..." for nested members; the headline states the facts.
            Matcher m = fact.pattern().matcher(first);
            if (m.find()) {
                Facts.collect(m, facts);
            }
        }
        return facts;
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
