package com.nexusgen.healing.fixers;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorKind;
import com.nexusgen.domain.builds.Fix;
import com.nexusgen.healing.FixContext;
import com.nexusgen.healing.Fixer;
import com.nexusgen.healing.Proposal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * runtime.permission: an npm script runs a file directly ({@code ./scripts/prepare.sh}) that has no execute bit.
 * App files are stored as text, without modes, so the durable fix is to run it through its interpreter
 * ({@code sh ./scripts/prepare.sh}, {@code node ./scripts/x.mjs}) rather than to chmod it in one build folder.
 */
public final class RunScriptWithShell implements Fixer {
    private static final Pattern DIRECT = Pattern.compile("(^|&&\\s*|;\\s*|\\|\\|\\s*)(\\./[\\w./-]+\\.(sh|mjs|cjs|js))");

    @Override
    public String id() {
        return "run-script-through-interpreter";
    }

    @Override
    public Optional<Proposal> propose(BuildError error, FixContext context) {
        if (error.kind() != ErrorKind.RUNTIME_PERMISSION) {
            return Optional.empty();
        }
        Optional<PackageJson> manifest = PackageJson.of(context.files());
        if (manifest.isEmpty()) {
            return Optional.empty();
        }
        PackageJson json = manifest.get();
        String denied = error.fact("path");
        boolean changed = false;
        for (Map.Entry<String, String> script : json.scripts().entrySet()) {
            Matcher direct = DIRECT.matcher(script.getValue());
            StringBuilder fixed = new StringBuilder();
            boolean touched = false;
            while (direct.find()) {
                String file = direct.group(2);
                if (denied != null && !denied.endsWith(file.substring(2)) && !file.endsWith(denied.replaceFirst("^\\./", ""))) {
                    continue;
                }
                String interpreter = direct.group(3).equals("sh") ? "sh " : "node ";
                direct.appendReplacement(fixed, Matcher.quoteReplacement(direct.group(1) + interpreter + file));
                touched = true;
            }
            if (touched) {
                direct.appendTail(fixed);
                json.script(script.getKey(), fixed.toString());
                changed = true;
            }
        }
        if (!changed) {
            return Optional.empty();
        }
        return Optional.of(new Proposal(Fix.of(id()), List.of(json.write()),
                "ran " + (denied == null ? "the script" : denied) + " through its interpreter instead of executing it"));
    }
}
