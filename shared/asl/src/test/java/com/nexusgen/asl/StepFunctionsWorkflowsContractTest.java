package com.nexusgen.asl;

import com.nexusgen.workflows.StepFunctionsWorkflows;
import com.nexusgen.workflows.Workflows;
import org.junit.jupiter.api.AfterEach;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The AWS adapter with an unmodified SfnClient, against an in-process server that speaks the Step
 * Functions JSON protocol (signed requests, X-Amz-Target actions, __type errors, paged history).
 */
class StepFunctionsWorkflowsContractTest extends WorkflowsContract {
    private StepFunctionsApiServer server;
    private SfnClient client;

    @Override
    Workflows adapter() throws Exception {
        server = new StepFunctionsApiServer(local, 0);
        client = SfnClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        return new StepFunctionsWorkflows(client);
    }

    @AfterEach
    void stopServer() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
