package com.nexusgen.healing.fixers;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.Fix;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.healing.FixContext;
import com.nexusgen.healing.Fixer;
import com.nexusgen.healing.Proposal;

import java.util.List;
import java.util.Optional;

/**
 * {@code TS17008 JSX element 'section' has no corresponding closing tag}: the compiler reports the opening tag. Its
 * closing tag goes where its content ends: before the first later line indented less than the opening tag (the
 * parent's closing tag, or the {@code );} that ends the JSX), at the opening tag's indentation. Generated code is
 * formatted, so indentation tells the structure; an opening tag that shares its line with other content is left
 * alone.
 */
public final class CloseUnclosedJsxElement implements Fixer {
    @Override
    public String id() {
        return "close-unclosed-jsx-element";
    }

    @Override
    public Optional<Proposal> propose(BuildError error, FixContext context) {
        String tag = error.fact("identifier");
        if (!"TS17008".equals(error.code()) || tag == null || !tag.matches("[A-Za-z][\\w.-]*")) {
            return Optional.empty();
        }
        Optional<String> text = context.file(error.file());
        if (text.isEmpty() || error.line() < 1) {
            return Optional.empty();
        }
        SourceText source = new SourceText(text.get());
        if (error.line() > source.lineCount()) {
            return Optional.empty();
        }
        String opening = source.line(error.line());
        if (!opening.stripLeading().startsWith("<" + tag)) {
            return Optional.empty();
        }
        int indent = indentation(opening);
        for (int line = error.line() + 1; line <= source.lineCount(); line++) {
            String candidate = source.line(line);
            if (candidate.isBlank()) {
                continue;
            }
            if (indentation(candidate) < indent) {
                int at = source.offset(line, 1);
                String fixed = source.insert(at, " ".repeat(indent) + "</" + tag + ">\n");
                return Optional.of(new Proposal(Fix.of(id()), List.of(FileOperation.create(error.file(), fixed)),
                        "closed <" + tag + "> from line " + error.line() + " before line " + line));
            }
        }
        return Optional.empty();
    }

    private static int indentation(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
