package com.nexusgen.agents.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import com.nexusgen.agents.AgentResult;
import com.nexusgen.agents.Coder;
import com.nexusgen.ai.Completion;
import com.nexusgen.ai.LanguageModel;
import com.nexusgen.ai.ModelException;
import com.nexusgen.ai.Prompt;
import com.nexusgen.appgen.AppGenerator;
import com.nexusgen.domain.code.CodeTask;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.domain.code.FileOperations;
import com.nexusgen.domain.code.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Coder on a language model. The plan's tasks, and which files each writes, come from the same
 * deterministic planner as offline ({@link AppGenerator}), so the workflow's Map is the same whichever
 * Coder runs and two parallel tasks never write one file. Each task is one forced call of
 * {@code write_files}; the operations are checked (safe paths, patches that apply to the previous
 * version, no other task's files) inside the model's bounded repair loop.
 */
public final class BedrockCoder implements Coder {
    public static final int DEFAULT_MAX_TOKENS = 8192;
    /** How a pinned file's owner is named when the model tries to write it. */
    static final String PINNED_OWNER = "the pinned toolchain (package.json, the lock file, compiler and bundler settings)";
    public static final double DEFAULT_TEMPERATURE = 0.2;
    /** About 15k tokens of existing files per call: enough for a task's files, bounded for a big app. */
    public static final int DEFAULT_MAX_FILE_CHARS = 60_000;
    private static final PromptTemplate SYSTEM = PromptTemplate.load("coder.system.md");
    private static final PromptTemplate USER = PromptTemplate.load("coder.user.md");
    private static final PromptTemplate FIX = PromptTemplate.load("coder.fix.user.md");

    private final LanguageModel model;
    private final AppGenerator planner;
    private final int maxTokens;
    private final double temperature;
    private final int maxFileChars;

    public BedrockCoder(LanguageModel model) {
        this(model, DEFAULT_MAX_TOKENS, DEFAULT_TEMPERATURE);
    }

    public BedrockCoder(LanguageModel model, int maxTokens, double temperature) {
        this(model, new AppGenerator(), maxTokens, temperature, DEFAULT_MAX_FILE_CHARS);
    }

    /** @param maxFileChars how much existing file text one prompt may carry; larger files are only named */
    public BedrockCoder(LanguageModel model, AppGenerator planner, int maxTokens, double temperature, int maxFileChars) {
        this.model = model;
        this.planner = planner;
        this.maxTokens = maxTokens;
        this.temperature = temperature;
        this.maxFileChars = maxFileChars;
    }

    @Override
    public List<CodeTask> tasks(JsonNode prd) {
        return planner.tasks(prd);
    }

    @Override
    public AgentResult<List<FileOperation>> code(JsonNode prd, CodeTask task, Map<String, String> baseFiles,
                                                 Map<String, String> designTokens) {
        Set<String> taskFiles = new TreeSet<>();
        Map<String, String> pinnedFiles = new TreeMap<>();
        for (FileOperation op : planner.generate(prd, task, designTokens)) {
            if (pinned(op.path())) {
                pinnedFiles.put(op.path(), op.content());
            } else {
                taskFiles.add(op.path());
            }
        }
        Map<String, String> ownerByPath = new TreeMap<>();
        pinnedFiles.keySet().forEach(path -> ownerByPath.put(path, PINNED_OWNER));
        for (CodeTask other : planner.tasks(prd)) {
            if (!other.id().equals(task.id())) {
                for (FileOperation op : planner.generate(prd, other, designTokens)) {
                    if (!taskFiles.contains(op.path())) {
                        ownerByPath.putIfAbsent(op.path(), "the task " + other.id());
                    }
                }
            }
        }
        // Only this task's files of the previous version: they are what the model may patch.
        PromptFiles base = PromptFiles.of(baseFiles, taskFiles, maxFileChars);
        String user = USER.render(Map.of(
                "taskId", task.id(),
                "taskKind", task.kind(),
                "taskTitle", task.title(),
                "taskFiles", PromptFiles.list(taskFiles),
                "otherTaskFiles", PromptFiles.list(ownerByPath.keySet()),
                "prd", prd.toPrettyString(),
                "designTokens", tokens(designTokens),
                "baseFiles", base.textOr("(none: this is a new app)"),
                "omittedFiles", base.omittedList()));
        AgentResult<List<FileOperation>> written = write(user, new WriteFilesTool(baseFiles, ownerByPath));
        // The pinned files come from the planner, as changes to the previous version like any other.
        Map<String, String> pinnedBase = new TreeMap<>();
        pinnedFiles.keySet().stream().filter(baseFiles::containsKey).forEach(path -> pinnedBase.put(path, baseFiles.get(path)));
        List<FileOperation> operations = new ArrayList<>(FileOperations.diff(pinnedBase, pinnedFiles));
        operations.addAll(written.value());
        return new AgentResult<>(operations, written.usage());
    }

    /**
     * The toolchain: dependencies and their lock file, compiler and bundler settings, static assets.
     * They are pinned and verified to install and build, so the planner writes them, never a model
     * (a model cannot write a real lock file, and would spend thousands of tokens trying).
     */
    static boolean pinned(String path) {
        return path.equals("package.json") || path.equals("package-lock.json") || path.equals("vite.config.ts")
                || (path.startsWith("tsconfig") && path.endsWith(".json")) || path.startsWith("public/")
                || path.equals(".gitignore");
    }

    @Override
    public AgentResult<List<FileOperation>> fix(JsonNode prd, Map<String, String> files, List<Finding> findings) {
        if (findings.isEmpty()) {
            return new AgentResult<>(List.of(), List.of());
        }
        Set<String> affected = new TreeSet<>();
        StringBuilder described = new StringBuilder();
        for (Finding finding : findings) {
            if (files.containsKey(finding.file())) {
                affected.add(finding.file());
            }
            described.append(describe(finding)).append('\n');
        }
        PromptFiles shown = PromptFiles.of(files, affected, maxFileChars);
        String user = FIX.render(Map.of(
                "appName", prd.path("name").asText("the app"),
                "findings", described.toString().stripTrailing(),
                "files", shown.textOr("(none of the findings' files exists)"),
                "omittedFiles", shown.omittedList()));
        // A fix may touch any file of the app but the pinned toolchain: task ownership is over once the code is merged.
        Map<String, String> toolchain = new TreeMap<>();
        files.keySet().stream().filter(BedrockCoder::pinned).forEach(path -> toolchain.put(path, PINNED_OWNER));
        return write(user, new WriteFilesTool(files, toolchain));
    }

    private AgentResult<List<FileOperation>> write(String user, WriteFilesTool tool) {
        Prompt prompt = new Prompt(SYSTEM.render(), List.of(new Prompt.Message(Prompt.Role.USER, user)), tool.tool(),
                maxTokens, temperature);
        Completion completion = model.complete(prompt);
        if (completion.output() == null) {
            throw new ModelException.InvalidOutput("the model answered in text instead of calling " + WriteFilesTool.NAME);
        }
        return new AgentResult<>(tool.operations(completion.output()), List.of(completion.usage()));
    }

    /** "- [critical security] no-eval in src/App.tsx:12: message (fix: ...)" */
    static String describe(Finding finding) {
        return "- [" + finding.severity().name().toLowerCase(Locale.ROOT) + " " + finding.category().name().toLowerCase(Locale.ROOT)
                + "] " + finding.ruleId() + " in " + finding.file() + (finding.line() > 0 ? ":" + finding.line() : "")
                + ": " + finding.message()
                + (finding.suggestedFix() == null || finding.suggestedFix().isBlank() ? "" : " (fix: " + finding.suggestedFix() + ")");
    }

    private static String tokens(Map<String, String> designTokens) {
        if (designTokens == null || designTokens.isEmpty()) {
            return "(none: use the tokens of src/styles/tokens.css)";
        }
        StringBuilder out = new StringBuilder();
        new TreeMap<>(designTokens).forEach((name, value) -> out.append("--").append(name.replaceFirst("^--", ""))
                .append(": ").append(value).append(";\n"));
        return out.toString().stripTrailing();
    }
}
