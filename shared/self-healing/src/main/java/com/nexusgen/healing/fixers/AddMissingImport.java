package com.nexusgen.healing.fixers;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.Fix;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.healing.FixContext;
import com.nexusgen.healing.Fixer;
import com.nexusgen.healing.Proposal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An identifier used without its import ({@code TS2304 Cannot find name 'useState'}): imports it from the library
 * that exports it (React, React Router), or from the one module of the app that exports a declaration of that
 * name. Adds the name to an existing import of that module when there is one.
 */
public final class AddMissingImport implements Fixer {
    private static final Map<String, List<String>> LIBRARY_EXPORTS = Map.of(
            "react", List.of("useState", "useEffect", "useMemo", "useCallback", "useRef", "useContext", "useReducer",
                    "useId", "useLayoutEffect", "useTransition", "useDeferredValue", "createContext", "Fragment",
                    "StrictMode", "Suspense", "lazy", "memo", "forwardRef"),
            "react-router-dom", List.of("Link", "NavLink", "Navigate", "Outlet", "Route", "Routes", "useNavigate",
                    "useParams", "useLocation", "useSearchParams", "BrowserRouter", "MemoryRouter", "HashRouter"));
    private static final Pattern EXPORT = Pattern.compile(
            "export\\s+(?:default\\s+)?(?:async\\s+)?(?:function|const|let|class|interface|type|enum)\\s+([A-Za-z_$][\\w$]*)");

    @Override
    public String id() {
        return "add-missing-import";
    }

    @Override
    public Optional<Proposal> propose(BuildError error, FixContext context) {
        String name = error.fact("identifier");
        if (name == null || error.file() == null || !"TS2304".equals(error.code()) && !"TS2552".equals(error.code())) {
            return Optional.empty();
        }
        Optional<String> text = context.file(error.file());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> module = LIBRARY_EXPORTS.entrySet().stream()
                .filter(e -> e.getValue().contains(name)).map(Map.Entry::getKey).findFirst()
                .or(() -> projectModule(name, error.file(), context.files()));
        if (module.isEmpty()) {
            return Optional.empty();
        }
        boolean typeOnly = isTypeOnly(name, module.get(), error.file(), context.files());
        String fixed = addImport(text.get(), name, module.get(), typeOnly);
        if (fixed.equals(text.get())) {
            return Optional.empty();
        }
        return Optional.of(new Proposal(Fix.of(id()), List.of(FileOperation.create(error.file(), fixed)),
                "imported " + name + " from '" + module.get() + "'"));
    }

    /** The relative specifier of the single app module that exports {@code name}. */
    private static Optional<String> projectModule(String name, String importer, Map<String, String> files) {
        List<String> exporters = files.entrySet().stream()
                .filter(e -> e.getKey().matches("src/.*\\.(ts|tsx)$") && !e.getKey().equals(importer))
                .filter(e -> exports(e.getValue(), name))
                .map(Map.Entry::getKey).toList();
        if (exporters.size() != 1) {
            return Optional.empty();
        }
        Path from = Path.of(importer).getParent() == null ? Path.of("") : Path.of(importer).getParent();
        String relative = from.relativize(Path.of(exporters.getFirst())).toString().replace('\\', '/')
                .replaceFirst("\\.(ts|tsx)$", "");
        return Optional.of(relative.startsWith(".") ? relative : "./" + relative);
    }

    private static boolean exports(String source, String name) {
        Matcher matcher = EXPORT.matcher(source);
        while (matcher.find()) {
            if (matcher.group(1).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Interfaces and type aliases need {@code import type} under isolatedModules. */
    private static boolean isTypeOnly(String name, String module, String importer, Map<String, String> files) {
        if (!module.startsWith(".")) {
            return false;
        }
        Path target = (Path.of(importer).getParent() == null ? Path.of("") : Path.of(importer).getParent())
                .resolve(module).normalize();
        for (String ext : List.of(".ts", ".tsx")) {
            String source = files.get(target.toString().replace('\\', '/') + ext);
            if (source != null) {
                return Pattern.compile("export\\s+(?:interface|type)\\s+" + Pattern.quote(name) + "\\b").matcher(source).find();
            }
        }
        return false;
    }

    static String addImport(String source, String name, String module, boolean typeOnly) {
        Pattern existing = Pattern.compile("import\\s+(type\\s+)?\\{([^}]*)}\\s+from\\s+(['\"])" + Pattern.quote(module) + "\\3;?");
        Matcher matcher = existing.matcher(source);
        while (matcher.find()) {
            if ((matcher.group(1) != null) == typeOnly) {
                String names = matcher.group(2).trim();
                String joined = names.isEmpty() ? name : names + ", " + name;
                String replacement = "import " + (typeOnly ? "type " : "") + "{ " + joined + " } from "
                        + matcher.group(3) + module + matcher.group(3) + ";";
                return source.substring(0, matcher.start()) + replacement + source.substring(matcher.end());
            }
        }
        String line = "import " + (typeOnly ? "type " : "") + "{ " + name + " } from '" + module + "';\n";
        Matcher lastImport = Pattern.compile("(?m)^import[^;]*;\\n").matcher(source);
        int insertAt = 0;
        while (lastImport.find()) {
            insertAt = lastImport.end();
        }
        return source.substring(0, insertAt) + line + source.substring(insertAt);
    }
}
