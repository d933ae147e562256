package com.nexusgen.agents.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import com.nexusgen.agents.AgentResult;
import com.nexusgen.agents.OfflineArchitect;
import com.nexusgen.ai.BedrockStub;
import com.nexusgen.ai.ModelException;
import com.nexusgen.appgen.AppGenerator;
import com.nexusgen.domain.code.CodeTask;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.domain.code.FileOperations;
import com.nexusgen.domain.code.Finding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Bedrock Coder on the real Converse adapter, against the in-process stub. */
class BedrockCoderTest {
    private static final Map<String, String> TOKENS = Map.of("color-primary", "#1d4ed8");

    private ModelOnStub bedrock;
    private BedrockCoder coder;
    private JsonNode prd;
    private CodeTask recipes;
    private Map<String, String> base;

    @BeforeEach
    void start() throws Exception {
        bedrock = new ModelOnStub();
        coder = new BedrockCoder(bedrock.model, 4000, 0.1);
        prd = new OfflineArchitect().plan("A recipe sharing app where home cooks post recipes and rate each other's dishes", "Cookbook");
        recipes = coder.tasks(prd).stream().filter(t -> t.id().equals("entity:recipe")).findFirst().orElseThrow();
        // The previous version of the app, as the workflow would pass it.
        base = FileOperations.apply(Map.of(), new AppGenerator().generateAll(prd, TOKENS));
    }

    @AfterEach
    void stop() {
        bedrock.close();
    }

    @Test
    void tasks_shouldBeTheOfflinePlannersTasks() {
        // WHEN the Bedrock Coder plans THEN the workflow's Map gets the same tasks as offline
        assertEquals(new AppGenerator().tasks(prd), coder.tasks(prd));
    }

    @Test
    void code_shouldReturnCreateAndPatchOperations_thatApplyToTheBaseFiles() {
        // GIVEN the model creates a new component and patches one line of the recipe list
        String list = base.get("src/pages/RecipeList.tsx");
        String line = uniqueLine(list);
        bedrock.stub.reply(BedrockStub.tool("write_files", ModelOnStub.json(Map.of("operations", List.of(
                Map.of("op", "create", "path", "src/pages/RecipeCard.tsx", "content", "export function RecipeCard() {\n  return null;\n}\n"),
                Map.of("op", "patch", "path", "src/pages/RecipeList.tsx",
                        "edits", List.of(Map.of("find", line, "replace", line + " // reviewed")))))), 3000, 1500));
        // WHEN the Coder writes the recipe task on the previous version
        AgentResult<List<FileOperation>> result = coder.code(prd, recipes, base, TOKENS);
        // THEN the operations are parsed as they were sent
        List<FileOperation> operations = result.value();
        assertEquals(List.of(FileOperation.Kind.CREATE, FileOperation.Kind.PATCH), operations.stream().map(FileOperation::kind).toList());
        // AND they apply to the base files
        Map<String, String> next = FileOperations.apply(base, operations);
        assertTrue(next.get("src/pages/RecipeCard.tsx").startsWith("export function RecipeCard()"));
        assertEquals(list.replace(line, line + " // reviewed"), next.get("src/pages/RecipeList.tsx"));
        // AND the usage is the call's
        assertEquals(3000, result.usage().getFirst().inputTokens());
        assertEquals(1, result.usage().getFirst().calls());
    }

    @Test
    void code_shouldTakeThePinnedToolchainFromThePlanner_andRefuseModelWritesToIt() {
        // GIVEN a new app, and a model that writes the scaffold's entry point
        CodeTask scaffold = coder.tasks(prd).getFirst();
        bedrock.stub.reply(BedrockStub.tool("write_files", ModelOnStub.json(Map.of("operations", List.of(
                Map.of("op", "create", "path", "src/main.tsx", "content", "export {};\n")))), 500, 50));
        // WHEN the Coder writes the scaffold
        List<FileOperation> operations = coder.code(prd, scaffold, Map.of(), TOKENS).value();
        // THEN the lock file, package.json and compiler settings are the planner's, verified to build
        Map<String, String> files = FileOperations.apply(Map.of(), operations);
        Map<String, String> planned = FileOperations.apply(Map.of(), new AppGenerator().generate(prd, scaffold, TOKENS));
        assertEquals(planned.get("package-lock.json"), files.get("package-lock.json"));
        assertEquals(planned.get("package.json"), files.get("package.json"));
        assertEquals("export {};\n", files.get("src/main.tsx"));
        // AND the prompt never asks the model for them
        String user = ModelOnStub.userText(bedrock.request(0));
        String asked = user.substring(user.indexOf("Files this task writes"), user.indexOf("Files other tasks write"));
        assertFalse(asked.contains("package-lock.json") || asked.contains("package.json"), asked);
        assertTrue(asked.contains("- src/main.tsx"), asked);

        // WHEN a model insists on rewriting package.json THEN its answer is refused (after the bounded re-asks)
        bedrock.stub.reply(BedrockStub.tool("write_files", ModelOnStub.json(Map.of("operations", List.of(
                Map.of("op", "create", "path", "package.json", "content", "{}\n")))), 500, 50));
        ModelException.InvalidOutput refused = assertThrows(ModelException.InvalidOutput.class,
                () -> coder.code(prd, scaffold, Map.of(), TOKENS));
        assertTrue(refused.getMessage().contains("package.json is written by the pinned toolchain"), refused.getMessage());
    }

    @Test
    void code_shouldPromptWithTheTaskItsBaseFilesThePrdAndTheTokens_butNotOtherTasksFiles() {
        // GIVEN a model with nothing to change
        bedrock.stub.reply(BedrockStub.tool("write_files", "{\"operations\":[]}", 100, 10));
        // WHEN the Coder writes the recipe task
        coder.code(prd, recipes, base, TOKENS);
        // THEN the prompt has the task, its files as they are, the PRD and the design tokens
        JsonNode request = bedrock.request(0);
        String user = ModelOnStub.userText(request);
        assertTrue(user.contains("<task id=\"entity:recipe\" kind=\"entity\">"), user);
        assertTrue(user.contains("<file path=\"src/pages/RecipeList.tsx\">\n" + base.get("src/pages/RecipeList.tsx")), user);
        assertTrue(user.contains("\"name\" : \"Cookbook\""), user);
        assertTrue(user.contains("--color-primary: #1d4ed8;"), user);
        // AND other tasks' files are named, not shown
        assertTrue(user.contains("- src/pages/LandingPage.tsx"), user);
        assertFalse(user.contains("<file path=\"src/pages/LandingPage.tsx\">"), user);
        assertEquals(PromptTemplate.load("coder.system.md").render(), request.path("system").get(0).path("text").asText());
        assertEquals("write_files", request.path("toolConfig").path("toolChoice").path("tool").path("name").asText());
        assertEquals(4000, request.path("inferenceConfig").path("maxTokens").asInt());
    }

    @Test
    void code_shouldNameTheFilesThatDoNotFit_whenTheBaseFilesExceedTheCap() {
        // GIVEN a Coder that may show 3,000 characters of files
        BedrockCoder capped = new BedrockCoder(bedrock.model, new AppGenerator(), 4000, 0.1, 3000);
        bedrock.stub.reply(BedrockStub.tool("write_files", "{\"operations\":[]}", 100, 10));
        // WHEN it writes a task whose files are larger
        capped.code(prd, recipes, base, TOKENS);
        // THEN the prompt stays within the cap and names what it left out
        String user = ModelOnStub.userText(bedrock.request(0));
        assertFalse(user.contains("<file path=\"src/pages/RecipeForm.tsx\">"), user);
        assertTrue(user.contains("- src/pages/RecipeForm.tsx"), user);
        assertTrue(user.length() < 3000 + ModelOnStub.normalized(prd).toPrettyString().length() + 4000, "prompt of " + user.length());
    }

    @Test
    void code_shouldSendTheProblemBackAndUseTheRepairedAnswer_whenAPathLeavesTheApp() {
        // GIVEN a model that first writes outside the app, then corrects itself
        bedrock.stub.reply(BedrockStub.tool("write_files", createOf("../etc/passwd"), 100, 50),
                BedrockStub.tool("write_files", createOf("src/pages/RecipeCard.tsx"), 200, 50));
        // WHEN the Coder writes the task
        AgentResult<List<FileOperation>> result = coder.code(prd, recipes, base, TOKENS);
        // THEN the model was told which operation was wrong and why, and the repaired answer is used
        String feedback = ModelOnStub.repairFeedback(bedrock.request(1));
        assertTrue(feedback.contains("operations[0] (create ../etc/passwd): not a safe file path: ../etc/passwd"), feedback);
        assertEquals("src/pages/RecipeCard.tsx", result.value().getFirst().path());
        assertEquals(2, result.usage().getFirst().calls());
    }

    @Test
    void code_shouldFailWithInvalidOutput_whenAPathStaysUnsafe() {
        // GIVEN a model that keeps writing outside the app
        bedrock.stub.reply(BedrockStub.tool("write_files", createOf("../etc/passwd"), 100, 50));
        // WHEN the Coder writes the task THEN it gives up after the bounded repairs, saying why
        ModelException.InvalidOutput e = assertThrows(ModelException.InvalidOutput.class,
                () -> coder.code(prd, recipes, base, TOKENS));
        assertTrue(e.getMessage().contains("not a safe file path: ../etc/passwd"), e.getMessage());
        assertEquals(ModelOnStub.MAX_REPAIRS + 1, bedrock.stub.calls().size());
    }

    @Test
    void code_shouldFailWithInvalidOutput_whenAPatchTargetsAMissingFile() {
        // GIVEN a model that keeps patching a file the app does not have
        bedrock.stub.reply(BedrockStub.tool("write_files", ModelOnStub.json(Map.of("operations", List.of(Map.of("op", "patch",
                "path", "src/pages/RecipeGallery.tsx", "edits", List.of(Map.of("find", "a", "replace", "b")))))), 100, 50));
        // WHEN the Coder writes the task THEN it fails, naming the operation and the file
        ModelException.InvalidOutput e = assertThrows(ModelException.InvalidOutput.class,
                () -> coder.code(prd, recipes, base, TOKENS));
        assertTrue(e.getMessage().contains("operations[0] (patch src/pages/RecipeGallery.tsx): src/pages/RecipeGallery.tsx"
                + " is not a file of the app; create it instead"), e.getMessage());
        assertEquals(ModelOnStub.MAX_REPAIRS + 1, bedrock.stub.calls().size());
    }

    @Test
    void code_shouldRefuseOperations_whenTheyWriteAnotherTasksFileOrPatchTextThatIsNotThere() {
        // GIVEN a model that rewrites the landing page (the task page:/ owns it) and patches text the file lacks
        bedrock.stub.reply(BedrockStub.tool("write_files", ModelOnStub.json(Map.of("operations", List.of(
                Map.of("op", "create", "path", "src/pages/LandingPage.tsx", "content", "x"),
                Map.of("op", "patch", "path", "src/pages/RecipeList.tsx",
                        "edits", List.of(Map.of("find", "no such text", "replace", "y")))))), 100, 50));
        // WHEN the Coder writes the recipe task THEN both are reported
        ModelException.InvalidOutput e = assertThrows(ModelException.InvalidOutput.class,
                () -> coder.code(prd, recipes, base, TOKENS));
        assertTrue(e.getMessage().contains("src/pages/LandingPage.tsx is written by the task page:/"), e.getMessage());
        assertTrue(e.getMessage().contains("operations[1] (patch src/pages/RecipeList.tsx): PATCH src/pages/RecipeList.tsx:"
                + " text to replace not found: no such text"), e.getMessage());
    }

    @Test
    void fix_shouldPromptWithTheFindingsAndTheAffectedFiles_andReturnPatchesThatApply() {
        // GIVEN an app whose App.tsx has a critical finding, and a model that patches it away
        Map<String, String> files = new java.util.TreeMap<>(base);
        String app = files.get("src/App.tsx");
        String line = uniqueLine(app);
        files.put("src/App.tsx", app.replace(line, line + "\nconst total = eval('1 + 1');"));
        Finding finding = new Finding("no-eval", Finding.Severity.CRITICAL, Finding.Category.SECURITY, "src/App.tsx", 3,
                "eval() executes a string as code", "Do not evaluate strings");
        bedrock.stub.reply(BedrockStub.tool("write_files", ModelOnStub.json(Map.of("operations", List.of(Map.of("op", "patch",
                "path", "src/App.tsx", "edits", List.of(Map.of("find", "\nconst total = eval('1 + 1');", "replace", "")))))), 500, 80));
        // WHEN the Coder fixes the finding
        AgentResult<List<FileOperation>> result = coder.fix(prd, files, List.of(finding));
        // THEN the prompt carried the finding and the file as it is now, and not the unaffected files
        String user = ModelOnStub.userText(bedrock.request(0));
        assertTrue(user.contains("- [critical security] no-eval in src/App.tsx:3: eval() executes a string as code"
                + " (fix: Do not evaluate strings)"), user);
        assertTrue(user.contains("<file path=\"src/App.tsx\">\n" + files.get("src/App.tsx")), user);
        assertFalse(user.contains("<file path=\"src/pages/RecipeList.tsx\">"), user);
        // AND the patch restores the file
        assertEquals(app, FileOperations.apply(files, result.value()).get("src/App.tsx"));
    }

    @Test
    void fix_shouldNotCallTheModel_whenThereIsNothingToFix() {
        AgentResult<List<FileOperation>> result = coder.fix(prd, base, List.of());
        assertEquals(List.of(), result.value());
        assertEquals(List.of(), result.usage());
        assertEquals(0, bedrock.stub.calls().size());
    }

    private static String createOf(String path) {
        return ModelOnStub.json(Map.of("operations", List.of(Map.of("op", "create", "path", path, "content", "export {};\n"))));
    }

    /** A non-blank line that occurs once in {@code text}, so a patch can find it. */
    private static String uniqueLine(String text) {
        return text.lines().filter(l -> !l.isBlank() && text.indexOf(l) == text.lastIndexOf(l)).findFirst().orElseThrow();
    }
}
