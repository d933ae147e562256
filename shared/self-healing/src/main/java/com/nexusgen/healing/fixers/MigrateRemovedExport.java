package com.nexusgen.healing.fixers;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.Fix;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.healing.FixContext;
import com.nexusgen.healing.Fixer;
import com.nexusgen.healing.Proposal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An import of something a library no longer exports ({@code TS2305 Module '"react-router-dom"' has no exported
 * member 'useHistory'}): models trained on older code still write the old API. Rewrites the file to the library's
 * documented replacement (React Router 5 → 6: {@code useHistory} → {@code useNavigate} with its calls,
 * {@code Switch} → {@code Routes}, {@code Redirect} → {@code Navigate}, {@code useRouteMatch} → {@code useMatch}).
 */
public final class MigrateRemovedExport implements Fixer {
    private record Migration(String replacement, Map<String, String> rewrites) {
    }

    /** Per module, per removed export: its replacement and the call shapes that change with it (regex → text). */
    private static final Map<String, Map<String, Migration>> MIGRATIONS = Map.of("react-router-dom", Map.of(
            "useHistory", new Migration("useNavigate", rewrites(
                    "\\bconst\\s+history\\s*=\\s*useHistory\\(\\)", "const navigate = useNavigate()",
                    "\\bhistory\\.push\\(", "navigate(",
                    "\\bhistory\\.replace\\(([^()]*)\\)", "navigate($1, { replace: true })",
                    "\\bhistory\\.goBack\\(\\)", "navigate(-1)")),
            "Switch", new Migration("Routes", rewrites("<Switch>", "<Routes>", "</Switch>", "</Routes>")),
            "Redirect", new Migration("Navigate", rewrites("<Redirect\\s+to=", "<Navigate replace to=")),
            "useRouteMatch", new Migration("useMatch", rewrites())));

    @Override
    public String id() {
        return "migrate-removed-export";
    }

    @Override
    public Optional<Proposal> propose(BuildError error, FixContext context) {
        String module = error.fact("module");
        String name = error.fact("identifier");
        if (module == null || name == null || error.file() == null
                || !"TS2305".equals(error.code()) && !"TS2724".equals(error.code())) {
            return Optional.empty();
        }
        Migration migration = MIGRATIONS.getOrDefault(module, Map.of()).get(name);
        Optional<String> text = context.file(error.file());
        if (migration == null || text.isEmpty()) {
            return Optional.empty();
        }
        String fixed = text.get();
        for (Map.Entry<String, String> rewrite : migration.rewrites().entrySet()) {
            fixed = fixed.replaceAll(rewrite.getKey(), rewrite.getValue());
        }
        fixed = fixed.replaceAll("\\b" + Pattern.quote(name) + "\\b", Matcher.quoteReplacement(migration.replacement()));
        fixed = dedupeImport(fixed, module, migration.replacement());
        if (fixed.equals(text.get())) {
            return Optional.empty();
        }
        return Optional.of(new Proposal(Fix.of(id()), List.of(FileOperation.create(error.file(), fixed)),
                "moved " + name + " to " + module + "'s " + migration.replacement()));
    }

    /** {@code import { Link, useNavigate, useNavigate }} after the rename: each name once. */
    private static String dedupeImport(String source, String module, String name) {
        Pattern named = Pattern.compile("import\\s*\\{([^}]*)}\\s*from\\s*(['\"])" + Pattern.quote(module) + "\\2");
        Matcher matcher = named.matcher(source);
        if (!matcher.find()) {
            return source;
        }
        List<String> names = java.util.Arrays.stream(matcher.group(1).split(",")).map(String::trim)
                .filter(n -> !n.isEmpty()).distinct().toList();
        String rebuilt = "import { " + String.join(", ", names) + " } from " + matcher.group(2) + module + matcher.group(2);
        return source.substring(0, matcher.start()) + rebuilt + source.substring(matcher.end());
    }

    private static Map<String, String> rewrites(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
