package com.nexusgen.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexusgen.domain.workspaces.Role;
import com.nexusgen.domain.workspaces.Workspaces;
import com.nexusgen.dynamodb.DynamoDbWorkspaceStore;
import com.nexusgen.dynamodb.SingleTable;
import com.nexusgen.dynamodb.local.EmbeddedDynamoDb;
import com.nexusgen.template.LocalResolver;
import com.nexusgen.template.RepositoryRoot;
import com.nexusgen.template.SamTemplate;
import com.nexusgen.template.TableDefinition;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Feeds the sample events in events/api to the real {@link ApiHandler} over a real table in
 * DynamoDB Local, created from template.yaml's definition.
 */
class ApiHandlerEventsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static EmbeddedDynamoDb dynamoDb;
    private static ApiHandler handler;
    private static Path events;

    @BeforeAll
    static void startHandlerOverDynamoDbLocal() {
        Path root = RepositoryRoot.locate();
        events = root.resolve("events/api");
        SamTemplate template = SamTemplate.load(root.resolve("template.yaml"));
        LocalResolver resolver = LocalResolver.builder(template).parameter("Stage", "handler-test").build();
        TableDefinition table = template.tables().getFirst().definition(resolver);
        dynamoDb = EmbeddedDynamoDb.start(EmbeddedDynamoDb.Options.inMemory());
        table.timeToLiveAttribute().ifPresentOrElse(
                        ttl -> dynamoDb.ensureTable(table.createTableRequest(), ttl),
                        () -> dynamoDb.ensureTable(table.createTableRequest()));
        // The sample events carry the claims of user-owner in workspace ws-events.
        new Workspaces(new DynamoDbWorkspaceStore(new SingleTable(dynamoDb.client(), table.tableName())), Clock.systemUTC())
                .ensureMembership("ws-events", "user-owner", Role.OWNER);
        handler = new ApiHandler(ApplicationContext.builder()
                .properties(Map.of("nexusgen.table", table.tableName(),
                        "nexusgen.dynamodb.endpoint", dynamoDb.endpoint().toString(),
                        "aws.region", "us-east-1"))
                .start());
    }

    @AfterAll
    static void stop() throws Exception {
        handler.close();
        dynamoDb.close();
    }

    @Test
    void health_shouldAnswerWithoutClaims() throws Exception {
        APIGatewayV2HTTPResponse response = send("health.json", Map.of());
        assertEquals(200, response.getStatusCode());
        assertEquals("ok", JSON.readTree(response.getBody()).path("status").asText());
    }

    @Test
    void warmInstance_shouldNotGrowItsBeanContext_withEachInvocation() {
        // GIVEN a warm instance
        APIGatewayV2HTTPEvent health = EventLoader.loadApiGatewayHttpEvent(events.resolve("health.json").toString());
        handler.handleRequest(health, new InvocationContext());
        int before = handler.getApplicationContext().getAllBeanDefinitions().size();
        // WHEN it serves many invocations, each with its own Lambda context as in AWS
        for (int i = 0; i < 200; i++) {
            assertEquals(200, handler.handleRequest(health, new InvocationContext()).getStatusCode());
        }
        // THEN it holds no more beans than before (each new one would slow every later lookup)
        assertEquals(before, handler.getApplicationContext().getAllBeanDefinitions().size());
    }

    @Test
    void projectLifecycle_shouldCreateReadPatchAndDelete_fromTheSampleEvents() throws Exception {
        // GIVEN the create event
        APIGatewayV2HTTPResponse created = send("create-project.json", Map.of());
        assertEquals(201, created.getStatusCode(), created.getBody());
        JsonNode project = JSON.readTree(created.getBody());
        String id = project.path("id").asText();
        assertEquals("/v1/projects/" + id, header(created, "location"));
        assertEquals("recipe-sharing", project.path("slug").asText());
        assertEquals("en-GB", project.path("settings").path("locale").asText());
        assertEquals(1, project.path("version").asLong());

        // WHEN it is read, patched (If-Match "1") and deleted through the other events
        APIGatewayV2HTTPResponse read = send("get-project.json", Map.of("projectId", id));
        APIGatewayV2HTTPResponse patched = send("update-project.json", Map.of("projectId", id));
        APIGatewayV2HTTPResponse stalePatch = send("update-project.json", Map.of("projectId", id));
        APIGatewayV2HTTPResponse deleted = send("delete-project.json", Map.of("projectId", id));
        APIGatewayV2HTTPResponse gone = send("get-project.json", Map.of("projectId", id));

        // THEN each answers as the contract says
        assertEquals(200, read.getStatusCode());
        assertEquals("\"1\"", header(read, "etag"));
        assertEquals(200, patched.getStatusCode(), patched.getBody());
        JsonNode after = JSON.readTree(patched.getBody());
        assertEquals("generating", after.path("status").asText());
        assertTrue(after.path("description").isMissingNode() || after.path("description").isNull());
        assertEquals(2, after.path("version").asLong());
        assertEquals(409, stalePatch.getStatusCode());
        assertEquals("application/problem+json", header(stalePatch, "content-type"));
        assertEquals(204, deleted.getStatusCode());
        assertEquals(404, gone.getStatusCode());
        assertEquals("https://nexusgen.dev/problems/not-found", JSON.readTree(gone.getBody()).path("type").asText());
    }

    @Test
    void listProjects_shouldPageWithTheLimitOfTheEvent() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertEquals(201, send("create-project.json", Map.of()).getStatusCode());
        }
        JsonNode page = JSON.readTree(send("list-projects.json", Map.of()).getBody());
        assertEquals(2, page.path("items").size());
        assertNotNull(page.path("nextCursor").textValue());
    }

    @Test
    void members_shouldBeAddedListedAndRemoved() throws Exception {
        assertEquals(201, send("add-member.json", Map.of()).getStatusCode());
        JsonNode members = JSON.readTree(send("list-members.json", Map.of()).getBody()).path("items");
        assertTrue(members.toString().contains("user-viewer"));
        assertEquals(204, send("remove-member.json", Map.of()).getStatusCode());
        JsonNode workspace = JSON.readTree(send("get-current-workspace.json", Map.of()).getBody());
        assertEquals("ws-events", workspace.path("id").asText());
        assertEquals("owner", workspace.path("yourRole").asText());
    }

    @Test
    void malformedJson_shouldBeAProblemNotAStackTrace() throws Exception {
        APIGatewayV2HTTPResponse response = send("create-project-malformed.json", Map.of());
        assertEquals(400, response.getStatusCode());
        JsonNode problem = JSON.readTree(response.getBody());
        assertEquals("https://nexusgen.dev/problems/malformed-request", problem.path("type").asText());
        assertNull(problem.get("trace"));
        assertTrue(!response.getBody().contains("Exception"), response.getBody());
    }

    private static APIGatewayV2HTTPResponse send(String file, Map<String, String> pathParameters) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent(events.resolve(file).toString());
        if (!pathParameters.isEmpty()) {
            Map<String, String> parameters = new HashMap<>(event.getPathParameters());
            String path = event.getRawPath();
            for (var entry : pathParameters.entrySet()) {
                path = path.replace(parameters.get(entry.getKey()), entry.getValue());
                parameters.put(entry.getKey(), entry.getValue());
            }
            event.setPathParameters(parameters);
            event.setRawPath(path);
            event.getRequestContext().getHttp().setPath(path);
        }
        return handler.handleRequest(event, new InvocationContext());
    }

    private static String header(APIGatewayV2HTTPResponse response, String name) {
        if (response.getHeaders() != null) {
            for (var entry : response.getHeaders().entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name)) {
                    return entry.getValue();
                }
            }
        }
        if (response.getMultiValueHeaders() != null) {
            for (var entry : response.getMultiValueHeaders().entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name)) {
                    return entry.getValue().getFirst();
                }
            }
        }
        return null;
    }
}
