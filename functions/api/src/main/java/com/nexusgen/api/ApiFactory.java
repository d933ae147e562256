package com.nexusgen.api;

import com.nexusgen.blobs.BlobStores;
import com.nexusgen.domain.code.AppFiles;
import com.nexusgen.domain.code.BlobStore;
import com.nexusgen.domain.generations.GenerationWorkflow;
import com.nexusgen.domain.generations.Generations;
import com.nexusgen.design.DesignExtractor;
import com.nexusgen.design.EntityInference;
import com.nexusgen.domain.generations.GenerationStore;
import com.nexusgen.domain.mockups.PageStore;
import com.nexusgen.domain.mockups.Pages;
import com.nexusgen.domain.projects.Projects;
import com.nexusgen.dynamodb.DynamoDbPageStore;
import com.nexusgen.mockups.Mockups;
import com.nexusgen.mockups.render.MockupRenderer;
import com.nexusgen.dynamodb.DynamoDbGenerationStore;
import com.nexusgen.workflows.StepFunctionsGenerationWorkflow;
import com.nexusgen.workflows.StepFunctionsClients;
import com.nexusgen.workflows.StepFunctionsWorkflows;
import software.amazon.awssdk.services.sfn.SfnClient;
import com.nexusgen.domain.workspaces.Workspaces;
import com.nexusgen.dynamodb.DynamoDbClients;
import com.nexusgen.dynamodb.DynamoDbProjectStore;
import com.nexusgen.dynamodb.DynamoDbSettings;
import com.nexusgen.dynamodb.DynamoDbWorkspaceStore;
import com.nexusgen.dynamodb.SingleTable;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.net.URI;
import java.time.Clock;

/**
 * Wires the shared services to their DynamoDB stores. Configuration comes from the function's
 * environment (template.yaml Globals): NEXUSGEN_TABLE becomes {@code nexusgen.table}; the endpoint
 * override is set only by the local platform and tests.
 */
@Factory
class ApiFactory {

    @Singleton
    @Bean(preDestroy = "close")
    DynamoDbClient dynamoDbClient(@Value("${nexusgen.table}") String table,
                                  @Nullable @Value("${nexusgen.dynamodb.endpoint:}") String endpoint,
                                  @Nullable @Value("${aws.region:}") String region) {
        URI override = endpoint == null || endpoint.isBlank() ? null : URI.create(endpoint);
        return DynamoDbClients.create(new DynamoDbSettings(table, override, region));
    }

    @Singleton
    SingleTable singleTable(DynamoDbClient client, @Value("${nexusgen.table}") String table) {
        return new SingleTable(client, table);
    }

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    Projects projects(SingleTable table, Clock clock) {
        return new Projects(new DynamoDbProjectStore(table), clock);
    }

    @Singleton
    Workspaces workspaces(SingleTable table, Clock clock) {
        return new Workspaces(new DynamoDbWorkspaceStore(table), clock);
    }

    @Singleton
    @Bean(preDestroy = "close")
    SfnClient sfnClient(@Nullable @Value("${nexusgen.stepfunctions.endpoint:}") String endpoint,
                        @Nullable @Value("${aws.region:}") String region) {
        return StepFunctionsClients.create(region, endpoint == null || endpoint.isBlank() ? null : URI.create(endpoint));
    }

    @Singleton
    GenerationWorkflow generationWorkflow(SfnClient sfn,
                                          @Value("${nexusgen.generation.state-machine}") String stateMachineArn) {
        return new StepFunctionsGenerationWorkflow(new StepFunctionsWorkflows(sfn), stateMachineArn);
    }

    @Singleton
    BlobStore blobStore(@Nullable @Value("${nexusgen.blob.dir:}") String folder,
                        @Nullable @Value("${nexusgen.artifact.bucket:}") String bucket,
                        @Nullable @Value("${aws.region:}") String region) {
        return BlobStores.create(folder, bucket, region, null);
    }

    @Singleton
    GenerationStore generationStore(SingleTable table, Clock clock) {
        return new DynamoDbGenerationStore(table, clock);
    }

    @Singleton
    PageStore pageStore(SingleTable table) {
        return new DynamoDbPageStore(table);
    }

    @Singleton
    Generations generations(GenerationStore store, GenerationWorkflow workflow, Projects projects, BlobStore blobs, Clock clock) {
        return new Generations(store, workflow, projects, new AppFiles(blobs), clock);
    }

    @Singleton
    Pages pages(PageStore store, Projects projects, Clock clock) {
        return new Pages(store, projects, clock);
    }

    /** The renderer's templates are precompiled classes, so building it costs nothing at cold start. */
    @Singleton
    Mockups mockups(PageStore store, GenerationStore generationStore, Pages pages, Projects projects, BlobStore blobs,
                    Clock clock) {
        return new Mockups(pages, store, projects, generationStore, blobs, new MockupRenderer(), new DesignExtractor(),
                new EntityInference(), clock);
    }
}
