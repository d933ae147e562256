package com.nexusgen.appgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The PRD fixtures of src/test/resources/prds: three ordinary apps and one full of hostile names. */
final class Prds {
    static final List<String> ALL = List.of("recipe", "gym", "kanban", "nasty");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Prds() {
    }

    static JsonNode load(String name) {
        try (InputStream in = Prds.class.getResourceAsStream("/prds/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
