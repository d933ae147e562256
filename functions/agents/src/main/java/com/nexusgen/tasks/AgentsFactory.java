package com.nexusgen.tasks;

import com.nexusgen.agents.Architect;
import com.nexusgen.agents.Coder;
import com.nexusgen.agents.OfflineArchitectAgent;
import com.nexusgen.agents.OfflineCoder;
import com.nexusgen.agents.OfflineReviewer;
import com.nexusgen.agents.Reviewer;
import com.nexusgen.agents.bedrock.BedrockArchitect;
import com.nexusgen.agents.bedrock.BedrockCoder;
import com.nexusgen.agents.bedrock.BedrockReviewer;
import com.nexusgen.ai.BedrockClients;
import com.nexusgen.ai.BedrockLanguageModel;
import com.nexusgen.ai.LanguageModel;
import com.nexusgen.ai.PriceTable;
import com.nexusgen.blobs.BlobStores;
import com.nexusgen.domain.code.BlobStore;
import com.nexusgen.domain.generations.GenerationStore;
import com.nexusgen.dynamodb.DynamoDbClients;
import com.nexusgen.design.DesignExtractor;
import com.nexusgen.dynamodb.DynamoDbGenerationStore;
import com.nexusgen.dynamodb.DynamoDbPageStore;
import com.nexusgen.mockups.TokensInForce;
import com.nexusgen.dynamodb.DynamoDbSettings;
import com.nexusgen.dynamodb.SingleTable;
import com.nexusgen.generation.GenerationSteps;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * Wires the generation steps to their stores and agents from the function's environment:
 * NEXUSGEN_TABLE, NEXUSGEN_ARTIFACT_BUCKET (or NEXUSGEN_BLOB_DIR on one machine) and
 * NEXUSGEN_AGENTS_MODE ({@code bedrock} in AWS, {@code offline} for the deterministic agents).
 */
@Factory
class AgentsFactory {
    private static final String DEFAULT_MODEL = "anthropic.claude-3-5-sonnet-20240620-v1:0";

    @Singleton
    @Bean(preDestroy = "close")
    DynamoDbClient dynamoDbClient(@Value("${nexusgen.table}") String table,
                                  @Nullable @Value("${nexusgen.dynamodb.endpoint:}") String endpoint,
                                  @Nullable @Value("${aws.region:}") String region) {
        URI override = endpoint == null || endpoint.isBlank() ? null : URI.create(endpoint);
        return DynamoDbClients.create(new DynamoDbSettings(table, override, region));
    }

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    GenerationStore generationStore(DynamoDbClient client, @Value("${nexusgen.table}") String table, Clock clock) {
        return new DynamoDbGenerationStore(new SingleTable(client, table), clock);
    }

    @Singleton
    BlobStore blobStore(@Nullable @Value("${nexusgen.blob.dir:}") String folder,
                        @Nullable @Value("${nexusgen.artifact.bucket:}") String bucket,
                        @Nullable @Value("${aws.region:}") String region) {
        return BlobStores.create(folder, bucket, region, null);
    }

    /**
     * Each function serves one agent, and its NEXUSGEN_MODEL_ID is that agent's model; the set is built
     * whole so that every function wires the same way. Few SDK retries: the workflow owns back-off.
     */
    @Singleton
    AgentSet agents(@Value("${nexusgen.agents.mode:bedrock}") String mode,
                    @Nullable @Value("${nexusgen.model.id:}") String modelId,
                    @Nullable @Value("${nexusgen.bedrock.endpoint:}") String endpoint,
                    @Nullable @Value("${aws.region:}") String region) {
        switch (mode) {
            case "offline" -> {
                return new AgentSet(new OfflineArchitectAgent(), new OfflineCoder(), new OfflineReviewer());
            }
            case "bedrock" -> {
                BedrockRuntimeClient client = BedrockClients.create(region == null || region.isBlank() ? null : region,
                        endpoint == null || endpoint.isBlank() ? null : URI.create(endpoint), 2,
                        Duration.ofSeconds(120), Duration.ofSeconds(280));
                LanguageModel model = new BedrockLanguageModel(client,
                        modelId == null || modelId.isBlank() ? DEFAULT_MODEL : modelId, PriceTable.bedrockDefaults(), 2);
                return new AgentSet(new BedrockArchitect(model), new BedrockCoder(model), new BedrockReviewer(model));
            }
            default -> throw new IllegalStateException("NEXUSGEN_AGENTS_MODE must be offline or bedrock, not " + mode);
        }
    }

    /** The Coder writes the project's design tokens (confirmed over extracted from its mockups) into the app. */
    @Singleton
    GenerationSteps generationSteps(GenerationStore store, BlobStore blobs, AgentSet agents, DynamoDbClient client,
                                    @Value("${nexusgen.table}") String table, Clock clock) {
        TokensInForce tokens = new TokensInForce(new DynamoDbPageStore(new SingleTable(client, table)), blobs, new DesignExtractor());
        return new GenerationSteps(store, blobs, agents.architect(), agents.coder(), agents.reviewer(), tokens, clock);
    }

    /** The three agents of one mode, chosen together. */
    record AgentSet(Architect architect, Coder coder, Reviewer reviewer) {
    }
}
