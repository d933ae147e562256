package com.nexusgen.review.rules;

import com.nexusgen.domain.code.Finding;
import com.nexusgen.review.SourceFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * {@code deprecated-api}: React and DOM APIs that are deprecated or gone: the React 17 root API
 * ({@code ReactDOM.render}, {@code hydrate}, {@code unmountComponentAtNode}, also when imported by name from
 * {@code react-dom}), removed in React 19; {@code findDOMNode}; the non-UNSAFE legacy lifecycles;
 * {@code React.createClass}; and in the DOM {@code String.prototype.substr}, {@code escape}/{@code unescape},
 * {@code document.execCommand} and {@code KeyboardEvent.keyCode}/{@code charCode}/{@code which}.
 */
public final class DeprecatedApi extends AbstractRule {

    private static final Pattern REACT_DOM_CALL = Pattern.compile(
            "\\b(?i:ReactDOM)\\s*+\\.\\s*+(render|hydrate|unmountComponentAtNode)\\s*+\\(");
    private static final Pattern NAMED_IMPORT = Pattern.compile("\\bimport\\s*+\\{([^{}]*+)\\}\\s*+from\\s*+['\"]");
    private static final Set<String> ROOT_API = Set.of("render", "hydrate", "unmountComponentAtNode");
    private static final Pattern FIND_DOM_NODE = Pattern.compile("\\bfindDOMNode\\b");
    private static final Pattern LIFECYCLE = Pattern.compile(
            "\\b(componentWillMount|componentWillReceiveProps|componentWillUpdate)\\b");
    private static final Pattern SUBSTR = Pattern.compile("substr\\s*+\\(");
    private static final Pattern ESCAPE = Pattern.compile("\\b(unescape|escape)\\s*+\\(");
    private static final Pattern EXEC_COMMAND = Pattern.compile("\\bdocument\\s*+\\.\\s*+execCommand\\s*+\\(");
    private static final Pattern CREATE_CLASS = Pattern.compile(
            "\\b(?:React\\s*+\\.\\s*+createClass|createReactClass)\\s*+\\(");
    private static final Pattern KEY_CODE = Pattern.compile("(keyCode|charCode)\\b");
    private static final Pattern WHICH = Pattern.compile("which\\b");

    public DeprecatedApi() {
        super("deprecated-api", Finding.Severity.HIGH, Finding.Category.QUALITY,
                "Deprecated or removed React/DOM APIs.");
    }

    @Override
    public List<Finding> check(SourceFile file) {
        List<Finding> findings = new ArrayList<>();
        if (!file.hasCode()) {
            return findings;
        }
        String code = file.code();
        for (MatchResult m : matches(code, REACT_DOM_CALL, "ReactDOM", "ReactDom")) {
            findings.add(rootApi(file, m.start(), "ReactDOM." + m.group(1) + "()"));
        }
        for (MatchResult m : matches(code, NAMED_IMPORT, "import")) {
            SourceFile.Literal module = file.literalAt(m.end() - 1);
            if (module == null || !module.value().equals("react-dom")) {
                continue;
            }
            for (String specifier : m.group(1).split(",")) {
                String imported = specifier.strip().split("\\s+")[0];
                if (ROOT_API.contains(imported)) {
                    findings.add(rootApi(file, m.start(), imported + " imported from 'react-dom'"));
                }
            }
        }
        for (MatchResult m : matches(code, FIND_DOM_NODE, "findDOMNode")) {
            findings.add(at(file, m.start(), "findDOMNode is deprecated and removed in React 19",
                    "Attach a ref to the element instead: const ref = useRef<HTMLDivElement>(null); <div ref={ref}>."));
        }
        for (MatchResult m : matches(code, LIFECYCLE, "componentWill")) {
            findings.add(at(file, m.start(), m.group(1) + " is a legacy lifecycle (unsafe with concurrent rendering)",
                    "Use a function component with useEffect (or componentDidMount/componentDidUpdate/"
                            + "getDerivedStateFromProps in a class)."));
        }
        for (MatchResult m : matches(code, SUBSTR, "substr")) {
            if (charBefore(file, m.start()) != '.') {
                continue;
            }
            findings.add(at(file, m.start(), "String.prototype.substr() is deprecated",
                    "Use .slice(start, end) or .substring(start, end)."));
        }
        for (MatchResult m : matches(code, ESCAPE, "escape", "unescape")) {
            if (callsGlobal(file, m.start()) && !isMethodDefinition(file, m.end() - 1)) {
                findings.add(at(file, m.start(), m.group(1) + "() is deprecated",
                        m.group(1).equals("escape") ? "Use encodeURIComponent()." : "Use decodeURIComponent()."));
            }
        }
        for (MatchResult m : matches(code, EXEC_COMMAND, "document")) {
            findings.add(at(file, m.start(), "document.execCommand() is deprecated",
                    "For copying use navigator.clipboard.writeText(text); for editing, update state and render."));
        }
        for (MatchResult m : matches(code, CREATE_CLASS, "React", "createReactClass")) {
            findings.add(at(file, m.start(), "React.createClass/createReactClass is removed from React",
                    "Write a function component (or an ES class extending React.Component)."));
        }
        for (MatchResult m : matches(code, KEY_CODE, "keyCode", "charCode")) {
            if (charBefore(file, m.start()) != '.') {
                continue;
            }
            findings.add(keyEvent(file, m.start(), "." + m.group(1)));
        }
        for (MatchResult m : matches(code, WHICH, "which")) {
            if (charBefore(file, m.start()) != '.') {
                continue;
            }
            String receiver = wordBefore(file, file.skipSpaceBack(m.start()));
            if (receiver.equals("e") || receiver.equals("ev") || receiver.equals("evt") || receiver.endsWith("event")
                    || receiver.endsWith("Event")) {
                findings.add(keyEvent(file, m.start(), ".which"));
            }
        }
        return findings;
    }

    private Finding rootApi(SourceFile file, int offset, String what) {
        return at(file, offset, what + " is the legacy root API, removed in React 19",
                "Use createRoot(container).render(<App />) from 'react-dom/client' (hydrateRoot for SSR; "
                        + "root.unmount() to unmount).");
    }

    private Finding keyEvent(SourceFile file, int offset, String what) {
        return at(file, offset, "KeyboardEvent" + what + " is deprecated",
                "Compare event.key (e.g. event.key === 'Enter') or event.code.");
    }

    /** {@code escape(s) {}} in a class or object: defining a method named escape, not calling the global. */
    private static boolean isMethodDefinition(SourceFile file, int openParen) {
        int close = file.closing(openParen);
        if (close < 0) {
            return false;
        }
        int next = file.skipSpace(close + 1);
        String code = file.code();
        return next < code.length() && (code.charAt(next) == '{' || code.charAt(next) == ':');
    }
}
