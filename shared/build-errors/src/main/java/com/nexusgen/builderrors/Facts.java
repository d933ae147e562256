package com.nexusgen.builderrors;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The names of the facts an error can state (see {@link com.nexusgen.domain.builds.BuildError#facts()}). Rules
 * capture them with regex groups of the same names, so a pattern documents which facts its message states.
 */
final class Facts {

    static final String MODULE = "module";
    static final String IDENTIFIER = "identifier";
    static final String SUGGESTION = "suggestion";
    static final String PROPERTY = "property";
    static final String TYPE = "type";
    static final String EXPECTED = "expected";
    static final String ACTUAL = "actual";
    static final String ENV_VAR = "envVar";
    static final String VERSION = "version";
    static final String PATH = "path";
    static final String PEER = "peer";
    static final String LIMIT = "limit";

    static final List<String> ALL = List.of(MODULE, IDENTIFIER, SUGGESTION, PROPERTY, TYPE, EXPECTED, ACTUAL, ENV_VAR,
            VERSION, PATH, PEER, LIMIT);

    private Facts() {
    }

    /** {@code ")"} as esbuild prints it is the token {@code )}. */
    static String unquote(String value) {
        if (value.length() >= 2) {
            char first = value.charAt(0);
            if ((first == '"' || first == '\'' || first == '`') && value.charAt(value.length() - 1) == first
                    && value.indexOf(first, 1) == value.length() - 1) {
                return value.substring(1, value.length() - 1);
            }
        }
        return value;
    }

    /** Copies every fact-named group that matched into {@code facts}, keeping facts already there. */
    static void collect(Matcher matcher, Map<String, String> facts) {
        Map<String, Integer> groups = matcher.pattern().namedGroups();
        for (Map.Entry<String, Integer> group : groups.entrySet()) {
            if (!ALL.contains(group.getKey())) {
                continue;
            }
            String value = matcher.group(group.getValue());
            if (value != null && !value.isBlank()) {
                facts.putIfAbsent(group.getKey(), unquote(value.strip()));
            }
        }
    }
}
