package com.nexusgen.healing.fixers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorKind;
import com.nexusgen.domain.builds.Fix;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.healing.FixContext;
import com.nexusgen.healing.Fixer;
import com.nexusgen.healing.Proposal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * configuration: a broken toolchain file. The generated apps' toolchain (tsconfig.json, vite.config.ts, the build
 * and test scripts, the module type) is pinned by the planner, so the known-good version is at hand: the seed's
 * "use a known-working template" strategy. A config file the error names is restored whole; when the error names
 * none, the first toolchain file that differs from the template is.
 */
public final class RestoreToolchainConfig implements Fixer {
    private static final List<String> FILES = List.of("tsconfig.json", "vite.config.ts");
    private static final List<String> PACKAGE_FIELDS = List.of("type");
    private static final List<String> SCRIPTS = List.of("build", "test");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String id() {
        return "restore-toolchain-config";
    }

    @Override
    public Optional<Proposal> propose(BuildError error, FixContext context) {
        if (error.kind() != ErrorKind.CONFIGURATION) {
            return Optional.empty();
        }
        List<String> order = error.file() != null && FILES.contains(error.file())
                ? List.of(error.file()) : FILES;
        for (String file : order) {
            String template = template(file);
            Optional<String> current = context.file(file);
            if (current.isEmpty() || !current.get().equals(template)) {
                return Optional.of(new Proposal(Fix.of(id()), List.of(FileOperation.create(file, template)),
                        "restored " + file + " from the known-good toolchain"));
            }
        }
        return restorePackageFields(context);
    }

    /** package.json's module type and build/test scripts, the parts of it the toolchain owns. */
    private Optional<Proposal> restorePackageFields(FixContext context) {
        Optional<PackageJson> manifest = PackageJson.of(context.files());
        if (manifest.isEmpty()) {
            return Optional.empty();
        }
        JsonNode template;
        try {
            template = JSON.readTree(template("package.json"));
        } catch (IOException e) {
            throw new UncheckedIOException("the app template's package.json is unreadable", e);
        }
        PackageJson json = manifest.get();
        boolean changed = false;
        for (String field : PACKAGE_FIELDS) {
            if (!template.path(field).equals(json.root().path(field))) {
                json.root().set(field, template.path(field));
                changed = true;
            }
        }
        Map<String, String> scripts = json.scripts();
        for (String script : SCRIPTS) {
            String known = template.path("scripts").path(script).asText();
            if (!known.equals(scripts.get(script))) {
                json.script(script, known);
                changed = true;
            }
        }
        return changed ? Optional.of(new Proposal(Fix.of(id()), List.of(json.write()),
                "restored package.json's module type and build scripts from the known-good toolchain")) : Optional.empty();
    }

    private static String template(String file) {
        try (InputStream in = RestoreToolchainConfig.class.getResourceAsStream("/app-template/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the app template has no " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the app template's " + file + " is unreadable", e);
        }
    }
}
