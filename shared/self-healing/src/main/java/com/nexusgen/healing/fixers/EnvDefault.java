package com.nexusgen.healing.fixers;

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
 * runtime.env: the app needs an environment variable the build doesn't have. Vite reads {@code .env}, so the
 * variable's documented default (its line in {@code .env.example}, the convention for documenting them) is added
 * there. A variable without a documented default is a secret or a decision: not this fixer's to invent.
 */
public final class EnvDefault implements Fixer {
    private static final List<String> DOCUMENTATION = List.of(".env.example", ".env.sample", ".env.defaults");

    @Override
    public String id() {
        return "env-documented-default";
    }

    @Override
    public Optional<Proposal> propose(BuildError error, FixContext context) {
        String name = error.fact("envVar");
        if (error.kind() != ErrorKind.RUNTIME_ENV || name == null || !name.matches("[A-Z_][A-Z0-9_]*")) {
            return Optional.empty();
        }
        Pattern line = Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + "\\s*=\\s*(.*?)\\s*$");
        for (String documentation : DOCUMENTATION) {
            Optional<String> text = context.file(documentation);
            if (text.isEmpty()) {
                continue;
            }
            Matcher documented = line.matcher(text.get());
            if (!documented.find() || documented.group(1).isEmpty()) {
                continue;
            }
            String env = context.file(".env").orElse("");
            Matcher present = line.matcher(env);
            if (present.find() && !present.group(1).isEmpty()) {
                return Optional.empty(); // set already: the error is elsewhere
            }
            String entry = name + "=" + documented.group(1) + "\n";
            String fixed = present.reset().find() ? present.replaceFirst(Matcher.quoteReplacement(entry.strip()))
                    : (env.isEmpty() || env.endsWith("\n") ? env : env + "\n") + entry;
            return Optional.of(new Proposal(Fix.of(id()), List.of(FileOperation.create(".env", fixed)),
                    "set " + name + " to its default documented in " + documentation));
        }
        return Optional.empty();
    }
}
