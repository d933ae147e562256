package com.nexusgen.asl;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The interpreter's load-time checks agree with the reference validator (npm asl-validator) on a set
 * of valid and invalid definitions, and every file in statemachines/ passes both.
 */
class AslValidatorAgreementTest {

    @Test
    void loadTimeChecks_shouldAgreeWithAslValidator() throws Exception {
        Path fixtures = Path.of(getClass().getResource("/asl").toURI());
        List<String> disagreements = new ArrayList<>();
        int checked = 0;
        // the repository's own state machines must be valid too
        for (Path folder : List.of(fixtures.resolve("valid"), fixtures.resolve("invalid"), root().resolve("statemachines"))) {
            String verdict = folder.endsWith("invalid") ? "invalid" : "valid";
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    boolean reference = validatorAccepts(file);
                    boolean ours = interpreterAccepts(file);
                    checked++;
                    if (reference != verdict.equals("valid") || ours != reference) {
                        disagreements.add(file.getFileName() + ": asl-validator " + reference + ", interpreter " + ours
                                + ", expected " + verdict);
                    }
                }
            }
        }
        assertTrue(checked >= 9, "fixtures missing");
        assertEquals(List.of(), disagreements);
    }

    private static boolean interpreterAccepts(Path file) throws IOException {
        try {
            StateMachine.parse(Files.readString(file));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean validatorAccepts(Path file) throws Exception {
        Path validator = root().resolve("scripts/node_modules/.bin/asl-validator");
        assertTrue(Files.isExecutable(validator), "asl-validator is missing: run scripts/node-tools.sh (scripts/test.sh does)");
        Process process = new ProcessBuilder(validator.toString(), "--json-path", file.toString(), "--silent")
                .redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "asl-validator hung on " + file);
        return process.exitValue() == 0;
    }

    private static Path root() {
        Path dir = Path.of(System.getProperty("nexusgen.root", ".")).toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("template.yaml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root (template.yaml)");
        }
        return dir;
    }
}
