package com.nexusgen.review.rules;

import com.nexusgen.domain.code.Finding;
import com.nexusgen.review.JsxElement;
import com.nexusgen.review.SourceFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * {@code no-javascript-url}: {@code javascript:} URLs in links and other URL attributes
 * ({@code href="javascript:void(0)"}, {@code href={'javascript:...'}}) and in code that sets a URL
 * ({@code a.href = 'javascript:...'}, {@code { href: 'javascript:...' }}). They are eval in disguise, React
 * warns about them and will block them, and a link that is really a button is invisible to keyboard and
 * screen-reader users as a button.
 */
public final class JavascriptUrl extends AbstractRule {

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "formAction",
            "xlinkHref", "xlink:href", "to", "data");
    /** In code: {@code href = '...'}, {@code href: "..."}, {@code href={'...'}} (strings are blank in the code view). */
    private static final Pattern URL_IN_CODE = Pattern.compile(
            "\\b(href|src|action|formAction|location)\\s*+[=:]\\s*+\\{?\\s*+['\"`]");

    public JavascriptUrl() {
        super("no-javascript-url", Finding.Severity.HIGH, Finding.Category.SECURITY,
                "javascript: URLs execute code from a link and are blocked by React and strict CSPs.");
    }

    @Override
    public List<Finding> check(SourceFile file) {
        List<Finding> findings = new ArrayList<>();
        if (file.kind() == SourceFile.Kind.HTML) {
            for (JsxElement element : file.elements()) {
                for (JsxElement.Attribute attribute : element.attributes()) {
                    String value = attribute.literal();
                    if (URL_ATTRIBUTES.contains(attribute.name()) && value != null && isJavascriptUrl(value)) {
                        findings.add(finding(file, file.lineOf(attribute.offset()), attribute.name()));
                    }
                }
            }
        }
        if (!file.hasCode()) {
            return findings;
        }
        for (MatchResult m : matches(file.code(), URL_IN_CODE, "href", "src", "action", "formAction", "location")) {
            // the literal's text is blank in the code view: read it from the real text
            int valueEnd = Math.min(file.text().length(), m.end() + 64);
            if (isJavascriptUrl(file.text().substring(m.end(), valueEnd))) {
                findings.add(finding(file, file.lineOf(m.start()), m.group(1)));
            }
        }
        return findings;
    }

    /** Browsers ignore leading whitespace and control characters, and the scheme's case. */
    private static boolean isJavascriptUrl(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) <= ' ') {
            i++;
        }
        return value.regionMatches(true, i, "javascript:", 0, "javascript:".length());
    }

    private Finding finding(SourceFile file, int line, String attribute) {
        return onLine(file, line, attribute + " is a javascript: URL",
                "Use a <button type=\"button\" onClick={handler}> for actions, and a real URL for links.");
    }
}
