package com.nexusgen.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexusgen.appgen.AppGenerator;
import com.nexusgen.domain.code.CodeTask;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.domain.code.FileOperations;
import com.nexusgen.domain.code.Finding;
import com.nexusgen.review.StaticReview;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The offline Coder: the generator's files, as patches on a previous version. */
class OfflineCoderTest {
    private static final Map<String, String> TOKENS = Map.of("color-primary", "#7c2d12");

    private final OfflineCoder coder = new OfflineCoder();
    private final AppGenerator generator = new AppGenerator();
    private final JsonNode prd = new OfflineArchitect().plan(
            "A recipe sharing app where home cooks post recipes and rate each other's dishes", "Cookbook");

    @Test
    void code_shouldCreateTheGeneratorsFiles_whenThereIsNoPreviousVersion() {
        for (CodeTask task : coder.tasks(prd)) {
            // WHEN each task is written for a new app THEN it is the generator's output, all CREATE
            List<FileOperation> operations = coder.code(prd, task, Map.of(), TOKENS).value();
            assertEquals(generator.generate(prd, task, TOKENS), operations);
        }
        assertEquals(generator.tasks(prd), coder.tasks(prd));
    }

    @Test
    void code_shouldPatchChangedFilesAndSkipUnchangedOnes_whenThereIsAPreviousVersion() {
        // GIVEN the first version of the app, and a PRD whose app was renamed
        Map<String, String> base = version(prd);
        ObjectNode renamed = prd.deepCopy();
        renamed.put("name", "Family Cookbook");
        // WHEN the scaffold is written again on the previous version
        CodeTask scaffold = coder.tasks(renamed).getFirst();
        List<FileOperation> operations = coder.code(renamed, scaffold, base, TOKENS).value();
        // THEN the files the rename touched are patches, and the rest are left alone
        assertFalse(operations.isEmpty());
        assertTrue(operations.stream().allMatch(op -> op.kind() == FileOperation.Kind.PATCH), operations.toString());
        assertTrue(operations.stream().anyMatch(op -> op.path().equals("README.md")), operations.toString());
        assertFalse(operations.stream().anyMatch(op -> op.path().equals("package-lock.json")), operations.toString());
        // AND applying them gives exactly what the generator writes for the new PRD
        Map<String, String> next = FileOperations.apply(base, operations);
        for (FileOperation generated : generator.generate(renamed, scaffold, TOKENS)) {
            assertEquals(generated.content(), next.get(generated.path()), generated.path());
        }
    }

    @Test
    void code_shouldWriteNothing_whenThePreviousVersionIsAlreadyThatCode() {
        Map<String, String> base = version(prd);
        for (CodeTask task : coder.tasks(prd)) {
            assertEquals(List.of(), coder.code(prd, task, base, TOKENS).value(), task.id());
        }
    }

    @Test
    void fix_shouldPatchAChangedGeneratedFileBackToItsGeneratedText_keepingTheDesignTokens() {
        // GIVEN an app whose App.tsx and index.html were edited after generation
        Map<String, String> generated = version(prd);
        Map<String, String> files = new TreeMap<>(generated);
        files.put("src/App.tsx", generated.get("src/App.tsx") + "\nexport const total = eval('1 + 1');\n");
        files.put("index.html", generated.get("index.html").replace("<html lang=\"en\">", "<html>"));
        List<Finding> findings = new ArrayList<>(new StaticReview().review(files));
        assertTrue(findings.stream().anyMatch(f -> f.file().equals("src/App.tsx") && f.critical()), findings.toString());
        findings.add(new Finding("html-lang", Finding.Severity.MEDIUM, Finding.Category.ACCESSIBILITY, "index.html", 2,
                "the page has no language", null));
        // WHEN the offline Coder fixes the findings
        List<FileOperation> operations = coder.fix(prd, files, findings).value();
        // THEN both files are patched back to what the generator writes, with the app's own tokens
        assertTrue(operations.stream().allMatch(op -> op.kind() == FileOperation.Kind.PATCH), operations.toString());
        Map<String, String> fixed = FileOperations.apply(files, operations);
        assertEquals(generated.get("src/App.tsx"), fixed.get("src/App.tsx"));
        assertEquals(generated.get("index.html"), fixed.get("index.html"));
        assertTrue(fixed.get("index.html").contains("#7c2d12"), fixed.get("index.html"));
        assertFalse(new StaticReview().review(fixed).stream().anyMatch(Finding::critical));
    }

    @Test
    void fix_shouldReturnNoOperations_whenTheFileIsNotOneTheGeneratorWrites() {
        // GIVEN a finding in a file a model added
        Map<String, String> files = new TreeMap<>(version(prd));
        files.put("src/pages/Extra.tsx", "export const total = eval('1 + 1');\n");
        List<Finding> findings = new StaticReview().review(files);
        // WHEN the offline Coder fixes it THEN it cannot: no operations, nothing made up
        assertEquals(List.of(), coder.fix(prd, files, findings).value());
    }

    private Map<String, String> version(JsonNode plan) {
        return FileOperations.apply(Map.of(), generator.generateAll(plan, TOKENS));
    }
}
