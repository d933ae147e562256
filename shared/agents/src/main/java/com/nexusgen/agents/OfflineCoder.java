package com.nexusgen.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.nexusgen.appgen.AppGenerator;
import com.nexusgen.domain.code.CodeTask;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.domain.code.FileOperations;
import com.nexusgen.domain.code.Finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Coder with no model: {@link AppGenerator} writes each task's files from the PRD. On a later
 * version, a generated file that already exists is expressed as a patch of the previous one (and
 * left out when it did not change), so a version's history shows what changed, not a rewrite.
 */
public final class OfflineCoder implements Coder {
    /** Where the generator writes the design tokens, and how it writes each one ({@code --name: value;}). */
    static final String TOKENS_FILE = "src/styles/tokens.css";
    private static final Pattern TOKEN = Pattern.compile("^\\s*--([a-z][a-z0-9-]*)\\s*:\\s*(.+?)\\s*;\\s*$", Pattern.MULTILINE);

    private final AppGenerator generator;

    public OfflineCoder() {
        this(new AppGenerator());
    }

    public OfflineCoder(AppGenerator generator) {
        this.generator = generator;
    }

    @Override
    public List<CodeTask> tasks(JsonNode prd) {
        return generator.tasks(prd);
    }

    @Override
    public AgentResult<List<FileOperation>> code(JsonNode prd, CodeTask task, Map<String, String> baseFiles,
                                                 Map<String, String> designTokens) {
        return AgentResult.offline(onBase(generator.generate(prd, task, designTokens), baseFiles));
    }

    /**
     * The generator never writes code with a critical finding, so a finding in a generated file means
     * the file was changed after generation (by a person, or a model-backed agent in an earlier round):
     * writing it again from the PRD removes the finding, as a patch back to the generated text. A file
     * the generator does not write cannot be fixed without a model; it gets no operation, and the
     * workflow's bounded review loop ends with the finding reported rather than looping.
     */
    @Override
    public AgentResult<List<FileOperation>> fix(JsonNode prd, Map<String, String> files, List<Finding> findings) {
        Set<String> affected = new TreeSet<>();
        for (Finding finding : findings) {
            if (files.containsKey(finding.file())) {
                affected.add(finding.file());
            }
        }
        if (affected.isEmpty()) {
            return AgentResult.offline(List.of());
        }
        // The tokens the app was generated with are in its tokens file; passing them back makes the
        // regenerated files match what the workflow's Coder step wrote, not a default palette.
        Map<String, String> designTokens = tokens(files.get(TOKENS_FILE));
        Map<String, String> regenerated = new TreeMap<>();
        for (CodeTask task : generator.tasks(prd)) {
            for (FileOperation op : generator.generate(prd, task, designTokens)) {
                if (op.kind() == FileOperation.Kind.CREATE && affected.contains(op.path())) {
                    regenerated.put(op.path(), op.content());
                }
            }
        }
        List<FileOperation> writes = new ArrayList<>();
        regenerated.forEach((path, content) -> writes.add(FileOperation.create(path, content)));
        return AgentResult.offline(onBase(writes, files));
    }

    /** CREATEs of files that exist in {@code baseFiles} become patches of them, or nothing when unchanged. */
    static List<FileOperation> onBase(List<FileOperation> generated, Map<String, String> baseFiles) {
        List<FileOperation> operations = new ArrayList<>();
        for (FileOperation op : generated) {
            String before = baseFiles.get(op.path());
            if (op.kind() == FileOperation.Kind.CREATE && before != null) {
                operations.addAll(FileOperations.diff(Map.of(op.path(), before), Map.of(op.path(), op.content())));
            } else {
                operations.add(op);
            }
        }
        return operations;
    }

    /** The custom properties of a tokens file, in file order; empty without one. */
    static Map<String, String> tokens(String css) {
        Map<String, String> tokens = new LinkedHashMap<>();
        if (css != null) {
            Matcher matcher = TOKEN.matcher(css);
            while (matcher.find()) {
                tokens.put(matcher.group(1), matcher.group(2));
            }
        }
        return tokens;
    }
}
