package com.nexusgen.agents.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import com.nexusgen.agents.AgentResult;
import com.nexusgen.agents.Reviewer;
import com.nexusgen.ai.Completion;
import com.nexusgen.ai.LanguageModel;
import com.nexusgen.ai.ModelException;
import com.nexusgen.ai.Prompt;
import com.nexusgen.domain.code.Finding;
import com.nexusgen.review.Rule;
import com.nexusgen.review.StaticReview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Reviewer on a language model. The static checks always run first, so what they catch never
 * depends on a model's attention; the model is then shown their findings and asked, through the forced
 * tool {@code submit_findings}, for what they missed. Model findings on files that are not in the app
 * are dropped (a model can name a file it imagined), and a finding already reported for the same rule,
 * file and line is kept once, the static one first.
 */
public final class BedrockReviewer implements Reviewer {
    public static final String TOOL = "submit_findings";
    public static final int DEFAULT_MAX_TOKENS = 4096;
    /** Reviews should not vary from run to run more than the model itself makes them. */
    public static final double DEFAULT_TEMPERATURE = 0.0;
    /** About 20k tokens of code per review. */
    public static final int DEFAULT_MAX_FILE_CHARS = 80_000;
    private static final PromptTemplate SYSTEM = PromptTemplate.load("reviewer.system.md");
    private static final PromptTemplate USER = PromptTemplate.load("reviewer.user.md");
    private static final String SCHEMA = BundledText.read("/schemas/findings-v1.json");

    private final LanguageModel model;
    private final StaticReview staticReview;
    private final int maxTokens;
    private final double temperature;
    private final int maxFileChars;

    public BedrockReviewer(LanguageModel model) {
        this(model, DEFAULT_MAX_TOKENS, DEFAULT_TEMPERATURE);
    }

    public BedrockReviewer(LanguageModel model, int maxTokens, double temperature) {
        this(model, new StaticReview(), maxTokens, temperature, DEFAULT_MAX_FILE_CHARS);
    }

    /** @param maxFileChars how much file text one review may carry; the rest are only named */
    public BedrockReviewer(LanguageModel model, StaticReview staticReview, int maxTokens, double temperature,
                           int maxFileChars) {
        this.model = model;
        this.staticReview = staticReview;
        this.maxTokens = maxTokens;
        this.temperature = temperature;
        this.maxFileChars = maxFileChars;
    }

    @Override
    public AgentResult<List<Finding>> review(Map<String, String> files) {
        return review(files, staticReview);
    }

    @Override
    public AgentResult<List<Finding>> review(Map<String, String> files, Map<String, String> designTokens) {
        return review(files, designTokens == null || designTokens.isEmpty() ? staticReview
                : staticReview.withDesignSystem(designTokens));
    }

    private AgentResult<List<Finding>> review(Map<String, String> files, StaticReview staticReview) {
        List<Finding> found = staticReview.review(files);
        if (files.isEmpty()) {
            return new AgentResult<>(found, List.of());
        }
        List<String> reviewable = new TreeMap<>(files).keySet().stream().filter(BedrockReviewer::reviewable).toList();
        PromptFiles shown = PromptFiles.of(files, reviewable, maxFileChars);
        StringBuilder rules = new StringBuilder();
        for (Rule rule : staticReview.rules()) {
            rules.append("- ").append(rule.id()).append(": ").append(rule.description()).append('\n');
        }
        StringBuilder staticFindings = new StringBuilder();
        found.forEach(finding -> staticFindings.append(BedrockCoder.describe(finding)).append('\n'));
        String user = USER.render(Map.of(
                "staticRules", rules.isEmpty() ? "(none)" : rules.toString().stripTrailing(),
                "staticFindings", staticFindings.isEmpty() ? "(none)" : staticFindings.toString().stripTrailing(),
                "files", shown.textOr("(none)"),
                "omittedFiles", shown.omittedList()));
        Prompt prompt = new Prompt(SYSTEM.render(), List.of(new Prompt.Message(Prompt.Role.USER, user)),
                new Prompt.OutputTool(TOOL, "Submit the review's findings (an empty list when there are none).", SCHEMA),
                maxTokens, temperature);
        Completion completion = model.complete(prompt);
        if (completion.output() == null) {
            throw new ModelException.InvalidOutput("the model answered in text instead of calling " + TOOL);
        }
        return new AgentResult<>(merge(found, modelFindings(completion.output(), files)), List.of(completion.usage()));
    }

    /** Lock files are generated, not written: nothing in them is the Coder's to fix. */
    private static boolean reviewable(String path) {
        return !path.endsWith("package-lock.json") && !path.endsWith(".lock");
    }

    /** The model's findings on files of the app; a line past the file's end becomes 0 (the whole file). */
    static List<Finding> modelFindings(JsonNode output, Map<String, String> files) {
        List<Finding> findings = new ArrayList<>();
        for (JsonNode node : output.path("findings")) {
            String file = node.path("file").asText();
            String text = files.get(file);
            if (text == null) {
                continue;
            }
            int line = node.path("line").asInt(0);
            if (line > text.split("\n", -1).length) {
                line = 0;
            }
            findings.add(new Finding(node.path("ruleId").asText(),
                    Finding.Severity.valueOf(node.path("severity").asText().toUpperCase(Locale.ROOT)),
                    Finding.Category.valueOf(node.path("category").asText().toUpperCase(Locale.ROOT)),
                    file, line, node.path("message").asText(),
                    node.hasNonNull("suggestedFix") ? node.path("suggestedFix").asText() : null));
        }
        return findings;
    }

    /** Static then model findings, one per rule, file and line, in StaticReview's order. */
    static List<Finding> merge(List<Finding> staticFindings, List<Finding> modelFindings) {
        Map<String, Finding> unique = new LinkedHashMap<>();
        for (List<Finding> findings : List.of(staticFindings, modelFindings)) {
            for (Finding finding : findings) {
                unique.putIfAbsent(finding.ruleId() + "\u0000" + finding.file() + "\u0000" + finding.line(), finding);
            }
        }
        List<Finding> merged = new ArrayList<>(unique.values());
        merged.sort(StaticReview.ORDER);
        return List.copyOf(merged);
    }
}
