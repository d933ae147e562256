package com.nexusgen.template;

import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SamTemplateTest {

    private static final String TEMPLATE = """
            Transform: AWS::Serverless-2016-10-31
            Parameters:
              Stage: {Type: String, Default: dev}
              Audience: {Type: CommaDelimitedList, Default: 'spa, cli'}
              Secret: {Type: String}
            Globals:
              Function:
                Runtime: java21
                MemorySize: 1024
                Timeout: 10
                Layers: [global-layer]
                Environment:
                  Variables:
                    TABLE: !Ref Table
                    LOG_LEVEL: INFO
            Resources:
              Api:
                Type: AWS::Serverless::HttpApi
                Properties:
                  Auth:
                    DefaultAuthorizer: Jwt
                    Authorizers:
                      Jwt:
                        IdentitySource: $request.header.Authorization
                        JwtConfiguration:
                          issuer: !Sub 'https://issuer.example/${Stage}'
                          audience: !Ref Audience
                      Custom:
                        FunctionArn: arn:aws:lambda:us-east-1:000000000000:function:auth
                  CorsConfiguration:
                    AllowOrigins: [!Sub 'https://${Stage}.example']
                    AllowMethods: [GET, POST]
                    AllowHeaders: [authorization]
                    ExposeHeaders: [etag]
                    MaxAge: 600
                    AllowCredentials: true
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: com.example.Handler::handleRequest
                  CodeUri: fn/target/fn.jar
                  Timeout: 20
                  Layers: [own-layer]
                  Environment:
                    Variables:
                      LOG_LEVEL: DEBUG
                      OWN: !Sub '${Stage}-own'
                  Events:
                    Health:
                      Type: HttpApi
                      Properties: {ApiId: !Ref Api, Method: get, Path: /health, Auth: {Authorizer: NONE}}
                    Items:
                      Type: HttpApi
                      Properties: {ApiId: !Ref Api, Method: POST, Path: '/items/{id}'}
                    Nightly:
                      Type: Schedule
                      Properties: {Schedule: rate(1 day)}
              Table:
                Type: AWS::DynamoDB::Table
                Properties:
                  TableName: !Sub 'app-${Stage}'
                  AttributeDefinitions: [{AttributeName: PK, AttributeType: S}]
                  KeySchema: [{AttributeName: PK, KeyType: HASH}]
                  BillingMode: PAY_PER_REQUEST
            """;

    private final SamTemplate template = SamTemplate.parse(TEMPLATE);

    @Test
    void parameters_shouldGiveDefaultsInRefShape_whenTheTemplateDeclaresThem() {
        // GIVEN the template's parameters
        Map<String, TemplateParameter> parameters = template.parameters();

        // WHEN / THEN strings stay strings, comma-delimited lists become trimmed lists, no default stays empty
        assertEquals(List.of("Stage", "Audience", "Secret"), List.copyOf(parameters.keySet()));
        assertEquals(Optional.of(TextNode.valueOf("dev")), parameters.get("Stage").defaultValue());
        assertEquals("[\"spa\",\"cli\"]", parameters.get("Audience").defaultValue().orElseThrow().toString());
        assertTrue(parameters.get("Audience").isList());
        assertEquals(Optional.empty(), parameters.get("Secret").defaultValue());
    }

    @Test
    void functions_shouldMergeGlobals_whenTheFunctionOverridesSomeOfThem() {
        // GIVEN the template's only function
        FunctionDefinition function = template.functions().get(0);

        // WHEN / THEN its own values win, Globals fill the rest, lists are concatenated
        assertEquals("Fn", function.logicalId());
        assertEquals(Optional.of(new Handler("com.example.Handler", "handleRequest")), function.handler());
        assertEquals(Optional.of("fn/target/fn.jar"), function.codeUri());
        assertEquals(Optional.of("java21"), function.runtime());
        assertEquals(Optional.of(1024), function.memorySize());
        assertEquals(Optional.of(20), function.timeout());
        assertEquals(List.of("TABLE", "LOG_LEVEL", "OWN"), List.copyOf(function.environment().keySet()));
        assertEquals("DEBUG", function.environment().get("LOG_LEVEL").asText());
        assertEquals("[\"global-layer\",\"own-layer\"]", function.properties().get("Layers").toString());
    }

    @Test
    void functions_shouldListOnlyHttpApiEvents_whenAFunctionHasOtherEventsToo() {
        // GIVEN the function's events
        List<HttpApiEvent> events = template.functions().get(0).httpApiEvents();

        // WHEN / THEN the schedule is left out; methods are upper case; NONE disables auth
        assertEquals(2, events.size());
        HttpApiEvent health = events.get(0);
        assertEquals("Health", health.name());
        assertEquals("GET", health.method());
        assertEquals("/health", health.path());
        assertTrue(health.authDisabled());
        assertEquals(Optional.empty(), health.effectiveAuthorizer(Optional.of("Jwt")));
        HttpApiEvent items = events.get(1);
        assertFalse(items.authDisabled());
        assertEquals("/items/{id}", items.path());
        assertEquals(Optional.of("Jwt"), items.effectiveAuthorizer(Optional.of("Jwt")));
        assertEquals("{\"Ref\":\"Api\"}", items.apiId().orElseThrow().toString());
    }

    @Test
    void functions_shouldResolveEnvironment_whenGivenAResolver() {
        // GIVEN a resolver for stage "test"
        LocalResolver resolver = LocalResolver.builder(template).parameter("Stage", "test").build();

        // WHEN the environment is resolved
        Map<String, String> environment = template.functions().get(0).environment(resolver);

        // THEN intrinsics are evaluated; the table's name comes from its TableName
        assertEquals(Map.of("TABLE", "app-test", "LOG_LEVEL", "DEBUG", "OWN", "test-own"), environment);
    }

    @Test
    void httpApi_shouldDescribeJwtAuthAndCors_whenTheApiDeclaresThem() {
        // GIVEN the HTTP API and a resolver
        HttpApiDefinition api = template.httpApi().orElseThrow();
        LocalResolver resolver = LocalResolver.builder(template).parameter("Stage", "prod").build();

        // WHEN its authorizer and CORS rules are read
        JwtAuthorizer jwt = api.defaultJwtAuthorizer().orElseThrow();
        CorsConfiguration.Resolved cors = api.cors().orElseThrow().resolve(resolver);

        // THEN only the JWT authorizer is listed, and intrinsics resolve on request
        assertEquals(Optional.of("Jwt"), api.defaultAuthorizer());
        assertEquals(List.of("Jwt"), List.copyOf(api.jwtAuthorizers().keySet()));
        assertEquals(Optional.of("$request.header.Authorization"), jwt.identitySource());
        assertEquals("https://issuer.example/prod", jwt.issuer(resolver));
        assertEquals(List.of("spa", "cli"), jwt.audience(resolver));
        assertEquals(new CorsConfiguration.Resolved(List.of("https://prod.example"), List.of("GET", "POST"),
                List.of("authorization"), List.of("etag"), Optional.of(600), true), cors);
    }

    @Test
    void tables_shouldListDynamoDbTables_whenTheTemplateHasOne() {
        // GIVEN / WHEN the tables are listed
        List<TableResource> tables = template.tables();

        // THEN the table is there with its unresolved properties
        assertEquals(1, tables.size());
        assertEquals("Table", tables.get(0).logicalId());
        assertEquals("{\"Fn::Sub\":\"app-${Stage}\"}", tables.get(0).properties().get("TableName").toString());
    }

    @Test
    void functions_shouldFail_whenAPropertyTheLocalPlatformNeedsIsAnIntrinsic() {
        // GIVEN a function whose memory comes from a parameter
        SamTemplate withIntrinsic = SamTemplate.parse("""
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties: {Handler: a.B, MemorySize: !Ref Memory}
                """);

        // WHEN its typed view is built
        TemplateException error = assertThrows(TemplateException.class, withIntrinsic::functions);

        // THEN the message says which property must be literal
        assertTrue(error.getMessage().contains("Resources.Fn.Properties.MemorySize must be a literal"), error.getMessage());
    }

    @Test
    void load_shouldReadTheRepositoryTemplate_whenItIsFound() {
        // GIVEN / WHEN the repository's template is loaded
        SamTemplate real = SamTemplate.load(RepositoryRoot.template());

        // THEN the typed views find its API, function routes and table
        assertTrue(real.httpApi().isPresent());
        assertFalse(real.functions().isEmpty());
        assertFalse(real.functions().get(0).httpApiEvents().isEmpty());
        assertEquals(1, real.tables().size());
    }
}
