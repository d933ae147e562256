package com.nexusgen.healing.fixers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexusgen.domain.code.FileOperation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An app's package.json, edited the way npm writes it (two-space indent, dependency sections sorted), so a fix
 * changes only the lines it means to.
 */
final class PackageJson {
    static final String PATH = "package.json";
    static final List<String> SECTIONS = List.of("dependencies", "devDependencies", "optionalDependencies", "peerDependencies");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode root;

    private PackageJson(ObjectNode root) {
        this.root = root;
    }

    static Optional<PackageJson> of(Map<String, String> files) {
        String text = files.get(PATH);
        if (text == null) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(text);
            return node instanceof ObjectNode object ? Optional.of(new PackageJson(object.deepCopy())) : Optional.empty();
        } catch (JsonProcessingException unreadable) {
            return Optional.empty();
        }
    }

    /** The section that declares {@code name}, if any. */
    Optional<String> sectionOf(String name) {
        return SECTIONS.stream().filter(section -> root.path(section).has(name)).findFirst();
    }

    Optional<String> spec(String name) {
        return sectionOf(name).map(section -> root.path(section).path(name).asText());
    }

    /** Every declared dependency with its spec, by section. */
    Map<String, String> all() {
        Map<String, String> all = new TreeMap<>();
        for (String section : SECTIONS) {
            root.path(section).properties().forEach(e -> all.put(e.getKey(), e.getValue().asText()));
        }
        return all;
    }

    /** Declares {@code name} at {@code version} in {@code section}, moving it there from any other section. */
    PackageJson set(String section, String name, String version) {
        remove(name);
        ObjectNode target = root.has(section) ? (ObjectNode) root.get(section) : root.putObject(section);
        target.put(name, version);
        sort(target);
        return this;
    }

    /** Keeps the package in the section it is in, at a new version. */
    PackageJson pin(String name, String version) {
        String section = sectionOf(name).orElse("dependencies");
        ((ObjectNode) root.path(section)).put(name, version);
        return this;
    }

    PackageJson remove(String name) {
        for (String section : SECTIONS) {
            if (root.get(section) instanceof ObjectNode object) {
                object.remove(name);
            }
        }
        return this;
    }

    Map<String, String> scripts() {
        Map<String, String> scripts = new TreeMap<>();
        root.path("scripts").properties().forEach(e -> scripts.put(e.getKey(), e.getValue().asText()));
        return scripts;
    }

    PackageJson script(String name, String command) {
        (root.get("scripts") instanceof ObjectNode scripts ? scripts : root.putObject("scripts")).put(name, command);
        return this;
    }

    ObjectNode root() {
        return root;
    }

    FileOperation write() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            String text = JSON.writer(new NpmStylePrinter(printer)).writeValueAsString(root);
            return FileOperation.create(PATH, text + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    private static void sort(ObjectNode section) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(section.properties());
        entries.sort(Map.Entry.comparingByKey());
        section.removeAll();
        entries.forEach(e -> section.set(e.getKey(), e.getValue()));
    }

    /** {@code "key": value}, as npm writes it, rather than Jackson's {@code "key" : value}. */
    private static final class NpmStylePrinter extends DefaultPrettyPrinter {
        NpmStylePrinter(DefaultPrettyPrinter base) {
            super(base);
            _objectFieldValueSeparatorWithSpaces = ": ";
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new NpmStylePrinter(this);
        }
    }
}
