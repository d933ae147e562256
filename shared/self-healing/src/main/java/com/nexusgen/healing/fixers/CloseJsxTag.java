package com.nexusgen.healing.fixers;

import com.nexusgen.domain.builds.BuildError;
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
 * A JSX closing tag that doesn't match its opening tag ({@code TS17002 Expected corresponding JSX closing tag for
 * 'section'.}): the compiler reports the wrong closing tag's position and the name it expected, so the closing tag
 * there is renamed.
 */
public final class CloseJsxTag implements Fixer {
    private static final Pattern CLOSING = Pattern.compile("</\\s*([A-Za-z][\\w.-]*)?\\s*>");
    private static final Pattern EXPECTED = Pattern.compile("closing tag for '([^']+)'");

    @Override
    public String id() {
        return "match-jsx-closing-tag";
    }

    @Override
    public Optional<Proposal> propose(BuildError error, FixContext context) {
        if (!"TS17002".equals(error.code())) {
            return Optional.empty();
        }
        String tag = error.fact("expected");
        if (tag == null || !tag.matches("[A-Za-z][\\w.-]*")) {
            Matcher fromMessage = EXPECTED.matcher(error.message());
            if (!fromMessage.find()) {
                return Optional.empty();
            }
            tag = fromMessage.group(1);
        }
        Optional<String> text = context.file(error.file());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        SourceText source = new SourceText(text.get());
        int at = source.offset(error.line(), error.column());
        if (at < 0) {
            return Optional.empty();
        }
        int start = source.text().lastIndexOf("</", at + 1);
        Matcher closing = CLOSING.matcher(source.text());
        if (start < 0 || !closing.find(start) || closing.start() != start) {
            return Optional.empty();
        }
        String fixed = source.replace(closing.start(), closing.end(), "</" + tag + ">");
        return Optional.of(new Proposal(Fix.of(id()), List.of(FileOperation.create(error.file(), fixed)),
                "closed <" + tag + "> with its own tag"));
    }
}
