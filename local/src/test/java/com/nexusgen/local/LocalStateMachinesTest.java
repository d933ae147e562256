package com.nexusgen.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexusgen.template.RepositoryRoot;
import com.nexusgen.workflows.StepFunctionsWorkflows;
import com.nexusgen.workflows.WorkflowExecution;
import com.nexusgen.workflows.Workflows;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * State machines of a template run on the local platform: DefinitionUri + DefinitionSubstitutions
 * (function ARNs and aliases) resolved, Task states calling the functions' real handlers from their
 * CodeUri, a handler's exception reported under its class name.
 */
class LocalStateMachinesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String DEFINITION = """
            {"StartAt":"Direct","States":{
              "Direct":{"Type":"Task","Resource":"${StepArn}","TimeoutSeconds":10,"ResultPath":"$.direct","Next":"Integration"},
              "Integration":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","TimeoutSeconds":10,
                 "Parameters":{"FunctionName":"${StepAlias}","Payload":{"from.$":"$.name"}},
                 "ResultSelector":{"payload.$":"$.Payload"},"ResultPath":"$.integration","Next":"Failing"},
              "Failing":{"Type":"Task","Resource":"${StepArn}","Parameters":{"fail":"on purpose"},"TimeoutSeconds":10,
                 "Catch":[{"ErrorEquals":["java.lang.IllegalStateException"],"ResultPath":"$.caught","Next":"Done"}],"End":true},
              "Done":{"Type":"Succeed"}}}""";

    private static Path rootWith(Path dir, String definition) throws Exception {
        Path testClasses = Path.of(LocalStateMachinesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String real = Files.readString(RepositoryRoot.template());
        // keep the real HttpApi, table and API function; add a task function and a state machine
        Path repo = RepositoryRoot.locate();
        String template = real.replace("functions/api/target/api-function.jar",
                        repo.resolve("functions/api/target/api-function.jar").toString())
                .replace("functions/agents/target/agents-function.jar",
                        repo.resolve("functions/agents/target/agents-function.jar").toString())
                .replace("DefinitionUri: statemachines/generation.asl.json",
                        "DefinitionUri: " + repo.resolve("statemachines/generation.asl.json"))
                .replace("\nOutputs:", """

                  StepFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      FunctionName: !Sub nexusgen-${Stage}-step
                      CodeUri: %s
                      Handler: com.nexusgen.local.echo.StepHandler::handleRequest

                  Workflow:
                    Type: AWS::Serverless::StateMachine
                    Properties:
                      Name: !Sub nexusgen-${Stage}-workflow
                      DefinitionUri: statemachines/workflow.asl.json
                      DefinitionSubstitutions:
                        StepArn: !GetAtt StepFunction.Arn
                        StepAlias: !Ref StepFunction.Alias

                Outputs:""".formatted(testClasses));
        Files.writeString(dir.resolve("template.yaml"), template);
        Files.createDirectories(dir.resolve("statemachines"));
        Files.writeString(dir.resolve("statemachines/workflow.asl.json"), definition);
        return dir;
    }

    @Test
    void execution_shouldCallTheRealHandlers_throughSubstitutedArns(@TempDir Path dir) throws Exception {
        try (LocalPlatform platform = LocalPlatform.start(LocalPlatform.Options.inMemory(rootWith(dir, DEFINITION)))) {
            String arn = "arn:aws:states:us-east-1:000000000000:stateMachine:nexusgen-local-workflow";
            String execution = platform.workflows().start(arn, "e1", "{\"name\":\"Ada\"}");
            platform.workflows().executions().await(execution, java.time.Duration.ofSeconds(20));
            WorkflowExecution done = platform.workflows().describe(execution);
            assertEquals("SUCCEEDED", done.status(), done.error() + " " + done.cause());
            var output = JSON.readTree(done.output());
            assertEquals("nexusgen-local-step", output.path("direct").path("handledBy").asText());
            assertEquals("Ada", output.path("integration").path("payload").path("from").asText());
            assertEquals("java.lang.IllegalStateException", output.path("caught").path("Error").asText());
            assertEquals("on purpose", output.path("caught").path("Cause").asText());
        }
    }

    @Test
    void stepFunctionsApi_shouldBeServedOnThePlatformPort_forSdkClients(@TempDir Path dir) throws Exception {
        try (LocalPlatform platform = LocalPlatform.start(LocalPlatform.Options.inMemory(rootWith(dir, DEFINITION)));
             SfnClient sfn = SfnClient.builder().endpointOverride(platform.url()).region(Region.US_EAST_1)
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                     .httpClient(UrlConnectionHttpClient.create()).build()) {
            Workflows workflows = new StepFunctionsWorkflows(sfn);
            String execution = workflows.start("arn:aws:states:us-east-1:000000000000:stateMachine:nexusgen-local-workflow",
                    null, "{\"name\":\"Grace\"}");
            platform.workflows().executions().await(execution, java.time.Duration.ofSeconds(20));
            WorkflowExecution done = workflows.describe(execution);
            assertEquals("SUCCEEDED", done.status());
            assertEquals("Grace", JSON.readTree(done.output()).path("integration").path("payload").path("from").asText());
            assertEquals("ExecutionSucceeded", workflows.history(execution).getLast().type());
        }
    }

    @Test
    void start_shouldRefuseAStateMachine_whoseResourceHasNoLocalTarget(@TempDir Path dir) throws Exception {
        String unknown = DEFINITION.replace("${StepArn}\",\"TimeoutSeconds\":10,\"ResultPath\"",
                "arn:aws:states:::sqs:sendMessage\",\"TimeoutSeconds\":10,\"ResultPath\"");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LocalPlatform.start(LocalPlatform.Options.inMemory(rootWith(dir, unknown))).close());
        assertTrue(e.getMessage().contains("no local target for resource arn:aws:states:::sqs:sendMessage"), e.getMessage());
    }
}
