package com.nexusgen.review.rules;

import com.nexusgen.domain.code.Finding;
import com.nexusgen.review.JsxElement;
import com.nexusgen.review.SourceFile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * {@code list-key}: a {@code .map(...)} callback returning JSX whose outermost element has no {@code key}
 * prop. Without keys React re-creates or mismatches list items on every change: lost input state, focus
 * and animations, and wasted renders.
 *
 * <p>Understood callback shapes: {@code x => <li/>}, {@code (x, i) => (<li/>)}, {@code (x): JSX.Element =>},
 * {@code async}, {@code function (x) { ... }}, and block bodies whose top-level {@code return} gives JSX.
 * Not followed: callbacks passed by name ({@code .map(renderRow)}) and JSX chosen by a conditional
 * ({@code x => ok ? <A/> : <B/>}).
 */
public final class ListKey extends AbstractRule {

    private static final Pattern MAP = Pattern.compile("map\\s*+\\(");

    public ListKey() {
        super("list-key", Finding.Severity.HIGH, Finding.Category.QUALITY,
                "Elements returned from .map() need a stable key prop.");
    }

    @Override
    public List<Finding> check(SourceFile file) {
        List<Finding> findings = new ArrayList<>();
        if (!file.kind().jsx()) {
            return findings;
        }
        String code = file.code();
        for (MatchResult m : matches(code, MAP, "map")) {
            if (charBefore(file, m.start()) != '.') {
                continue;
            }
            int open = m.end() - 1;
            int close = file.closing(open);
            if (close < 0) {
                continue;
            }
            int body = callbackBody(file, file.skipSpace(open + 1), close);
            if (body < 0) {
                continue;
            }
            body = unwrap(file, body);
            if (body < close && code.charAt(body) == '{') {
                int blockEnd = file.closing(body);
                for (int r : topLevelReturns(file, body, blockEnd < 0 ? close : blockEnd)) {
                    check(file, unwrap(file, r), findings);
                }
            } else {
                check(file, body, findings);
            }
        }
        return findings;
    }

    private void check(SourceFile file, int at, List<Finding> findings) {
        if (!file.isTagStart(at)) {
            return;
        }
        JsxElement element = file.elementAt(at);
        if (element == null || element.has("key")) {
            return;
        }
        String shown = element.name().isEmpty() ? "<>" : "<" + element.name() + ">";
        findings.add(onLine(file, element.line(), shown + " returned from .map() has no key prop",
                element.name().isEmpty()
                        ? "A short fragment cannot take a key: use <Fragment key={item.id}> "
                        + "(import { Fragment } from 'react')."
                        : "Add a stable, unique key from the data: <" + element.name() + " key={item.id} ...>; "
                        + "avoid the array index when items can be reordered, inserted or removed."));
    }

    /** Where the callback's body starts, for an inline arrow function or function expression; -1 otherwise. */
    private static int callbackBody(SourceFile file, int i, int limit) {
        String code = file.code();
        if (startsWithWord(code, i, "async")) {
            i = file.skipSpace(i + 5);
        }
        if (startsWithWord(code, i, "function")) {
            int params = code.indexOf('(', i, limit);
            if (params < 0 || params >= limit) {
                return -1;
            }
            int paramsEnd = file.closing(params);
            if (paramsEnd < 0) {
                return -1;
            }
            int block = code.indexOf('{', paramsEnd, limit);
            return block < 0 || block >= limit ? -1 : block;
        }
        int afterParams;
        if (i < limit && code.charAt(i) == '(') {
            int paramsEnd = file.closing(i);
            if (paramsEnd < 0 || paramsEnd >= limit) {
                return -1;
            }
            afterParams = file.skipSpace(paramsEnd + 1);
            if (afterParams < limit && code.charAt(afterParams) == ':') {
                int arrow = code.indexOf("=>", afterParams, limit); // past a return type annotation
                afterParams = arrow < 0 || arrow >= limit ? limit : arrow;
            }
        } else if (i < limit && isWordPart(code.charAt(i))) {
            int j = i;
            while (j < limit && isWordPart(code.charAt(j))) {
                j++;
            }
            afterParams = file.skipSpace(j);
        } else {
            return -1;
        }
        if (afterParams + 1 >= limit || !code.startsWith("=>", afterParams)) {
            return -1;
        }
        return file.skipSpace(afterParams + 2);
    }

    /** Steps into wrapping parentheses: {@code (\n <li>...)} starts at the {@code <}. */
    private static int unwrap(SourceFile file, int at) {
        String code = file.code();
        int i = at;
        while (i < code.length() && code.charAt(i) == '(') {
            i = file.skipSpace(i + 1);
        }
        return i;
    }

    /**
     * The offsets just after each {@code return} of the callback's own block, including those inside
     * {@code if}/{@code for}/{@code switch}/{@code try} blocks, but not those of nested functions.
     */
    private static List<Integer> topLevelReturns(SourceFile file, int open, int close) {
        String code = file.code();
        List<Integer> returns = new ArrayList<>();
        int i = open + 1;
        while (i < close) {
            char c = code.charAt(i);
            if (c == '{' && opensFunctionBody(file, i)) {
                int end = file.closing(i);
                i = end < 0 ? close : end + 1;
                continue;
            }
            if (c == 'r' && startsWithWord(code, i, "return") && !isWordPart(code.charAt(i - 1))) {
                returns.add(file.skipSpace(i + 6));
            }
            i++;
        }
        return returns;
    }

    /** A '{' after {@code =>}, or after {@code (...)} that is not an if/for/while/switch/catch condition. */
    private static boolean opensFunctionBody(SourceFile file, int brace) {
        String code = file.code();
        int before = file.skipSpaceBack(brace);
        if (before < 1) {
            return false;
        }
        if (code.charAt(before) == '>' && code.charAt(before - 1) == '=') {
            return true;
        }
        if (code.charAt(before) != ')') {
            return false;
        }
        int i = file.opening(before);
        if (i < 0) {
            return false;
        }
        String keyword = wordBefore(file, i);
        return !(keyword.equals("if") || keyword.equals("for") || keyword.equals("while") || keyword.equals("switch")
                || keyword.equals("catch") || keyword.equals("with"));
    }

    private static boolean startsWithWord(String code, int i, String word) {
        int after = i + word.length();
        return code.startsWith(word, i) && (after >= code.length() || !isWordPart(code.charAt(after)));
    }
}
