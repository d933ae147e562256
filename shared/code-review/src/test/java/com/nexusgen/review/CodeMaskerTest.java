package com.nexusgen.review;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeMaskerTest {

    private static String code(String path, String text) {
        SourceFile file = new SourceFile(path, text);
        assertEquals(text.length(), file.code().length(), "the code view keeps every offset");
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                assertEquals('\n', file.code().charAt(i), "the code view keeps every line break");
            }
        }
        return file.code();
    }

    @Test
    void codeView_shouldBlankCommentsAndStringContents_whenMaskingAScript() {
        // GIVEN line and block comments and both kinds of quotes, with escapes
        String text = "a(1); // eval(x)\n/* console.log(\n */ b('it\\'s', \"say \\\"hi\\\"\");\n";
        // WHEN masked
        String code = code("src/a.ts", text);
        // THEN comments vanish, quotes stay, contents are blank, and the code around is intact
        assertEquals("a(1);           \n               \n    b('     ', \"          \");\n", code);
    }

    @Test
    void codeView_shouldKeepTemplateExpressions_whenTemplateLiteralsNest() {
        // GIVEN a template literal with an expression holding another template and a brace-y object
        String text = "const t = `a ${ f({ x: `b ${y}` }) } c`; eval(t);";
        // WHEN masked
        String code = code("src/t.ts", text);
        // THEN the literal text is blank, the ${} code kept, and the code after the literal still visible
        assertEquals("const t = `  ${ f({ x: `  ${y}` }) }  `; eval(t);", code);
    }

    @Test
    void codeView_shouldTellRegexFromDivision_whenSlashesAppear() {
        // GIVEN a regex with quotes and a slash in a class, then divisions
        String text = "const r = /['\"/]+/g.test(s); const q = a / b / c; x = (y) / 2;";
        // WHEN masked
        String code = code("src/r.ts", text);
        // THEN the regex body is blank (its quotes do not start strings) and divisions are untouched
        assertEquals("const r = /      /g.test(s); const q = a / b / c; x = (y) / 2;", code);
    }

    @Test
    void codeView_shouldBlankJsxText_whenTextHasApostrophesAndParentheses() {
        // GIVEN JSX text with an apostrophe and an unbalanced parenthesis, then code after the element
        String text = "const v = <p className=\"x\">Don't (panic {name}</p>; eval(1);";
        // WHEN masked
        String code = code("src/v.tsx", text);
        // THEN the text is blank, the {expression} kept, and the code after is intact (not eaten by a string)
        assertEquals("const v = <p className=\" \">             {name}</p>; eval(1);", code);
    }

    @Test
    void codeView_shouldNotStartJsx_whenAngleBracketsAreGenericsOrComparisons() {
        // GIVEN generics, an arrow generic with a trailing comma, and a comparison in a .tsx file
        String text = "const [s, set] = useState<string>('x');\nconst id = <T,>(v: T) => v;\n"
                + "type Id = <T>(v: T) => T;\nif (a < b && c > d) go('y');\n";
        // WHEN masked
        SourceFile file = new SourceFile("src/g.tsx", text);
        // THEN no tag was seen, and the strings after them are still recognised as strings
        assertTrue(file.elements().isEmpty(), file.elements().toString());
        assertEquals(List.of("x", "y"), file.literals().stream().map(SourceFile.Literal::value).toList());
    }

    @Test
    void codeView_shouldNotReadTypeAssertionsAsJsx_whenTheFileIsPlainTypeScript() {
        // GIVEN a .ts type assertion followed by a string
        String text = "const n = <number>value; const s = 'done';";
        // WHEN masked
        SourceFile file = new SourceFile("src/n.ts", text);
        // THEN there are no elements and the string is found
        assertTrue(file.elements().isEmpty());
        assertEquals("done", file.literals().get(0).value());
    }

    @Test
    void codeView_shouldKeepOnlyScriptBodies_whenTheFileIsHtml() {
        // GIVEN a page with a comment, a JSON script, a JS script and markup
        String text = "<!-- eval(a) -->\n<script type=\"application/json\">{\"eval(\":1}</script>\n"
                + "<p>eval(b)</p><script>eval(c) // eval(d)\n</script>\n";
        // WHEN masked
        SourceFile file = new SourceFile("index.html", text);
        // THEN only the JavaScript body's code survives in the code view
        assertEquals(1, file.code().split("eval\\(", -1).length - 1, file.code());
        assertTrue(file.code().contains("eval(c)"));
        // AND the markup view has no comment and no script bodies, but keeps the tags
        assertFalse(file.markup().contains("eval(a)"));
        assertFalse(file.markup().contains("eval(c)"));
        assertTrue(file.markup().contains("<p>eval(b)</p>"));
    }

    @Test
    void codeView_shouldFinishInLinearTime_whenInputIsUnterminatedOrPathological() {
        // GIVEN unterminated strings, comments, templates, tags and deep nesting
        String[] inputs = {"'abc", "/* never closed", "`${`${`${", "<div a={", "<<<<<<<<", "{".repeat(100_000),
                "(".repeat(50_000) + "<a>".repeat(50_000), "x = /[/ + 1;\n'ok'", "#!/usr/bin/env node\nx"};
        for (String input : inputs) {
            // WHEN masked // THEN it returns with offsets intact
            for (String path : List.of("a.tsx", "a.ts", "a.html")) {
                SourceFile file = new SourceFile(path, input);
                assertEquals(input.length(), file.code().length());
                file.elements();
            }
        }
    }

    @Test
    void lines_shouldBeOneBasedAndWithoutLineBreaks_whenTheFileUsesCrlf() {
        // GIVEN a CRLF file
        SourceFile file = new SourceFile("src/w.ts", "a\r\nb\r\n\r\nc");
        // WHEN its lines and offsets are asked for // THEN they line up
        assertEquals(List.of("a", "b", "", "c"), file.lines());
        assertEquals(1, file.lineOf(0));
        assertEquals(2, file.lineOf(3));
        assertEquals(4, file.lineOf(file.text().length() - 1));
    }
}
