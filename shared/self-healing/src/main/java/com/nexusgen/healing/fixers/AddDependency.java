package com.nexusgen.healing.fixers;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorKind;
import com.nexusgen.domain.builds.Fix;
import com.nexusgen.healing.FixContext;
import com.nexusgen.healing.Fixer;
import com.nexusgen.healing.Proposal;

import java.util.List;
import java.util.Optional;

/**
 * dependency.missing: code imports a package the app doesn't declare. Declares it at its known-good version (and
 * its @types package when strict TypeScript needs one); the build brings the lock file in line.
 */
public final class AddDependency implements Fixer {
    @Override
    public String id() {
        return "add-dependency";
    }

    @Override
    public Optional<Proposal> propose(BuildError error, FixContext context) {
        if (error.kind() != ErrorKind.DEPENDENCY_MISSING || error.fact("module") == null) {
            return Optional.empty();
        }
        String name = KnownGoodPackages.packageOf(error.fact("module"));
        Optional<KnownGoodPackages.Package> known = KnownGoodPackages.get(name);
        Optional<PackageJson> manifest = PackageJson.of(context.files());
        if (known.isEmpty() || manifest.isEmpty()) {
            return Optional.empty();
        }
        PackageJson json = manifest.get();
        boolean declared = json.spec(name).filter(spec -> spec.equals(known.get().version())).isPresent();
        KnownGoodPackages.Package types = known.get().types() == null ? null
                : KnownGoodPackages.get(known.get().types()).orElse(null);
        boolean typesDeclared = types == null || json.spec(types.name()).isPresent();
        if (declared && typesDeclared) {
            return Optional.empty(); // declared already: this is not a missing package
        }
        json.set(known.get().dev() ? "devDependencies" : "dependencies", name, known.get().version());
        String summary = "declared " + name + "@" + known.get().version();
        if (types != null && !typesDeclared) {
            json.set("devDependencies", types.name(), types.version());
            summary += " and " + types.name() + "@" + types.version();
        }
        return Optional.of(new Proposal(Fix.of(id()), List.of(json.write()), summary));
    }
}
