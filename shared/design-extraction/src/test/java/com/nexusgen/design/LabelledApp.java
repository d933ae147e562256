package com.nexusgen.design;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** One app of the labelled set: its mockups (src/test/resources/labelled/APP/*.html) and its expected.json. */
record LabelledApp(String name, List<MockupDocument> mockups, JsonNode expected) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<LabelledApp> all() {
        Path root = resource("labelled");
        try (Stream<Path> apps = Files.list(root)) {
            return apps.filter(Files::isDirectory).sorted().map(LabelledApp::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LabelledApp named(String name) {
        return load(resource("labelled").resolve(name));
    }

    private static LabelledApp load(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<MockupDocument> mockups = new ArrayList<>();
            for (Path html : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String page = html.getFileName().toString().replace(".html", "");
                mockups.add(new MockupDocument(page, page, Files.readString(html, StandardCharsets.UTF_8)));
            }
            JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());
            return new LabelledApp(dir.getFileName().toString(), mockups, expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path resource(String name) {
        URL url = LabelledApp.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
