package com.nexusgen.agents.bedrock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexusgen.ai.Completion;
import com.nexusgen.ai.LanguageModel;
import com.nexusgen.ai.ModelException;
import com.nexusgen.ai.Prompt;
import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.Fix;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.healing.FixContext;
import com.nexusgen.healing.Fixer;
import com.nexusgen.healing.Proposal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The Fixer agent: a language model reads the classified errors and the files they point at and answers with
 * patches through {@code write_files}, checked (they must apply) inside the model's bounded repair loop.
 * <p>
 * Its fixes can be remembered only as transformations: a patch confined to the failing file whose edits, once the
 * error's own facts (the identifier, the property, the module) are abstracted to placeholders, are short code
 * shapes without text of their own. Such a fix replays on another project's same error without calling the model;
 * any other fix still heals this build but is not offered to anyone else, because it would carry this tenant's code.
 */
public final class BedrockFixer implements Fixer {
    public static final String ID = "fixer-agent";
    static final int MAX_TEMPLATE_CHARS = 240;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Map<String, String>>> EDITS = new TypeReference<>() {
    };
    private static final List<String> FACTS = List.of("identifier", "property", "module", "suggestion", "envVar", "type",
            "expected");
    /** A string literal of more than a few characters: text of the app's own, which must not travel. */
    private static final Pattern TEXT_LITERAL = Pattern.compile("(['\"`])[^'\"`{}]{4,}\\1");
    private static final PromptTemplate SYSTEM = PromptTemplate.load("fixer.system.md");
    private static final PromptTemplate USER = PromptTemplate.load("fixer.user.md");

    private final LanguageModel model;
    private final int maxTokens;
    private final int maxFileChars;
    private final Consumer<Completion.Usage> usage;

    /** @param usage receives every call's tokens and cost, for the usage ledger */
    public BedrockFixer(LanguageModel model, int maxTokens, int maxFileChars, Consumer<Completion.Usage> usage) {
        this.model = model;
        this.maxTokens = maxTokens;
        this.maxFileChars = maxFileChars;
        this.usage = usage;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<Proposal> propose(BuildError error, FixContext context) {
        Set<String> pointedAt = new TreeSet<>();
        StringBuilder errors = new StringBuilder();
        for (BuildError each : context.errors().subList(0, Math.min(10, context.errors().size()))) {
            if (each.file() != null && context.files().containsKey(each.file())) {
                pointedAt.add(each.file());
            }
            errors.append("- [").append(each.kind().wireName()).append("] ").append(each.tool()).append(' ')
                    .append(each.file() == null ? "" : each.file() + (each.line() > 0 ? ":" + each.line() + ":" + each.column() : "") + " ")
                    .append(each.code() == null ? "" : each.code() + " ").append(each.message()).append('\n');
        }
        if (pointedAt.isEmpty() && context.files().containsKey("package.json")) {
            pointedAt.add("package.json");
        }
        PromptFiles shown = PromptFiles.of(context.files(), pointedAt, maxFileChars);
        Set<String> others = new TreeSet<>(context.files().keySet());
        others.removeAll(pointedAt);
        String user = USER.render(Map.of(
                "errors", errors.toString().stripTrailing(),
                "tried", "(nothing yet)",
                "files", shown.textOr("(no file of the app is named by the errors)"),
                "omittedFiles", shown.omittedList(),
                "otherFiles", PromptFiles.list(others)));
        WriteFilesTool tool = new WriteFilesTool(context.files(), Map.of("package-lock.json", "the build (it regenerates the lock)"));
        Completion completion;
        try {
            completion = model.complete(new Prompt(SYSTEM.render(), List.of(new Prompt.Message(Prompt.Role.USER, user)),
                    tool.tool(), maxTokens, 0.1));
        } catch (ModelException.InvalidOutput | ModelException.Truncated unusable) {
            return Optional.empty(); // no usable patch: the loop escalates rather than guessing
        }
        usage.accept(completion.usage());
        if (completion.output() == null) {
            return Optional.empty();
        }
        List<FileOperation> operations = tool.operations(completion.output());
        if (operations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Proposal(new Fix(ID, template(error, operations)), operations,
                "the Fixer agent changed " + operations.stream().map(FileOperation::path).distinct().toList()));
    }

    /** Replays a remembered fix from its template, without the model; nothing when it has none or it doesn't fit. */
    @Override
    public Optional<Proposal> replay(Fix fix, BuildError error, FixContext context) {
        String edits = fix.parameter("edits");
        Optional<String> text = context.file(error.file());
        if (edits == null || text.isEmpty()) {
            return Optional.empty();
        }
        List<Map<String, String>> template;
        try {
            template = JSON.readValue(edits, EDITS);
        } catch (JsonProcessingException unreadable) {
            return Optional.empty();
        }
        List<FileOperation.Edit> concrete = new ArrayList<>();
        for (Map<String, String> edit : template) {
            String find = fill(edit.get("find"), error);
            String replace = fill(edit.get("replace"), error);
            if (find == null || replace == null || occurrences(text.get(), find) != 1) {
                return Optional.empty();
            }
            concrete.add(new FileOperation.Edit(find, replace));
        }
        return Optional.of(new Proposal(fix, List.of(FileOperation.patch(error.file(), concrete)),
                "replayed a remembered Fixer-agent patch on " + error.file()));
    }

    /**
     * The transformation in a patch, or no parameters when it can't be told apart from the tenant's code: only
     * patches of the failing file, each edit short and free of text literals once the error's facts are replaced
     * by {@code {{fact}}} placeholders.
     */
    static Map<String, String> template(BuildError error, List<FileOperation> operations) {
        if (operations.size() != 1 || operations.getFirst().kind() != FileOperation.Kind.PATCH
                || !operations.getFirst().path().equals(error.file())) {
            return Map.of();
        }
        List<Map<String, String>> edits = new ArrayList<>();
        for (FileOperation.Edit edit : operations.getFirst().edits()) {
            String find = abstracted(edit.find(), error);
            String replace = abstracted(edit.replace(), error);
            if (find.length() > MAX_TEMPLATE_CHARS || replace.length() > MAX_TEMPLATE_CHARS
                    || TEXT_LITERAL.matcher(find).find() || TEXT_LITERAL.matcher(replace).find()) {
                return Map.of();
            }
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("find", find);
            entry.put("replace", replace);
            edits.add(entry);
        }
        try {
            return Map.of("edits", JSON.writeValueAsString(edits));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of string maps always serializes", e);
        }
    }

    private static String abstracted(String code, BuildError error) {
        String result = code;
        for (String fact : FACTS) {
            String value = error.fact(fact);
            if (value != null && value.length() >= 2) {
                result = result.replace(value, "{{" + fact + "}}");
            }
        }
        return result;
    }

    private static String fill(String template, BuildError error) {
        if (template == null) {
            return null;
        }
        String result = template;
        for (String fact : FACTS) {
            String placeholder = "{{" + fact + "}}";
            if (result.contains(placeholder)) {
                String value = error.fact(fact);
                if (value == null) {
                    return null;
                }
                result = result.replace(placeholder, value);
            }
        }
        return result;
    }

    private static int occurrences(String text, String find) {
        if (find.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (int at = text.indexOf(find); at >= 0; at = text.indexOf(find, at + 1)) {
            count++;
        }
        return count;
    }
}
