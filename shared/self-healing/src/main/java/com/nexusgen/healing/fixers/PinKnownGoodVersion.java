package com.nexusgen.healing.fixers;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorKind;
import com.nexusgen.domain.builds.Fix;
import com.nexusgen.healing.FixContext;
import com.nexusgen.healing.Fixer;
import com.nexusgen.healing.Proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * dependency.version, dependency.peer and network: a declared version that doesn't exist, doesn't fit its peers,
 * or points outside the registry (a git or tarball URL the build can't reach). Pins the package the error names
 * to its known-good version; for a network error, which names no package, every declared package whose spec is
 * not a registry version.
 */
public final class PinKnownGoodVersion implements Fixer {
    private static final Set<ErrorKind> KINDS = Set.of(ErrorKind.DEPENDENCY_VERSION, ErrorKind.DEPENDENCY_PEER,
            ErrorKind.NETWORK, ErrorKind.DEPENDENCY_MISSING);

    @Override
    public String id() {
        return "pin-known-good-version";
    }

    @Override
    public Optional<Proposal> propose(BuildError error, FixContext context) {
        if (!KINDS.contains(error.kind())) {
            return Optional.empty();
        }
        Optional<PackageJson> manifest = PackageJson.of(context.files());
        if (manifest.isEmpty()) {
            return Optional.empty();
        }
        PackageJson json = manifest.get();
        List<String> pinned = new ArrayList<>();
        for (String name : suspects(error, json)) {
            Optional<KnownGoodPackages.Package> known = KnownGoodPackages.get(name);
            Optional<String> spec = json.spec(name);
            if (known.isPresent() && spec.isPresent() && !spec.get().equals(known.get().version())) {
                json.pin(name, known.get().version());
                pinned.add(name + "@" + known.get().version() + " (was " + spec.get() + ")");
            }
        }
        if (pinned.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Proposal(Fix.of(id()), List.of(json.write()), "pinned " + String.join(", ", pinned)));
    }

    /** The packages the error points at: named by it, or (when it names none) declared with a non-registry spec. */
    private static List<String> suspects(BuildError error, PackageJson json) {
        List<String> named = new ArrayList<>();
        for (String fact : List.of("module", "package")) {
            if (error.fact(fact) != null) {
                named.add(KnownGoodPackages.packageOf(error.fact(fact)));
            }
        }
        // a peer conflict names the requirement (peer chart.js@"^4.1.1"): the app's own copy of the peer may be the
        // one to move, when the package that asks for it is pinned already
        String peer = error.fact("peer");
        if (peer != null) {
            int at = peer.indexOf('@', peer.startsWith("@") ? 1 : 0);
            named.add(at > 0 ? peer.substring(0, at) : peer);
        }
        if (!named.isEmpty() && error.kind() != ErrorKind.NETWORK) {
            return named;
        }
        List<String> outside = new ArrayList<>(named);
        for (Map.Entry<String, String> dependency : json.all().entrySet()) {
            if (!isRegistrySpec(dependency.getValue())) {
                outside.add(dependency.getKey());
            }
        }
        return outside;
    }

    /** A version or range served by the registry, as opposed to a URL, a git reference or a path. */
    static boolean isRegistrySpec(String spec) {
        return !(spec.contains("://") || spec.contains(":") || spec.startsWith("git") || spec.contains("/")
                || spec.startsWith("file") || spec.startsWith("."));
    }
}
