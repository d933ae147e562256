package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.ErrorKind;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * What an import specifier names. A bare specifier ({@code clsx}, {@code @tanstack/react-query/devtools},
 * {@code node:fs}) names a package, so failing to find it means a dependency is missing; a relative, absolute or
 * app-alias specifier ({@code ./x}, {@code ../x}, {@code /src/x}, {@code @/x}, {@code ~/x}) names a file of the app,
 * so failing to find it is an import error in the app's code.
 */
final class ModuleSpecifier {

    /** Commands that npm scripts call, and the package that provides each. */
    private static final Map<String, String> COMMAND_PACKAGES = Map.of(
            "tsc", "typescript", "vite", "vite", "vitest", "vitest", "eslint", "eslint", "prettier", "prettier",
            "node-gyp", "node-gyp", "tsx", "tsx", "ts-node", "ts-node");

    private static final Pattern PACKAGE = Pattern.compile("^(?:@[a-z0-9][\\w.-]*/)?[a-z0-9][\\w.-]*(?:/[\\w.-]+)*$");

    private ModuleSpecifier() {
    }

    static boolean isBare(String specifier) {
        if (specifier == null || specifier.isBlank()) {
            return false;
        }
        String s = specifier.strip();
        if (s.startsWith(".") || s.startsWith("/") || s.startsWith("\\") || s.startsWith("file:")
                || s.startsWith("@/") || s.startsWith("~/") || s.startsWith("src/") || s.startsWith("#")
                || AppPaths.isAbsolute(s.replace('\\', '/'))) {
            return false;
        }
        if (s.startsWith("@")) {
            // A scope needs a name after it: "@scope/name" is a package, "@" alone or "@/x" is an alias.
            int slash = s.indexOf('/');
            return slash > 1 && slash < s.length() - 1;
        }
        return true;
    }

    static ErrorKind kindFor(String specifier) {
        return isBare(specifier) ? ErrorKind.DEPENDENCY_MISSING : ErrorKind.RUNTIME_IMPORT;
    }

    /** The package a bare specifier belongs to: {@code @scope/name/sub} → {@code @scope/name}, {@code x/y} → {@code x}. */
    static String packageName(String specifier) {
        if (specifier == null) {
            return null;
        }
        String s = specifier.strip();
        if (s.startsWith("node:")) {
            return s;
        }
        String[] parts = s.split("/");
        if (s.startsWith("@") && parts.length >= 2) {
            return parts[0] + "/" + parts[1];
        }
        return parts[0];
    }

    static String packageForCommand(String command) {
        return COMMAND_PACKAGES.getOrDefault(command, command);
    }

    /** npm package names: lower case, url-safe, optionally scoped (the registry's own rule, loosely). */
    static boolean looksLikePackage(String name) {
        return name != null && PACKAGE.matcher(name).matches() && name.length() <= 214;
    }
}
