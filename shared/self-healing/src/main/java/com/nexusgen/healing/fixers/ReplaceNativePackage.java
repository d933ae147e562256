package com.nexusgen.healing.fixers;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorKind;
import com.nexusgen.domain.builds.Fix;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.healing.FixContext;
import com.nexusgen.healing.Fixer;
import com.nexusgen.healing.Proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * dependency.native: a native addon whose install script can't build here (no compiler toolchain or prebuilt
 * binary in the sandbox, and nothing native runs in a browser anyway). Swaps it for its known pure-JS twin with
 * the same API ({@code bcrypt} → {@code bcryptjs}, {@code node-sass} → {@code sass}) in package.json and in every
 * import.
 */
public final class ReplaceNativePackage implements Fixer {
    @Override
    public String id() {
        return "replace-native-package";
    }

    @Override
    public Optional<Proposal> propose(BuildError error, FixContext context) {
        if (error.kind() != ErrorKind.DEPENDENCY_NATIVE) {
            return Optional.empty();
        }
        Optional<PackageJson> manifest = PackageJson.of(context.files());
        if (manifest.isEmpty()) {
            return Optional.empty();
        }
        PackageJson json = manifest.get();
        List<String> candidates = new ArrayList<>();
        if (error.fact("module") != null) {
            candidates.add(KnownGoodPackages.packageOf(error.fact("module")));
        }
        json.all().keySet().stream().filter(name -> KnownGoodPackages.replacementFor(name).isPresent()).forEach(candidates::add);
        for (String nativePackage : candidates) {
            Optional<KnownGoodPackages.Package> twin = KnownGoodPackages.replacementFor(nativePackage);
            if (twin.isEmpty() || json.spec(nativePackage).isEmpty()) {
                continue;
            }
            String section = json.sectionOf(nativePackage).orElse("dependencies");
            json.remove(nativePackage).set(section, twin.get().name(), twin.get().version());
            List<FileOperation> operations = new ArrayList<>();
            operations.add(json.write());
            Pattern imports = Pattern.compile("(from\\s+|import\\s*\\(\\s*|require\\s*\\(\\s*|import\\s+)(['\"])"
                    + Pattern.quote(nativePackage) + "(['\"/])");
            for (Map.Entry<String, String> file : context.files().entrySet()) {
                if (!file.getKey().matches(".*\\.(ts|tsx|js|jsx|mjs|cjs|scss|sass)$")) {
                    continue;
                }
                Matcher matcher = imports.matcher(file.getValue());
                if (matcher.find()) {
                    String replaced = matcher.replaceAll(m -> Matcher.quoteReplacement(
                            m.group(1) + m.group(2) + twin.get().name() + m.group(3)));
                    operations.add(FileOperation.create(file.getKey(), replaced));
                }
            }
            return Optional.of(new Proposal(Fix.of(id()), operations,
                    "replaced the native " + nativePackage + " with " + twin.get().name() + "@" + twin.get().version()));
        }
        return Optional.empty();
    }
}
