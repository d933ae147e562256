package com.nexusgen.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexusgen.faultcorpus.FaultCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code scripts/local.sh build DIR}: a real faulty app folder, built and healed in place, one line of JSON out. */
class BuildCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void build_shouldHealTheFolderInPlace_andPrintOneLineOfJson(@TempDir Path app, @TempDir Path memory) throws Exception {
        // GIVEN a generated app that uses useState without importing it
        FaultCorpus.materialize(FaultCorpus.byId("runtime-import-missing-named"), app);
        String before = Files.readString(app.resolve("package.json"));
        // WHEN the command runs on it
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int exit;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            exit = BuildCommand.run(new ArrayDeque<>(List.of(app.toString(), "--memory", memory.toString())));
        } finally {
            System.setOut(original);
        }
        // THEN it printed exactly one JSON line: healed in two builds by a rule, and the folder holds the fix
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(1, lines.size(), lines.toString());
        JsonNode report = JSON.readTree(lines.getFirst());
        assertEquals(0, exit, report.toString());
        assertTrue(report.path("healed").asBoolean(), report.toString());
        assertEquals(2, report.path("builds").asInt());
        assertEquals("succeeded", report.path("status").asText());
        JsonNode fix = report.path("fixes").get(0);
        assertEquals("runtime", fix.path("category").asText());
        assertEquals("rule", fix.path("source").asText());
        assertTrue(fix.path("signature").asText().contains("TS2304"), fix.toString());
        assertEquals(before, Files.readString(app.resolve("package.json")), "files no fix touched stay as they were");
        assertFalse(Files.exists(app.resolve("dist")), "the build ran in its own folder");
        try (var sources = Files.walk(app.resolve("src"))) {
            assertTrue(sources.filter(Files::isRegularFile).anyMatch(f -> {
                try {
                    String text = Files.readString(f);
                    return java.util.regex.Pattern.compile("import \\{[^}]*\\buseState\\b[^}]*} from 'react'").matcher(text).find();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }), "the missing import was written back");
        }
    }

    @Test
    void build_shouldRefuseAFolderWithoutAnApp(@TempDir Path empty) {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> BuildCommand.run(new ArrayDeque<>(List.of(empty.toString()))));
        assertTrue(e.getMessage().contains("package.json"), e.getMessage());
    }
}
