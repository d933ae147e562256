package com.nexusgen.healing.fixers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorKind;
import com.nexusgen.domain.builds.Fix;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.healing.FixContext;
import com.nexusgen.healing.Fixer;
import com.nexusgen.healing.Proposal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * syntax.parse in files that are not code: a JSON file with a trailing comma (npm's EJSONPARSE: package.json is
 * strict JSON), and an HTML closing tag that lost its '>' (parse5 in Vite's index.html). Both are the one mistake
 * with one repair; a JSON file that still doesn't parse after it is left to the next source.
 */
public final class RepairMarkup implements Fixer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TRAILING_COMMA = Pattern.compile(",(\\s*[}\\]])");
    private static final Pattern UNCLOSED_END_TAG = Pattern.compile("(</[A-Za-z][\\w-]*)(\\s*)(?=[\\r\\n<]|$)");

    @Override
    public String id() {
        return "repair-markup";
    }

    @Override
    public Optional<Proposal> propose(BuildError error, FixContext context) {
        if (error.kind() != ErrorKind.SYNTAX_PARSE || error.file() == null) {
            return Optional.empty();
        }
        Optional<String> text = context.file(error.file());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (error.file().endsWith("package.json")) {
            String fixed = TRAILING_COMMA.matcher(text.get()).replaceAll("$1");
            if (fixed.equals(text.get()) || !parses(fixed)) {
                return Optional.empty();
            }
            return Optional.of(proposal(error, fixed, "removed trailing commas from " + error.file()));
        }
        if (error.file().endsWith(".html")) {
            Matcher unclosed = UNCLOSED_END_TAG.matcher(text.get());
            String fixed = unclosed.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + ">" + m.group(2)));
            if (fixed.equals(text.get())) {
                return Optional.empty();
            }
            return Optional.of(proposal(error, fixed, "closed the end tags in " + error.file() + " that lost their '>'"));
        }
        return Optional.empty();
    }

    private Proposal proposal(BuildError error, String fixed, String summary) {
        return new Proposal(Fix.of(id()), List.of(FileOperation.create(error.file(), fixed)), summary);
    }

    private static boolean parses(String json) {
        try {
            JSON.readTree(json);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
