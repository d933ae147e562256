package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.ErrorKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a classification table: a message pattern, the leaf it means, and the facts its named groups capture.
 * When {@code bySpecifier} is set the leaf depends on the captured {@code module}: a package (dependency.missing) or a
 * file of the app (runtime.import). {@code hints} are lower-case substrings one of which every match contains: testing
 * them first skips the regex for almost every message, which keeps a megabyte of log in milliseconds.
 */
record MessageRule(List<String> hints, Pattern pattern, ErrorKind kind, boolean bySpecifier) {

    /** {@code hints}: lower-case substrings separated by {@code |}, one of which every match contains. */
    static MessageRule of(String hints, String regex, ErrorKind kind) {
        return new MessageRule(split(hints), Pattern.compile(regex), kind, false);
    }

    static MessageRule bySpecifier(String hints, String regex) {
        return new MessageRule(split(hints), Pattern.compile(regex), ErrorKind.RUNTIME_IMPORT, true);
    }

    private static List<String> split(String hints) {
        return List.of(hints.toLowerCase(Locale.ROOT).split("\\|"));
    }

    /** Applies the rule to {@code message}, whose lower-case form the caller computed once for all rules. */
    Classification apply(String message, String lowerCase) {
        boolean hinted = false;
        for (String hint : hints) {
            if (lowerCase.contains(hint)) {
                hinted = true;
                break;
            }
        }
        if (!hinted) {
            return null;
        }
        Matcher m = pattern.matcher(message);
        if (!m.find()) {
            return null;
        }
        Map<String, String> facts = new LinkedHashMap<>();
        Facts.collect(m, facts);
        ErrorKind leaf = kind;
        if (bySpecifier) {
            leaf = ModuleSpecifier.kindFor(facts.get(Facts.MODULE));
        }
        return new Classification(leaf, facts);
    }
}
