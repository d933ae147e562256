package com.nexusgen.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ThrottlingException;
import software.amazon.awssdk.services.bedrockruntime.model.ToolResultBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ToolResultContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ToolResultStatus;
import software.amazon.awssdk.services.bedrockruntime.model.ToolUseBlock;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The language-model port on Amazon Bedrock's Converse API. A structured answer is a forced tool
 * call whose input is checked against the tool's JSON schema, then against the tool's own check; an
 * invalid one is sent back as a failed tool result with the errors, at most {@code maxRepairs} times.
 * The SDK client (built once by the caller) should retry little: back-off belongs to the workflow.
 */
public final class BedrockLanguageModel implements LanguageModel {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final BedrockRuntimeClient client;
    private final String modelId;
    private final PriceTable prices;
    private final int maxRepairs;

    public BedrockLanguageModel(BedrockRuntimeClient client, String modelId, PriceTable prices, int maxRepairs) {
        this.client = client;
        this.modelId = modelId;
        this.prices = prices;
        this.maxRepairs = maxRepairs;
    }

    @Override
    public Completion complete(Prompt prompt) {
        List<Message> messages = new ArrayList<>();
        for (Prompt.Message message : prompt.messages()) {
            messages.add(Message.builder()
                    .role(message.role() == Prompt.Role.USER ? ConversationRole.USER : ConversationRole.ASSISTANT)
                    .content(ContentBlock.fromText(message.text())).build());
        }
        JsonSchema schema = prompt.output() == null ? null : schema(prompt.output());
        Completion.Usage usage = new Completion.Usage(modelId, 0, 0, BigDecimal.ZERO, 0);
        for (int attempt = 0; ; attempt++) {
            ConverseResponse response = converse(prompt, messages);
            long in = response.usage() == null ? 0 : response.usage().inputTokens();
            long out = response.usage() == null ? 0 : response.usage().outputTokens();
            usage = usage.plus(in, out, prices.cost(modelId, in, out));
            String stopReason = response.stopReasonAsString();
            List<ContentBlock> content = response.output().message().content();
            String text = content.stream().filter(b -> b.text() != null).map(ContentBlock::text).collect(Collectors.joining());
            if (schema == null) {
                return new Completion(text, null, stopReason, usage);
            }
            if ("max_tokens".equals(stopReason)) {
                throw new ModelException.Truncated("the structured answer of " + modelId + " hit maxTokens ("
                        + prompt.maxTokens() + ")");
            }
            ToolUseBlock toolUse = content.stream().map(ContentBlock::toolUse).filter(t -> t != null
                    && t.name().equals(prompt.output().name())).findFirst().orElse(null);
            List<String> problems;
            JsonNode output = null;
            if (toolUse == null) {
                problems = List.of("answer by calling the tool " + prompt.output().name());
            } else {
                output = Documents.toJson(toolUse.input());
                problems = schema.validate(output).stream().map(ValidationMessage::getMessage).sorted().toList();
                if (problems.isEmpty()) {
                    problems = prompt.output().check().problems(output);
                }
            }
            if (problems.isEmpty()) {
                return new Completion(text, output, stopReason, usage);
            }
            if (attempt >= maxRepairs) {
                throw new ModelException.InvalidOutput("the structured answer of " + modelId + " is still invalid after "
                        + (attempt + 1) + " tries: " + String.join("; ", problems));
            }
            // Ask again with the model's own answer and what was wrong with it.
            messages.add(response.output().message());
            String feedback = "The tool input is invalid: " + String.join("; ", problems) + ". Call the tool again with a valid input.";
            messages.add(Message.builder().role(ConversationRole.USER).content(toolUse == null
                    ? ContentBlock.fromText(feedback)
                    : ContentBlock.fromToolResult(ToolResultBlock.builder().toolUseId(toolUse.toolUseId())
                    .status(ToolResultStatus.ERROR).content(ToolResultContentBlock.fromText(feedback)).build())).build());
        }
    }

    private ConverseResponse converse(Prompt prompt, List<Message> messages) {
        ConverseRequest.Builder request = ConverseRequest.builder()
                .modelId(modelId)
                .messages(messages)
                .inferenceConfig(c -> c.maxTokens(prompt.maxTokens()).temperature((float) prompt.temperature()));
        if (prompt.system() != null && !prompt.system().isBlank()) {
            request.system(SystemContentBlock.fromText(prompt.system()));
        }
        if (prompt.output() != null) {
            Prompt.OutputTool tool = prompt.output();
            request.toolConfig(c -> c
                    .tools(t -> t.toolSpec(s -> s.name(tool.name()).description(tool.description())
                            .inputSchema(i -> i.json(Documents.toDocument(parse(tool.jsonSchema()))))))
                    .toolChoice(choice -> choice.tool(specific -> specific.name(tool.name()))));
        }
        try {
            return client.converse(request.build());
        } catch (ThrottlingException e) {
            throw new ModelException.Throttled(modelId + " is throttled: " + e.awsErrorDetails().errorMessage(), e);
        }
    }

    private static JsonSchema schema(Prompt.OutputTool tool) {
        return SCHEMAS.getSchema(parse(tool.jsonSchema()));
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the output schema is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
