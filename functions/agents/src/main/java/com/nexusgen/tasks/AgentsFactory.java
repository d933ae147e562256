package com.nexusgen.tasks;

import com.nexusgen.agents.Architect;
import com.nexusgen.agents.Coder;
import com.nexusgen.agents.OfflineArchitectAgent;
import com.nexusgen.agents.OfflineCoder;
import com.nexusgen.agents.OfflineReviewer;
import com.nexusgen.agents.Reviewer;
import com.nexusgen.agents.bedrock.BedrockArchitect;
import com.nexusgen.agents.bedrock.BedrockCoder;
import com.nexusgen.agents.bedrock.BedrockFixer;
import com.nexusgen.agents.bedrock.BedrockReviewer;
import com.nexusgen.ai.BedrockClients;
import com.nexusgen.ai.BedrockLanguageModel;
import com.nexusgen.ai.Completion;
import com.nexusgen.ai.Embeddings;
import com.nexusgen.ai.LanguageModel;
import com.nexusgen.ai.PriceTable;
import com.nexusgen.ai.TitanEmbeddings;
import com.nexusgen.blobs.BlobStores;
import com.nexusgen.design.DesignExtractor;
import com.nexusgen.domain.builds.FixStore;
import com.nexusgen.domain.code.BlobStore;
import com.nexusgen.domain.generations.GenerationStore;
import com.nexusgen.dynamodb.DynamoDbClients;
import com.nexusgen.dynamodb.DynamoDbFixStore;
import com.nexusgen.dynamodb.DynamoDbGenerationStore;
import com.nexusgen.dynamodb.DynamoDbPageStore;
import com.nexusgen.dynamodb.DynamoDbSettings;
import com.nexusgen.dynamodb.SingleTable;
import com.nexusgen.generation.BuildSteps;
import com.nexusgen.generation.GenerationSteps;
import com.nexusgen.healing.FixMemories;
import com.nexusgen.healing.FixMemory;
import com.nexusgen.healing.Healer;
import com.nexusgen.healing.RetryPolicy;
import com.nexusgen.healing.fixers.DeterministicFixers;
import com.nexusgen.mockups.TokensInForce;
import com.nexusgen.vectors.OpenSearchVectorIndex;
import com.nexusgen.vectors.VectorIndex;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

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

    /**
     * Signatures to vectors: Titan Text Embeddings v2 on Bedrock. NEXUSGEN_EMBEDDINGS_ENDPOINT points it elsewhere
     * (the local platform's stand-in, which answers with an offline model), NEXUSGEN_EMBEDDINGS_DIMENSIONS sets the
     * size (1024 by default; the fix memory's index keeps the size it was made with).
     */
    @Singleton
    Embeddings embeddings(@Nullable @Value("${nexusgen.embeddings.endpoint:}") String endpoint,
                          @Value("${nexusgen.embeddings.dimensions:1024}") int dimensions,
                          @Nullable @Value("${aws.region:}") String region) {
        return new TitanEmbeddings(BedrockClients.create(region == null || region.isBlank() ? null : region,
                endpoint == null || endpoint.isBlank() ? null : URI.create(endpoint), 2,
                Duration.ofSeconds(10), Duration.ofSeconds(30)), dimensions);
    }

    /**
     * The build steps. The fix memory's vectors are an OpenSearch Serverless collection in AWS
     * (NEXUSGEN_OPENSEARCH_ENDPOINT, SigV4 with the function's role), opened once; on one machine a Lucene index in
     * NEXUSGEN_FIX_MEMORY_DIR, opened per step because function instances share the folder. Its fixes are in the
     * table either way. The healer is made per step so that the Fixer agent's calls are recorded on their
     * generation; offline there is no agent, and the memory and the deterministic fixers heal alone.
     */
    @Singleton
    BuildSteps buildSteps(GenerationStore store, BlobStore blobs, Embeddings embeddings, DynamoDbClient client,
                          @Value("${nexusgen.table}") String table, Clock clock,
                          @Value("${nexusgen.agents.mode:bedrock}") String mode,
                          @Nullable @Value("${nexusgen.model.id:}") String modelId,
                          @Nullable @Value("${nexusgen.bedrock.endpoint:}") String endpoint,
                          @Nullable @Value("${nexusgen.fix.memory.dir:}") String memoryFolder,
                          @Nullable @Value("${nexusgen.opensearch.endpoint:}") String openSearch,
                          @Nullable @Value("${nexusgen.preview.dir:}") String previewFolder,
                          @Nullable @Value("${nexusgen.preview.bucket:}") String previewBucket,
                          @Nullable @Value("${nexusgen.artifact.bucket:}") String artifactBucket,
                          @Nullable @Value("${aws.region:}") String region) {
        BlobStore previews = BlobStores.create(previewFolder, previewBucket, region, null);
        FixStore fixes = new DynamoDbFixStore(new SingleTable(client, table));
        LanguageModel model = mode.equals("bedrock") ? new BedrockLanguageModel(BedrockClients.create(
                region == null || region.isBlank() ? null : region, endpoint == null || endpoint.isBlank() ? null : URI.create(endpoint),
                2, Duration.ofSeconds(120), Duration.ofSeconds(280)),
                modelId == null || modelId.isBlank() ? DEFAULT_MODEL : modelId, PriceTable.bedrockDefaults(), 2) : null;
        Random random = new Random();
        Function<Consumer<Completion.Usage>, Function<FixMemory, Healer>> healer = usage -> memory -> new Healer(memory,
                DeterministicFixers.all(), model == null ? null : new BedrockFixer(model, 8192, 60_000, usage),
                RetryPolicy.DEFAULT, random);
        BuildSteps.HealerFactory healers;
        if (memoryFolder != null && !memoryFolder.isBlank()) {
            healers = new BuildSteps.HealerFactory() {
                @Override
                public <T> T withHealer(Consumer<Completion.Usage> usage, Function<Healer, T> body) {
                    try {
                        return FixMemories.withFolder(Path.of(memoryFolder), embeddings, fixes,
                                memory -> body.apply(healer.apply(usage).apply(memory)));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while waiting for the fix memory", e);
                    }
                }
            };
        } else {
            if (openSearch == null || openSearch.isBlank()) {
                throw new IllegalStateException("the fix memory needs NEXUSGEN_OPENSEARCH_ENDPOINT (or NEXUSGEN_FIX_MEMORY_DIR)");
            }
            VectorIndex index = OpenSearchVectorIndex.aws(URI.create(openSearch), OpenSearchVectorIndex.Flavor.SERVERLESS,
                    Region.of(region == null || region.isBlank() ? "us-east-1" : region),
                    DefaultCredentialsProvider.builder().build(), "fix-memory", embeddings.dimensions());
            FixMemory memory = new FixMemory(index, embeddings, fixes, FixMemory.DEFAULT_THRESHOLD, clock);
            healers = new BuildSteps.HealerFactory() {
                @Override
                public <T> T withHealer(Consumer<Completion.Usage> usage, Function<Healer, T> body) {
                    return body.apply(healer.apply(usage).apply(memory));
                }
            };
        }
        return new BuildSteps(store, blobs, previews, healers,
                artifactBucket == null || artifactBucket.isBlank() ? "local-artifacts" : artifactBucket, clock);
    }

    /** The three agents of one mode, chosen together. */
    record AgentSet(Architect architect, Coder coder, Reviewer reviewer) {
    }
}
