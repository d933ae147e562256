package com.nexusgen.review;

import com.nexusgen.domain.code.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static com.nexusgen.review.Reviewed.lines;
import static com.nexusgen.review.Reviewed.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecurityRulesTest {

    // Test tokens are assembled from pieces so that this file itself never holds a token-shaped string
    // (secret scanners and push protection would rightly stop it).
    private static final String AWS_KEY_ID = "AKIA" + "Q3EGRWNZ4XJ7TLVP";
    private static final String AWS_SECRET = "k9Zq2Lw8Rt5Yb1Nc" + "7Vx3Mh6Jd0Gf4Sa2Pe9Ku1Wq";
    private static final String GITHUB = "gh" + "p_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
    private static final String STRIPE = "sk_" + "live_" + "4eC39HqLyjWDarjtT1zdp7dc";
    private static final String SLACK = "xo" + "xb-" + "2048611391-7bF3kQ9zLm";
    private static final String JWT = "ey" + "JhbGciOiJIUzI1NiJ9.ey" + "JzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
    private static final String PEM = "-----BEGIN " + "RSA PRIVATE KEY-----";

    // ------------------------------------------------------------------ secret-literal

    @ParameterizedTest
    @ValueSource(strings = {"aws", "github", "stripe", "slack", "jwt", "pem"})
    void secretLiteral_shouldFlagTheLine_whenATokenShapedSecretIsInTheSource(String kind) {
        // GIVEN a config module with one recognisable token on line 3
        String token = switch (kind) {
            case "aws" -> AWS_KEY_ID;
            case "github" -> GITHUB;
            case "stripe" -> STRIPE;
            case "slack" -> SLACK;
            case "jwt" -> JWT;
            default -> PEM;
        };
        String source = "// settings\nexport const region = 'eu-west-1';\nexport const value = '" + token + "';\n";
        // WHEN it is reviewed
        Finding finding = only("secret-literal", "src/config.ts", source);
        // THEN the token's line is reported as critical, without repeating the whole token
        assertEquals(3, finding.line());
        assertTrue(finding.critical());
        assertFalse(finding.message().contains(token), finding.message());
        assertTrue(finding.message().contains("src/config.ts:3"), finding.message());
    }

    @Test
    void secretLiteral_shouldFlagAnAwsSecretKey_whenFortyBase64CharsSitNextToAnAwsName() {
        // GIVEN an AWS secret access key assigned to an aws-named constant
        String source = "export const awsCredentials = {\n  region: 'us-east-1',\n  aws_secret: '" + AWS_SECRET + "',\n};\n";
        // WHEN reviewed // THEN line 3 is flagged
        assertEquals(List.of(3), lines("secret-literal", "src/aws.ts", source));
    }

    @Test
    void secretLiteral_shouldIgnoreFortyCharStrings_whenNothingMentionsAwsOrSecrets() {
        // GIVEN a 40-character hash that is not near any aws/secret name
        String source = "export const commit = '" + AWS_SECRET + "';\n";
        // WHEN reviewed // THEN nothing is reported
        assertEquals(List.of(), lines("secret-literal", "src/build.ts", source));
    }

    @Test
    void secretLiteral_shouldFlagTheAssignment_whenAPasswordLiteralIsGivenToACredentialName() {
        // GIVEN credentials written as object properties, a typed const, a comparison and a quoted key
        String source = """
                const db = {
                  user: 'admin',
                  password: 'Tr0ub4dor&3',
                };
                const apiKey: string = 'a8f5f167f44f4964e6c998dee827110c';
                if (input === 'x') {}
                export const ok = (pwd: string) => pwd === 'letmein42';
                const headers = { 'x-api-key': '9c2b7a61d04e4f3fa1b8c2d9e0f17a64' };
                """;
        // WHEN reviewed
        List<Integer> lines = lines("secret-literal", "src/db.ts", source);
        // THEN each credential line is reported
        assertEquals(List.of(3, 5, 7, 8), lines);
    }

    @Test
    void secretLiteral_shouldStaySilent_whenPasswordOnlyAppearsAsAnAttributeLabelOrPlaceholder() {
        // GIVEN a login form: type="password", autoComplete, label text, placeholders, empty state, messages,
        // and values under key-like names that read like names (a design token, a header name)
        String source = """
                export function Login() {
                  const [password, setPassword] = useState('');
                  const passwordLabel = 'Password';
                  const errors = { password: 'Password must have 8 characters' };
                  const TOKEN_STORAGE_KEY = 'auth_token';
                  const config = { apiKey: import.meta.env.VITE_API_KEY, secret: '' };
                  const sample = { password: 'changeme', token: '<your-token-here>' };
                  const theme = { token: 'color-primary-500', csrfHeader: 'X-CSRF-TOKEN' };
                  return (
                    <form>
                      <label htmlFor="pw">Password</label>
                      <input id="pw" type="password" autoComplete="current-password"
                             placeholder="Enter your password" value={password}
                             onChange={(e) => setPassword(e.target.value)} />
                    </form>
                  );
                }
                """;
        // WHEN reviewed // THEN no secret is reported
        assertEquals(List.of(), lines("secret-literal", "src/Login.tsx", source));
    }

    @Test
    void secretLiteral_shouldIgnoreTheAssignmentHeuristic_whenItIsInsideACommentOrAString() {
        // GIVEN "password = ..." written in a comment and inside a message string
        String source = """
                // const password = 'hunter2hunter2';
                /* apiKey: "0123456789abcdef0123" */
                const help = "set password = 'Sup3rS3cret!' in your profile";
                """;
        // WHEN reviewed // THEN the masked code has no assignment to report
        assertEquals(List.of(), lines("secret-literal", "src/help.ts", source));
    }

    @Test
    void secretLiteral_shouldFlagTokenShapes_whenTheyAreOnlyInAComment() {
        // GIVEN a live key left in a comment
        String source = "// old key: " + STRIPE + "\nexport const x = 1;\n";
        // WHEN reviewed // THEN the comment line is flagged: the key leaks all the same
        assertEquals(List.of(1), lines("secret-literal", "src/pay.ts", source));
    }

    @Test
    void secretLiteral_shouldIgnoreAwsDocumentationKeys_whenTheyAreMarkedExample() {
        // GIVEN the AWS documentation's example key id
        String source = "const id = 'AKIA" + "IOSFODNN7EXAMPLE';\n";
        // WHEN reviewed // THEN it is a placeholder, not a secret
        assertEquals(List.of(), lines("secret-literal", "src/docs.ts", source));
    }

    @Test
    void secretLiteral_shouldFlagEnvFiles_whenASecretNameHasANonEmptyValue() {
        // GIVEN a .env with a public URL, an empty secret, a placeholder and a real secret
        String env = """
                VITE_API_URL=https://api.example.com
                VITE_STRIPE_SECRET_KEY=
                VITE_MAPS_API_KEY=your-api-key-here
                VITE_OPENAI_API_KEY="q8Wm2Zt7Lr4Pk9Xv1Bn6Hd3Jf0Gs5Ca8"
                # DB_PASSWORD=hunter2hunter2
                """;
        // WHEN reviewed
        Finding finding = only("secret-literal", ".env", env);
        // THEN only line 4 is reported, mentioning that Vite ships VITE_ variables to the browser
        assertEquals(4, finding.line());
        assertTrue(finding.message().contains("VITE_"), finding.message());
    }

    @Test
    void secretLiteral_shouldFlagJsonConfig_whenAKeyNamedLikeASecretHasAValue() {
        // GIVEN a JSON config with a client secret
        String json = "{\n  \"name\": \"shop\",\n  \"clientSecret\": \"d2f8a1c9e7b34f60a5c1e8b7d9f2a3c4\"\n}\n";
        // WHEN reviewed // THEN line 3 is flagged
        assertEquals(List.of(3), lines("secret-literal", "src/config.json", json));
    }

    @Test
    void secretLiteral_shouldFlagUrlsWithPasswords_whenAConnectionStringEmbedsOne() {
        // GIVEN a connection string with credentials, next to a harmless URL
        String source = "const a = 'https://example.org/docs';\nconst db = 'postgres://app:s3cr3tP4ss@db.internal:5432/app';\n";
        // WHEN reviewed // THEN line 2 is flagged
        assertEquals(List.of(2), lines("secret-literal", "src/db.js", source));
    }

    @Test
    void secretLiteral_shouldReportOneFindingPerLine_whenALineHoldsSeveralReasons() {
        // GIVEN a token-shaped key assigned to a credential name (two reasons, one line)
        String source = "const apiKey = '" + STRIPE + "';\n";
        // WHEN reviewed // THEN one finding
        assertEquals(List.of(1), lines("secret-literal", "src/pay.ts", source));
    }

    // ------------------------------------------------------------------ no-eval

    @Test
    void noEval_shouldFlagEachForm_whenStringsAreExecutedAsCode() {
        // GIVEN eval, new Function, window.eval and string timers
        String source = """
                const a = eval(userInput);
                const f = new Function('a', 'return a');
                window.eval(code);
                setTimeout("refresh()", 1000);
                setInterval(`tick()`, 50);
                """;
        // WHEN reviewed // THEN every line is flagged
        assertEquals(List.of(1, 2, 3, 4, 5), lines("no-eval", "src/legacy.js", source));
    }

    @Test
    void noEval_shouldStaySilent_whenThePatternsAreInCommentsStringsOrAreFunctionTimers() {
        // GIVEN mentions in comments and strings, a method named eval on another object, function timers
        String source = """
                // never call eval(x) here
                const msg = "eval(x) and new Function() are banned";
                const score = model.eval(input);
                setTimeout(() => refresh(), 1000);
                const id = setInterval(tick, 50);
                const medieval = 1; retrieval(2);
                """;
        // WHEN reviewed // THEN nothing is reported
        assertEquals(List.of(), lines("no-eval", "src/ok.ts", source));
    }

    @Test
    void noEval_shouldFlagInlineScripts_whenAnHtmlPageEvaluatesStrings() {
        // GIVEN an index.html whose inline script uses eval, and whose comment mentions it
        String html = """
                <!doctype html>
                <html lang="en">
                <!-- eval( is discussed here -->
                <body><script>
                  var x = eval(location.hash.slice(1));
                </script></body></html>
                """;
        // WHEN reviewed // THEN only the script line is flagged
        assertEquals(List.of(5), lines("no-eval", "index.html", html));
    }

    // ------------------------------------------------------------------ no-dangerous-html

    @Test
    void noDangerousHtml_shouldFlagEachSink_whenHtmlStringsReachTheDom() {
        // GIVEN dangerouslySetInnerHTML, innerHTML/outerHTML assignments and document.write
        String source = """
                export function Bio({ html }: { html: string }) {
                  ref.current!.innerHTML = html;
                  el.outerHTML += `<b>${name}</b>`;
                  document.write('<p>' + html + '</p>');
                  return <div dangerouslySetInnerHTML={{ __html: html }} />;
                }
                """;
        // WHEN reviewed // THEN lines 2-5 are flagged
        assertEquals(List.of(2, 3, 4, 5), lines("no-dangerous-html", "src/Bio.tsx", source));
    }

    @Test
    void noDangerousHtml_shouldStaySilent_whenContentIsStaticSanitizedMentionedOrOnlyRead() {
        // GIVEN clearing an element, a static template, sanitized HTML, a comparison, a read, a mention,
        // and a constant inline script with no interpolation
        String source = """
                container.innerHTML = '';
                container.innerHTML = `<p class="empty">Nothing yet</p>`;
                preview.innerHTML = DOMPurify.sanitize(markdown);
                const same = a.innerHTML === b.innerHTML;
                const text = node.innerHTML;
                // dangerouslySetInnerHTML is not used here
                const Note = () => <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(md) }} />;
                const Theme = () => (
                  <script
                    dangerouslySetInnerHTML={{
                      __html: `
                        document.documentElement.dataset.theme = localStorage.theme ?? 'light';
                      `,
                    }}
                  />
                );
                """;
        // WHEN reviewed // THEN nothing is reported
        assertEquals(List.of(), lines("no-dangerous-html", "src/Preview.tsx", source));
    }

    // ------------------------------------------------------------------ no-target-blank-opener

    @Test
    void noTargetBlankOpener_shouldFlagTheTag_whenANewTabLinkLacksNoopener() {
        // GIVEN a multi-line link opening a new tab, and one with an unrelated rel
        String source = """
                export const Links = () => (
                  <p>
                    <a
                      href="https://docs.example.com"
                      target="_blank"
                    >Docs</a>
                    <a href="/x" target={'_blank'} rel="nofollow">X</a>
                  </p>
                );
                """;
        // WHEN reviewed // THEN both anchors are flagged at their opening lines
        assertEquals(List.of(3, 7), lines("no-target-blank-opener", "src/Links.tsx", source));
    }

    @Test
    void noTargetBlankOpener_shouldStaySilent_whenRelIsSafeComputedOrTheTargetIsNotBlank() {
        // GIVEN safe rels, a computed rel, a same-tab target, a spread, and unsafe links only in a
        // comment and in a string
        String source = """
                // <a href="/x" target="_blank">x</a>
                const snippet = '<a href="/y" target="_blank">y</a>';
                export const Links = (props: LinkProps) => (
                  <nav>
                    <a href="/a" target="_blank" rel="noopener noreferrer">A</a>
                    <a href="/b" target="_blank" rel="noreferrer">B</a>
                    <a href="/c" target="_blank" rel={relFor(props)}>C</a>
                    <a href="/d" target="_self">D</a>
                    <a {...props} target="_blank">E</a>
                  </nav>
                );
                """;
        // WHEN reviewed // THEN nothing is reported
        assertEquals(List.of(), lines("no-target-blank-opener", "src/Links.tsx", source));
    }

    @Test
    void noTargetBlankOpener_shouldFlagHtml_whenAPageLinkOpensANewTabWithoutRel() {
        // GIVEN an HTML page with an unquoted-attribute link
        String html = "<!doctype html>\n<html lang=\"en\"><body>\n<A HREF=https://x.org TARGET=_blank>x</A>\n</body></html>\n";
        // WHEN reviewed // THEN line 3 is flagged
        assertEquals(List.of(3), lines("no-target-blank-opener", "index.html", html));
    }

    // ------------------------------------------------------------------ no-javascript-url

    @Test
    void noJavascriptUrl_shouldFlagTheAttribute_whenALinkRunsScript() {
        // GIVEN javascript: URLs as a string, as a literal expression, in code and in HTML
        String source = """
                export const Menu = () => (
                  <div>
                    <a href="javascript:void(0)" onClick={open}>Open</a>
                    <a href={'  JavaScript:alert(1)'}>Alert</a>
                  </div>
                );
                link.href = 'javascript:go()';
                """;
        // WHEN reviewed // THEN lines 3, 4 and 7 are flagged
        assertEquals(List.of(3, 4, 7), lines("no-javascript-url", "src/Menu.tsx", source));
        assertEquals(List.of(2), lines("no-javascript-url", "page.html",
                "<html lang=\"en\">\n<a href=\"javascript:history.back()\">Back</a>\n</html>\n"));
    }

    @Test
    void noJavascriptUrl_shouldStaySilent_whenUrlsAreRealOrTheSchemeIsOnlyMentioned() {
        // GIVEN normal links, the word in text and strings, and a comment
        String source = """
                // never write href="javascript:..." again
                const tip = 'javascript: the language';
                export const Nav = () => <a href="/javascript-guide">JavaScript: a guide</a>;
                """;
        // WHEN reviewed // THEN nothing is reported
        assertEquals(List.of(), lines("no-javascript-url", "src/Nav.tsx", source));
    }
}
