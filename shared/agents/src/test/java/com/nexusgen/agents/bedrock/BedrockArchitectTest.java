package com.nexusgen.agents.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexusgen.agents.AgentResult;
import com.nexusgen.agents.Architect;
import com.nexusgen.agents.OfflineArchitect;
import com.nexusgen.agents.PrdSchema;
import com.nexusgen.ai.BedrockStub;
import com.nexusgen.ai.Completion;
import com.nexusgen.ai.ModelException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Bedrock Architect on the real Converse adapter, against the in-process stub. */
class BedrockArchitectTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROMPT = "A recipe sharing app where home cooks post recipes and rate each other's dishes";

    private ModelOnStub bedrock;
    private Architect architect;
    private JsonNode prd;

    @BeforeEach
    void start() throws Exception {
        bedrock = new ModelOnStub();
        architect = new BedrockArchitect(bedrock.model, 6000, 0.4);
        // A real-shaped, schema-valid PRD, as the model would submit it.
        prd = new OfflineArchitect().plan(PROMPT, "Cookbook");
    }

    @AfterEach
    void stop() {
        bedrock.close();
    }

    @Test
    void plan_shouldReturnTheSubmittedPrd_withItsUsageAndCost() throws Exception {
        // GIVEN the model submits a valid PRD through the tool, for 2,000 tokens in and 3,000 out
        bedrock.stub.reply(BedrockStub.tool("submit_prd", prd.toString(), 2000, 3000));
        // WHEN the Architect plans
        AgentResult<JsonNode> result = architect.plan(new Architect.PlanRequest(PROMPT, "Cookbook", "Family recipes", null, null));
        // THEN the PRD is the submitted one
        assertEquals(ModelOnStub.normalized(prd), ModelOnStub.normalized(result.value()));
        assertEquals(java.util.List.of(), PrdSchema.problems(result.value()));
        // AND the usage is the one call's, priced at Sonnet's rates: 2k × 0.003 + 3k × 0.015 = 0.051 USD
        assertEquals(1, result.usage().size());
        Completion.Usage usage = result.usage().getFirst();
        assertEquals(ModelOnStub.MODEL, usage.modelId());
        assertEquals(2000, usage.inputTokens());
        assertEquals(3000, usage.outputTokens());
        assertEquals(1, usage.calls());
        assertEquals(0, new BigDecimal("0.051").compareTo(usage.costUsd()), usage.costUsd().toString());
    }

    @Test
    void plan_shouldSendTheSystemPrompt_theProjectAndThePrdSchemaAsTheForcedTool() throws Exception {
        // GIVEN the model submits a valid PRD
        bedrock.stub.reply(BedrockStub.tool("submit_prd", prd.toString(), 100, 100));
        // WHEN the Architect plans a first version
        architect.plan(new Architect.PlanRequest(PROMPT, "Cookbook", "Family recipes from three generations", null, null));
        // THEN the request carries the system prompt, the agent's token cap and temperature
        JsonNode request = bedrock.request(0);
        assertEquals(PromptTemplate.load("architect.system.md").render(), request.path("system").get(0).path("text").asText());
        assertEquals(6000, request.path("inferenceConfig").path("maxTokens").asInt());
        assertEquals(0.4, request.path("inferenceConfig").path("temperature").asDouble(), 1e-6);
        // AND the tool submit_prd, forced, whose input schema is prd-v1.json
        JsonNode tool = request.path("toolConfig").path("tools").get(0).path("toolSpec");
        assertEquals("submit_prd", tool.path("name").asText());
        assertEquals(JSON.readTree(PrdSchema.json()), tool.path("inputSchema").path("json"));
        assertEquals("submit_prd", request.path("toolConfig").path("toolChoice").path("tool").path("name").asText());
        // AND the person's request and project fields, with no revision
        String user = ModelOnStub.userText(request);
        assertTrue(user.contains(PROMPT), user);
        assertTrue(user.contains("Name: Cookbook") && user.contains("Family recipes from three generations"), user);
        assertTrue(user.contains("(none: this is the first plan)"), user);
    }

    @Test
    void plan_shouldSendThePreviousPlanAndTheFeedback_whenReplanning() {
        // GIVEN a plan the person rejected, and the model's revision
        ObjectNode revised = prd.deepCopy();
        revised.put("vision", "Cookbook: recipes with comments");
        bedrock.stub.reply(BedrockStub.tool("submit_prd", revised.toString(), 100, 100));
        // WHEN the Architect re-plans with their feedback
        AgentResult<JsonNode> result = architect.plan(new Architect.PlanRequest(PROMPT, "Cookbook", null, prd,
                "Add comments on recipes and drop the ratings"));
        // THEN the request carried both, and the revision is returned
        String user = ModelOnStub.userText(bedrock.request(0));
        assertTrue(user.contains("<feedback>\nAdd comments on recipes and drop the ratings\n</feedback>"), user);
        assertTrue(user.contains(prd.path("vision").asText()) && user.contains("\"schemaVersion\" : \"prd/v1\""), user);
        assertEquals(ModelOnStub.normalized(revised), ModelOnStub.normalized(result.value()));
    }

    @Test
    void plan_shouldSendBrokenReferencesBack_andReturnTheRepairedPrd() {
        // GIVEN a schema-valid PRD whose journey visits a page that is not planned, then a repaired one
        ObjectNode broken = prd.deepCopy();
        ((ObjectNode) broken.path("journeys").get(0).path("steps").get(0)).put("page", "/welcome");
        bedrock.stub.reply(BedrockStub.tool("submit_prd", broken.toString(), 100, 200),
                BedrockStub.tool("submit_prd", prd.toString(), 150, 200));
        // WHEN the Architect plans
        AgentResult<JsonNode> result = architect.plan(new Architect.PlanRequest(PROMPT, null, null, null, null));
        // THEN the model was told what was wrong, and both calls are paid for
        assertTrue(ModelOnStub.repairFeedback(bedrock.request(1)).contains("/welcome, which is not the path of any page"));
        assertEquals(ModelOnStub.normalized(prd), ModelOnStub.normalized(result.value()));
        assertEquals(2, result.usage().getFirst().calls());
        assertEquals(250, result.usage().getFirst().inputTokens());
    }

    @Test
    void plan_shouldFailWithInvalidOutput_whenThePrdStaysInvalid() {
        // GIVEN a model that keeps leaving out the pages
        ObjectNode incomplete = prd.deepCopy();
        incomplete.remove("pages");
        bedrock.stub.reply(BedrockStub.tool("submit_prd", incomplete.toString(), 100, 100));
        // WHEN the Architect plans THEN it gives up after the adapter's bounded repairs
        ModelException.InvalidOutput e = assertThrows(ModelException.InvalidOutput.class,
                () -> architect.plan(new Architect.PlanRequest(PROMPT, null, null, null, null)));
        assertTrue(e.getMessage().contains("pages"), e.getMessage());
        assertEquals(ModelOnStub.MAX_REPAIRS + 1, bedrock.stub.calls().size());
    }
}
