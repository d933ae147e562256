package com.nexusgen.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Bedrock adapter against an in-process stub of the Converse wire format. */
class BedrockLanguageModelTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MODEL = "anthropic.claude-3-5-sonnet-20240620-v1:0";
    private static final Prompt.OutputTool PAGES = new Prompt.OutputTool("record_pages", "Record the app's pages", """
            {"type":"object","required":["pages"],"properties":{"pages":{"type":"array","minItems":1,
             "items":{"type":"object","required":["path","purpose"],"properties":{"path":{"type":"string","pattern":"^/"},
             "purpose":{"type":"string"}}}}}}""");

    private BedrockStub stub;
    private BedrockRuntimeClient client;
    private LanguageModel model;

    @BeforeEach
    void start() throws Exception {
        stub = new BedrockStub();
        client = BedrockClients.create("us-east-1", stub.endpoint(), 2, Duration.ofSeconds(5), Duration.ofSeconds(20));
        model = new BedrockLanguageModel(client, MODEL, PriceTable.bedrockDefaults(), 2);
    }

    @AfterEach
    void stop() {
        client.close();
        stub.close();
    }

    private static Prompt prompt(Prompt.OutputTool output) {
        return new Prompt("You plan web apps.", List.of(new Prompt.Message(Prompt.Role.USER, "A recipe sharing app")),
                output, 1024, 0.2);
    }

    @Test
    void complete_shouldReturnTextUsageAndCost() throws Exception {
        stub.reply(BedrockStub.text("Here is a plan.", 1000, 2000, "end_turn"));
        Completion completion = model.complete(prompt(null));
        assertEquals("Here is a plan.", completion.text());
        assertEquals(1000, completion.usage().inputTokens());
        assertEquals(2000, completion.usage().outputTokens());
        assertEquals(0, new BigDecimal("0.033").compareTo(completion.usage().costUsd())); // 1k × 0.003 + 2k × 0.015
        JsonNode request = JSON.readTree(stub.calls().getFirst().body());
        assertEquals(MODEL, stub.calls().getFirst().modelId());
        assertEquals("You plan web apps.", request.path("system").get(0).path("text").asText());
        assertEquals(1024, request.path("inferenceConfig").path("maxTokens").asInt());
    }

    @Test
    void complete_shouldForceTheOutputTool_andReturnItsSchemaValidInput() throws Exception {
        stub.reply(BedrockStub.tool("record_pages", "{\"pages\":[{\"path\":\"/\",\"purpose\":\"landing\"}]}", 50, 30));
        Completion completion = model.complete(prompt(PAGES));
        assertEquals("/", completion.output().path("pages").get(0).path("path").asText());
        JsonNode request = JSON.readTree(stub.calls().getFirst().body());
        assertEquals("record_pages", request.path("toolConfig").path("toolChoice").path("tool").path("name").asText());
        assertEquals("array", request.path("toolConfig").path("tools").get(0).path("toolSpec").path("inputSchema")
                .path("json").path("properties").path("pages").path("type").asText());
    }

    @Test
    void complete_shouldAskAgainWithTheValidationErrors_whenTheToolInputIsMalformed() throws Exception {
        stub.reply(BedrockStub.tool("record_pages", "{\"pages\":[{\"path\":\"home\"}]}", 50, 30),
                BedrockStub.tool("record_pages", "{\"pages\":[{\"path\":\"/\",\"purpose\":\"landing\"}]}", 80, 30));
        Completion completion = model.complete(prompt(PAGES));
        assertEquals("/", completion.output().path("pages").get(0).path("path").asText());
        assertEquals(2, completion.usage().calls());
        assertEquals(130, completion.usage().inputTokens()); // both calls are paid for
        JsonNode second = JSON.readTree(stub.calls().get(1).body());
        JsonNode messages = second.path("messages");
        assertEquals(3, messages.size()); // the prompt, the model's answer, the failed tool result
        JsonNode toolResult = messages.get(2).path("content").get(0).path("toolResult");
        assertEquals("error", toolResult.path("status").asText());
        assertEquals("tooluse_50", toolResult.path("toolUseId").asText());
        String feedback = toolResult.path("content").get(0).path("text").asText();
        assertTrue(feedback.contains("purpose") && feedback.contains("pattern"), feedback);
    }

    @Test
    void complete_shouldSendTheToolsCheckProblemsBack_whenTheInputMatchesTheSchemaButBreaksARule() throws Exception {
        // GIVEN a tool whose check refuses a page that is already planned
        Prompt.OutputTool newPagesOnly = new Prompt.OutputTool(PAGES.name(), PAGES.description(), PAGES.jsonSchema(),
                output -> output.path("pages").get(0).path("path").asText().equals("/")
                        ? List.of("pages[0]: / is already planned") : List.of());
        stub.reply(BedrockStub.tool("record_pages", "{\"pages\":[{\"path\":\"/\",\"purpose\":\"landing\"}]}", 50, 30),
                BedrockStub.tool("record_pages", "{\"pages\":[{\"path\":\"/about\",\"purpose\":\"about\"}]}", 90, 30));
        // WHEN the model answers with a schema-valid input that breaks the rule, then a good one
        Completion completion = model.complete(prompt(newPagesOnly));
        // THEN the rule's problem went back as a failed tool result, and the repaired answer is returned
        assertEquals("/about", completion.output().path("pages").get(0).path("path").asText());
        assertEquals(2, completion.usage().calls());
        JsonNode toolResult = JSON.readTree(stub.calls().get(1).body()).path("messages").get(2).path("content").get(0)
                .path("toolResult");
        assertTrue(toolResult.path("content").get(0).path("text").asText().contains("/ is already planned"), toolResult.toString());
    }

    @Test
    void complete_shouldGiveUpAfterTheRepairBudget() {
        stub.reply(BedrockStub.tool("record_pages", "{\"pages\":[]}", 10, 10));
        ModelException.InvalidOutput e = assertThrows(ModelException.InvalidOutput.class, () -> model.complete(prompt(PAGES)));
        assertTrue(e.getMessage().contains("after 3 tries"), e.getMessage());
        assertEquals(3, stub.calls().size());
    }

    @Test
    void complete_shouldReportThrottling_afterTheSdksFewAttempts() {
        stub.reply(BedrockStub.throttled());
        assertThrows(ModelException.Throttled.class, () -> model.complete(prompt(null)));
        assertEquals(2, stub.calls().size());
    }

    @Test
    void complete_shouldReportTruncation_ofAStructuredAnswer_butReturnTruncatedText() {
        stub.reply(BedrockStub.text("The pages are: landing, sign-", 10, 1024, "max_tokens"));
        assertThrows(ModelException.Truncated.class, () -> model.complete(prompt(PAGES)));
        assertTrue(model.complete(prompt(null)).truncated());
    }
}
