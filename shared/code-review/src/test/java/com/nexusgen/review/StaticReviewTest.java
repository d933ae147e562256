package com.nexusgen.review;

import com.nexusgen.domain.code.Finding;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaticReviewTest {

    private final StaticReview review = new StaticReview();

    /** The app under src/test/resources/clean-app, as the generator would hand it over. */
    private static Map<String, String> cleanApp() throws IOException, URISyntaxException {
        Path root = Path.of(StaticReviewTest.class.getResource("/clean-app").toURI());
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString().replace('\\', '/'), Files.readString(path));
            }
        }
        return files;
    }

    @Test
    void rules_shouldCarryTheAgreedIdsSeveritiesAndCategories_whenTheReviewerIsBuilt() {
        // GIVEN the default reviewer
        // WHEN its rules are listed
        Map<String, String> table = review.rules().stream().collect(Collectors.toMap(Rule::id,
                r -> r.severity() + " " + r.category(), (a, b) -> a, TreeMap::new));
        // THEN they are the sixteen agreed rules, each with a description
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("secret-literal", "CRITICAL SECURITY"),
                Map.entry("no-eval", "CRITICAL SECURITY"),
                Map.entry("no-dangerous-html", "CRITICAL SECURITY"),
                Map.entry("no-target-blank-opener", "MEDIUM SECURITY"),
                Map.entry("no-javascript-url", "HIGH SECURITY"),
                Map.entry("img-alt", "HIGH ACCESSIBILITY"),
                Map.entry("control-label", "HIGH ACCESSIBILITY"),
                Map.entry("button-name", "HIGH ACCESSIBILITY"),
                Map.entry("html-lang", "MEDIUM ACCESSIBILITY"),
                Map.entry("anchor-content", "MEDIUM ACCESSIBILITY"),
                Map.entry("list-key", "HIGH QUALITY"),
                Map.entry("no-explicit-any", "MEDIUM QUALITY"),
                Map.entry("deprecated-api", "HIGH QUALITY"),
                Map.entry("no-console", "LOW QUALITY"),
                Map.entry("no-sync-xhr", "MEDIUM PERFORMANCE"),
                Map.entry("large-inline-asset", "LOW PERFORMANCE")));
        assertEquals(expected, table);
        review.rules().forEach(r -> assertTrue(!r.description().isBlank(), r.id()));
    }

    @Test
    void constructor_shouldRefuseTheRuleSet_whenTwoRulesShareAnId() {
        // GIVEN a rule list with a duplicate // WHEN a reviewer is built // THEN it is refused
        List<Rule> rules = List.of(StaticReview.allRules().get(0), StaticReview.allRules().get(0));
        assertThrows(IllegalArgumentException.class, () -> new StaticReview(rules));
    }

    @Test
    void review_shouldFindNothing_whenTheAppIsARealisticCleanReactApp() throws Exception {
        // GIVEN a small but realistic Vite + React + TypeScript app written carefully
        Map<String, String> app = cleanApp();
        assertTrue(app.size() >= 6, app.keySet().toString());
        // WHEN the whole app is reviewed
        List<Finding> findings = review.review(app);
        // THEN there is not a single finding
        assertEquals(List.of(), findings);
    }

    @Test
    void review_shouldReturnSortedIdenticalFindings_whenTheSameFilesComeInAnyOrder() {
        // GIVEN a few files with several findings each, in two different map orders
        Map<String, String> files = new LinkedHashMap<>();
        files.put("src/z.tsx", "console.log(1);\nconst a: any = eval(x);\nexport const I = () => <img src=\"a\" />;\n");
        files.put("src/a.ts", "const b = <any>c;\nconsole.debug(b);\nconsole.log(b); console.log(c);\n");
        files.put("index.html", "<!doctype html>\n<html>\n<img src=x>\n</html>\n");
        Map<String, String> reversed = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(files.keySet());
        Collections.reverse(keys);
        keys.forEach(k -> reversed.put(k, files.get(k)));
        // WHEN both are reviewed, twice
        List<Finding> first = review.review(files);
        List<Finding> second = review.review(reversed);
        // THEN the results are equal and ordered by file, line, rule id
        assertEquals(first, second);
        assertEquals(first, review.review(files));
        List<Finding> sorted = new ArrayList<>(first);
        sorted.sort(StaticReview.ORDER);
        assertEquals(sorted, first);
        assertEquals(List.of("index.html:2:html-lang", "index.html:3:img-alt", "src/a.ts:1:no-explicit-any",
                        "src/a.ts:2:no-console", "src/a.ts:3:no-console", "src/a.ts:3:no-console",
                        "src/z.tsx:1:no-console", "src/z.tsx:2:no-eval", "src/z.tsx:2:no-explicit-any",
                        "src/z.tsx:3:img-alt"),
                first.stream().map(f -> f.file() + ":" + f.line() + ":" + f.ruleId()).toList());
    }

    @Test
    void review_shouldGiveEveryFindingAMessageWithItsLocationAndAFix_whenRulesFire() {
        // GIVEN a file that trips many rules at once
        String source = """
                import { render } from 'react-dom';
                export function Bad(props: any) {
                  console.log(props);
                  return (
                    <div dangerouslySetInnerHTML={{ __html: props.html }}>
                      <img src="x.png" />
                      <a href="javascript:void(0)" target="_blank"></a>
                      <button />
                      <input type="text" />
                      {props.items.map((i: Item) => <span>{i.name}</span>)}
                    </div>
                  );
                }
                """;
        // WHEN reviewed
        List<Finding> findings = Reviewed.file("src/Bad.tsx", source);
        // THEN each finding names its file and line in the message and suggests a fix
        assertTrue(findings.size() >= 10, findings.toString());
        for (Finding finding : findings) {
            assertTrue(finding.message().contains("src/Bad.tsx:" + finding.line()), finding.toString());
            assertTrue(finding.suggestedFix() != null && !finding.suggestedFix().isBlank(), finding.toString());
        }
    }

    @Test
    void review_shouldNeverThrow_whenFilesAreCutAtAnyPoint() throws Exception {
        // GIVEN every prefix (in steps) of every clean-app file, which leaves strings, tags and braces open
        Map<String, String> app = cleanApp();
        for (Map.Entry<String, String> file : app.entrySet()) {
            String text = file.getValue();
            for (int cut = 0; cut <= text.length(); cut += 7) {
                // WHEN the truncated file is reviewed // THEN the review completes
                review.review(Map.of(file.getKey(), text.substring(0, cut)));
            }
        }
    }

    @Test
    void review_shouldTakeWellUnderHalfASecond_whenReviewingSixtyFilesOfAHundredAndFiftyLines() throws Exception {
        // GIVEN 60 files of about 150 lines, built from the clean app's components plus some findings
        Map<String, String> files = largeApp();
        int lines = files.values().stream().mapToInt(s -> s.split("\n", -1).length).sum();
        assertTrue(lines >= 60 * 140, "lines: " + lines);
        for (int i = 0; i < 20; i++) {
            review.review(files); // warm-up: let the JIT compile the hot paths
        }
        // WHEN the app is reviewed
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            List<Finding> findings = review.review(files);
            best = Math.min(best, System.nanoTime() - start);
            assertTrue(!findings.isEmpty());
        }
        // THEN it is fast: the budget is 100 ms; the assertion leaves room for slow CI machines but
        // catches regex blow-ups
        long millis = best / 1_000_000;
        System.out.printf("static review of %d files, %d lines: %d ms%n", files.size(), lines, millis);
        assertTrue(millis < 500, "took " + millis + " ms");
    }

    @Test
    void review_shouldStayLinear_whenAFileIsAdversarial() {
        // GIVEN inputs shaped to make naive regexes backtrack: long runs of token characters, of spaces,
        // of "eyJ", of "data:", of unclosed quotes and brackets
        String[] hostile = {
                "const secret = '" + "A".repeat(200_000) + "\n",
                "x" + " ".repeat(200_000) + "= 'y'\n",
                ("eyJ" + "a".repeat(30) + ".").repeat(5_000),
                "data:".repeat(40_000),
                "aws secret " + "Ab1/".repeat(50_000),
                "'\"`".repeat(30_000),
                "<a b={".repeat(20_000),
                ".map(".repeat(20_000),
                "import {".repeat(20_000),
                "postgres://" + "u".repeat(100_000),
                "<button>".repeat(20_000),
                "<a href='x'>".repeat(20_000) + "</b>".repeat(20_000),
                "items.map((x): ".repeat(20_000),
                "el.innerHTML = (".repeat(20_000),
        };
        for (String text : hostile) {
            for (String path : List.of("src/h.tsx", "index.html", ".env", "src/h.json")) {
                // WHEN reviewed // THEN each finishes quickly
                long start = System.nanoTime();
                review.review(Map.of(path, text));
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(millis < 2_000, path + " took " + millis + " ms on " + text.substring(0, 20));
            }
        }
    }

    /** Sixty ~150-line files: the clean components, repeated with small variations. */
    private static Map<String, String> largeApp() throws Exception {
        Map<String, String> app = cleanApp();
        List<String> sources = app.entrySet().stream()
                .filter(e -> e.getKey().endsWith(".tsx") || e.getKey().endsWith(".ts"))
                .map(Map.Entry::getValue).toList();
        Map<String, String> files = new TreeMap<>();
        for (int i = 0; i < 60; i++) {
            StringBuilder text = new StringBuilder();
            int k = i;
            while (text.toString().split("\n", -1).length < 150) {
                text.append(sources.get(k++ % sources.size()).replace("TodoList", "TodoList" + i)).append('\n');
            }
            if (i % 10 == 0) {
                text.append("console.log('debug', ").append(i).append(");\nconst loose: any = {};\n");
            }
            files.put("src/feature" + i + "/View" + i + ".tsx", text.toString());
        }
        return files;
    }
}
