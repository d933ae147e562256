package com.nexusgen.healing.fixers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The packages a fixer may add or pin, at versions known to work with the generated apps' toolchain
 * ({@code healing/known-good-packages.json}). A fixer never guesses a version: a package missing here is the
 * Fixer agent's to solve.
 */
final class KnownGoodPackages {
    record Package(String name, String version, boolean dev, String types, List<String> replaces) {
    }

    private static final Map<String, Package> PACKAGES = load();

    private KnownGoodPackages() {
    }

    static Optional<Package> get(String name) {
        return Optional.ofNullable(PACKAGES.get(name));
    }

    /** The pure-JS package that stands in for a native addon, if one is known. */
    static Optional<Package> replacementFor(String nativePackage) {
        return PACKAGES.values().stream().filter(p -> p.replaces().contains(nativePackage)).findFirst();
    }

    /** The package an import specifier names: {@code lodash/fp} → lodash, {@code @scope/pkg/sub} → @scope/pkg. */
    static String packageOf(String specifier) {
        String[] parts = specifier.split("/");
        return specifier.startsWith("@") && parts.length > 1 ? parts[0] + "/" + parts[1] : parts[0];
    }

    private static Map<String, Package> load() {
        try (InputStream in = KnownGoodPackages.class.getResourceAsStream("/healing/known-good-packages.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Package> packages = new LinkedHashMap<>();
            root.path("packages").properties().forEach(entry -> {
                JsonNode p = entry.getValue();
                List<String> replaces = new ArrayList<>();
                p.path("replaces").forEach(r -> replaces.add(r.asText()));
                packages.put(entry.getKey(), new Package(entry.getKey(), p.path("version").asText(),
                        p.path("dev").asBoolean(false), p.path("types").asText(null), List.copyOf(replaces)));
            });
            return Map.copyOf(packages);
        } catch (IOException e) {
            throw new UncheckedIOException("healing/known-good-packages.json is unreadable", e);
        }
    }
}
