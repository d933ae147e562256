package com.nexusgen.healing.fixers;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorKind;
import com.nexusgen.domain.builds.Fix;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.healing.FixContext;
import com.nexusgen.healing.Fixer;
import com.nexusgen.healing.Proposal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * runtime.import and runtime.file: a reference to a file that isn't there: a relative import, a CSS
 * {@code @import}, index.html's entry script, a script an npm script runs. Points it at the app's file with the
 * closest name: same name in another folder, other letter case, another extension or a small misspelling (edit
 * distance ≤ 2). The reference keeps its style (relative, root-absolute, or relative to the app). Two equally close
 * candidates mean it can't be sure, so it proposes nothing.
 */
public final class FixImportPath implements Fixer {
    private static final List<String> SOURCE_EXTENSIONS = List.of(".ts", ".tsx", ".js", ".jsx");
    private static final Set<ErrorKind> KINDS = Set.of(ErrorKind.RUNTIME_IMPORT, ErrorKind.RUNTIME_FILE);
    private static final Pattern QUOTED = Pattern.compile("['\"]([^'\"\\s]+)['\"]");

    @Override
    public String id() {
        return "fix-import-path";
    }

    @Override
    public Optional<Proposal> propose(BuildError error, FixContext context) {
        if (!KINDS.contains(error.kind())) {
            return Optional.empty();
        }
        for (String reference : references(error)) {
            Optional<String> referrer = referrer(reference, error, context.files());
            if (referrer.isEmpty()) {
                continue;
            }
            Optional<String> target = closest(reference, referrer.get(), context.files());
            if (target.isEmpty()) {
                continue;
            }
            String replacement = styled(reference, referrer.get(), target.get());
            if (replacement.equals(reference)) {
                continue;
            }
            String text = context.files().get(referrer.get());
            String fixed = text.replace(reference, replacement);
            return Optional.of(new Proposal(Fix.of(id()), List.of(FileOperation.create(referrer.get(), fixed)),
                    "pointed '" + reference + "' in " + referrer.get() + " at " + target.get()));
        }
        return Optional.empty();
    }

    /** What the error says is missing: its module or path, and the quoted names in its message. */
    private static Set<String> references(BuildError error) {
        Set<String> references = new LinkedHashSet<>();
        if (error.fact("module") != null) {
            references.add(error.fact("module"));
        }
        Matcher quoted = QUOTED.matcher(error.message());
        while (quoted.find()) {
            references.add(quoted.group(1));
        }
        if (error.fact("path") != null) {
            references.add(error.fact("path"));
        }
        for (String word : error.message().split("\\s+")) {
            if (word.startsWith("/") && word.length() > 1) {
                references.add(word); // "Failed to resolve /src/Main.tsx from ..."
            }
        }
        references.removeIf(r -> r.startsWith("/tmp/") || r.contains("node_modules") || !r.contains("/") && !r.contains("."));
        return references;
    }

    /** The file holding the reference: the one the error names, else the only file that mentions it. */
    private static Optional<String> referrer(String reference, BuildError error, Map<String, String> files) {
        if (error.file() != null && files.containsKey(error.file()) && files.get(error.file()).contains(reference)) {
            return Optional.of(error.file());
        }
        List<String> mentioning = files.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("node_modules/") && e.getValue().contains(reference))
                .map(Map.Entry::getKey).toList();
        return mentioning.size() == 1 ? Optional.of(mentioning.getFirst()) : Optional.empty();
    }

    private static Optional<String> closest(String reference, String referrer, Map<String, String> files) {
        boolean withExtension = !extension(reference).isEmpty();
        String wanted = withExtension ? fileName(reference) : baseName(reference);
        record Scored(String path, int distance) {
        }
        List<Scored> ranked = new ArrayList<>();
        for (String path : files.keySet()) {
            if (path.equals(referrer) || path.startsWith("node_modules/") || path.startsWith("dist/")) {
                continue;
            }
            if (!withExtension && !SOURCE_EXTENSIONS.contains(extension(path))) {
                continue;
            }
            int distance = distance(wanted, withExtension ? fileName(path) : baseName(path));
            if (distance <= 2) {
                ranked.add(new Scored(path, distance));
            }
        }
        ranked.sort(Comparator.comparingInt(Scored::distance));
        if (ranked.isEmpty() || ranked.size() > 1 && ranked.get(0).distance() == ranked.get(1).distance()) {
            return Optional.empty();
        }
        return Optional.of(ranked.getFirst().path());
    }

    /** The target written the way the reference was: relative to its file, from the root ("/src/..."), or bare. */
    private static String styled(String reference, String referrer, String target) {
        boolean withExtension = !extension(reference).isEmpty();
        String path = withExtension ? target : target.substring(0, target.length() - extension(target).length());
        if (reference.startsWith("/")) {
            return "/" + path;
        }
        if (!reference.startsWith(".")) {
            return path;
        }
        Path from = Path.of(referrer).getParent() == null ? Path.of("") : Path.of(referrer).getParent();
        String relative = from.relativize(Path.of(path)).toString().replace('\\', '/');
        return relative.startsWith(".") ? relative : "./" + relative;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    private static String baseName(String path) {
        String name = fileName(path);
        String ext = extension(name);
        return name.substring(0, name.length() - ext.length());
    }

    private static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }

    /** Levenshtein distance, case already folded. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
