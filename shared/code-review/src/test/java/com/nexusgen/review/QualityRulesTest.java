package com.nexusgen.review;

import com.nexusgen.domain.code.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.nexusgen.review.Reviewed.lines;
import static com.nexusgen.review.Reviewed.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QualityRulesTest {

    // ------------------------------------------------------------------ list-key

    @Test
    void listKey_shouldFlagTheOutermostElement_whenAMapCallbackReturnsJsxWithoutKey() {
        // GIVEN an expression-bodied callback, a block-bodied one (return inside an if), and a fragment
        String source = """
                export function Lists({ todos, tags }: Props) {
                  return (
                    <div>
                      <ul>{todos.map(todo => <li className="todo">{todo.title}</li>)}</ul>
                      {tags.map((tag) => {
                        if (!tag.visible) {
                          return null;
                        }
                        return (
                          <span className="tag">
                            {tag.name}
                          </span>
                        );
                      })}
                      {todos.map(function (t) { return <><dt>{t.title}</dt><dd>{t.body}</dd></>; })}
                    </div>
                  );
                }
                """;
        // WHEN reviewed // THEN the <li>, the <span> and the fragment are reported at their own lines
        assertEquals(List.of(4, 10, 15), lines("list-key", "src/Lists.tsx", source));
    }

    @Test
    void listKey_shouldStaySilent_whenTheKeyIsOnTheOutermostElementEvenAcrossLines() {
        // GIVEN keys on multi-line elements, a keyed Fragment, keyless inner elements, a nested
        // function's keyless return, and .map over data that returns no JSX
        String source = """
                import { Fragment } from 'react';
                export function Table({ rows }: { rows: Row[] }) {
                  const ids = rows.map((r) => r.id);
                  return (
                    <table>
                      <tbody>
                        {rows.map((row: Row): JSX.Element => (
                          <tr
                            className="row"
                            key={row.id}
                          >
                            <td>{row.name}</td>
                          </tr>
                        ))}
                        {rows.map((row) => {
                          const cell = () => { return <td>{row.id}</td>; };
                          return <Fragment key={row.id}>{cell()}</Fragment>;
                        })}
                      </tbody>
                    </table>
                  );
                }
                // items.map(i => <li>{i}</li>) in a comment
                """;
        // WHEN reviewed // THEN nothing is reported
        assertEquals(List.of(), lines("list-key", "src/Table.tsx", source));
    }

    // ------------------------------------------------------------------ no-explicit-any

    @Test
    void noExplicitAny_shouldFlagEachTypePosition_whenAnyIsWrittenAsAType() {
        // GIVEN the usual forms of explicit any
        String source = """
                export function parse(input: any): Record<string, any> {
                  const list: any[] = [];
                  const other = input as any;
                  const legacy = <any>input;
                  const arr: Array<any> = [];
                  type Loose = string | any;
                  type Fn = (...args: unknown[]) => any;
                  return {};
                }
                """;
        // WHEN reviewed // THEN every line holding an explicit any is reported (line 1 twice)
        assertEquals(List.of(1, 1, 2, 3, 4, 5, 6, 7), lines("no-explicit-any", "src/parse.ts", source));
    }

    @Test
    void noExplicitAny_shouldStaySilent_whenAnyIsAWordInTextCommentsOrAValue() {
        // GIVEN any in comments, strings, JSX text, identifiers, zod's z.any() and a .js file
        String source = """
                // accepts any value: any
                const msg = 'as any other string: any[]';
                const schema = z.object({ extra: z.any() });
                const anyway = hasAny(items) || company;
                export const Empty = () => <p>Nothing to show: any filter hides it</p>;
                """;
        // WHEN reviewed // THEN nothing is reported
        assertEquals(List.of(), lines("no-explicit-any", "src/Empty.tsx", source));
        assertEquals(List.of(), lines("no-explicit-any", "src/plain.js", "/** @param {any} x */\nconst y = x;\n"));
    }

    // ------------------------------------------------------------------ deprecated-api

    @Test
    void deprecatedApi_shouldFlagEachLegacyCall_whenDeprecatedApisAreUsed() {
        // GIVEN a file using the legacy root API, lifecycles, substr, escape, execCommand and keyCode
        String source = """
                import { render } from 'react-dom';
                ReactDOM.render(<App />, document.getElementById('root'));
                class Old extends React.Component {
                  componentWillMount() {}
                  componentWillReceiveProps(next) {}
                  componentDidMount() { const node = ReactDOM.findDOMNode(this); }
                }
                const short = title.substr(0, 10);
                const enc = escape(name);
                document.execCommand('copy');
                const onKey = (e) => { if (e.keyCode === 13 || e.which === 13) submit(); };
                const Legacy = React.createClass({ render() { return null; } });
                """;
        // WHEN reviewed
        List<Integer> lines = lines("deprecated-api", "src/legacy.jsx", source);
        // THEN each line is reported (line 11 twice: keyCode and which)
        assertEquals(List.of(1, 2, 4, 5, 6, 8, 9, 10, 11, 11, 12), lines);
    }

    @Test
    void deprecatedApi_shouldStaySilent_whenModernApisOrLookalikesAreUsed() {
        // GIVEN createRoot, UNSAFE_ lifecycles, substring, a method named escape, key, and mentions in strings
        String source = """
                import { createRoot } from 'react-dom/client';
                import { render } from '@testing-library/react';
                createRoot(document.getElementById('root')!).render(<App />);
                class Kept extends React.Component {
                  UNSAFE_componentWillMount() {}
                }
                const short = title.substring(0, 10).slice(1);
                const html = { escape(s: string) { return s; } };
                const safe = escapeHtml(name);
                const onKey = (e: KeyboardEvent) => { if (e.key === 'Enter') submit(); };
                const note = 'ReactDOM.render( is gone; use .substr( never';
                const option = choices.which;
                """;
        // WHEN reviewed // THEN nothing is reported
        assertEquals(List.of(), lines("deprecated-api", "src/main.tsx", source));
    }

    // ------------------------------------------------------------------ no-console

    @Test
    void noConsole_shouldFlagLogAndDebug_whenLeftInTheCode() {
        // GIVEN console.log and console.debug calls, one split over lines
        String source = "console.log('loaded');\nconst x = 1;\nconsole\n  .debug(x);\n";
        // WHEN reviewed
        Finding first = only("no-console", "src/a.ts", "console.log('loaded');\n");
        // THEN both are reported, low severity
        assertEquals(List.of(1, 3), lines("no-console", "src/b.ts", source));
        assertEquals(Finding.Severity.LOW, first.severity());
    }

    @Test
    void noConsole_shouldStaySilent_whenErrorsAreReportedOrTheCallIsCommentedOut() {
        // GIVEN console.error/warn, a commented-out log and a log in a string
        String source = "console.error(err);\nconsole.warn('slow');\n// console.log(x);\nconst s = 'console.log(1)';\n";
        // WHEN reviewed // THEN nothing is reported
        assertEquals(List.of(), lines("no-console", "src/c.ts", source));
    }

    // ------------------------------------------------------------------ no-sync-xhr

    @Test
    void noSyncXhr_shouldFlagTheOpenCall_whenTheAsyncFlagIsFalse() {
        // GIVEN a synchronous XHR whose arguments contain commas in nested calls
        String source = "const xhr = new XMLHttpRequest();\nxhr.open('GET', url(a, b), false);\nxhr.send();\n";
        // WHEN reviewed // THEN the open call's line is reported
        assertEquals(List.of(2), lines("no-sync-xhr", "src/api.js", source));
    }

    @Test
    void noSyncXhr_shouldStaySilent_whenTheRequestIsAsynchronous() {
        // GIVEN async XHRs, window.open with three arguments, and a comment
        String source = """
                xhr.open('GET', '/api', true);
                xhr.open('POST', '/api');
                window.open(url, '_blank', 'noopener');
                // xhr.open('GET', '/x', false);
                """;
        // WHEN reviewed // THEN nothing is reported
        assertEquals(List.of(), lines("no-sync-xhr", "src/api.js", source));
    }

    // ------------------------------------------------------------------ large-inline-asset

    @Test
    void largeInlineAsset_shouldFlagTheUri_whenADataUriExceedsTenKilobytes() {
        // GIVEN a 12 KB base64 image in a component and in a stylesheet
        String payload = "iVBORw0KGgo".repeat(1200);
        String tsx = "const a = 1;\nexport const Logo = () => <img alt=\"\" src=\"data:image/png;base64," + payload + "\" />;\n";
        String css = ".hero {\n  background: url(data:image/png;base64," + payload + ");\n}\n";
        // WHEN reviewed
        Finding finding = only("large-inline-asset", "src/Logo.tsx", tsx);
        // THEN it is reported at its line, with its size and type
        assertEquals(2, finding.line());
        assertTrue(finding.message().contains("12 KB") && finding.message().contains("image/png"), finding.message());
        assertEquals(List.of(2), lines("large-inline-asset", "src/hero.css", css));
    }

    @Test
    void largeInlineAsset_shouldStaySilent_whenDataUrisAreSmall() {
        // GIVEN a small inline SVG icon and the word data: in text
        String source = "const icon = \"data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg'/>\";\n"
                + "const label = 'data: none';\n";
        // WHEN reviewed // THEN nothing is reported
        assertEquals(List.of(), lines("large-inline-asset", "src/icon.ts", source));
    }
}
