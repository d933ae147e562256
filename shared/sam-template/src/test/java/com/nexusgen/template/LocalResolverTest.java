package com.nexusgen.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalResolverTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final SamTemplate TEMPLATE = SamTemplate.parse("""
            Parameters:
              Stage: {Type: String, Default: dev, AllowedValues: [dev, local, prod]}
              Origins: {Type: CommaDelimitedList, Default: 'http://a.example,http://b.example'}
              Port: {Type: Number, Default: 8080}
            Mappings:
              Sizes:
                dev: {Memory: 512}
                prod: {Memory: 2048}
            Conditions:
              IsProd: !Equals [!Ref Stage, prod]
              IsNotProd: !Not [!Condition IsProd]
              IsDevOrLocal: !Or [!Equals [!Ref Stage, dev], !Equals [!Ref Stage, local]]
              IsLocalNotProd: !And [!Condition IsNotProd, !Equals [local, !Ref Stage]]
            Resources:
              Table:
                Type: AWS::DynamoDB::Table
                Properties:
                  TableName: !Sub 'nexusgen-${Stage}'
              Bucket:
                Type: AWS::S3::Bucket
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  FunctionName: !Join ['-', [nexusgen, !Ref Stage, api]]
              Machine:
                Type: AWS::Serverless::StateMachine
                Properties:
                  Name: !Sub '${AWS::StackName}-generation'
            """);

    private final LocalResolver resolver = LocalResolver.builder(TEMPLATE)
            .parameter("Stage", "local")
            .resource("Bucket", "artifacts-local")
            .attribute("Api", "ApiEndpoint", "http://localhost:3000")
            .build();

    private JsonNode resolve(String yaml) {
        return resolver.resolve(SamTemplate.parseYaml("v: " + yaml).get("v"), "v");
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void resolve_shouldUseOverridesDefaultsAndPseudoParameters_whenRefIsGiven() throws Exception {
        // GIVEN / WHEN / THEN an override wins, a default applies, a list parameter yields a list
        assertEquals("local", resolve("!Ref Stage").asText());
        assertEquals("8080", resolve("!Ref Port").asText());
        assertEquals(json("[\"http://a.example\",\"http://b.example\"]"), resolve("!Ref Origins"));
        assertEquals("us-east-1", resolve("!Ref AWS::Region").asText());
        assertEquals("000000000000", resolve("!Ref AWS::AccountId").asText());
        assertEquals("aws", resolve("!Ref AWS::Partition").asText());
        assertEquals("amazonaws.com", resolve("!Ref AWS::URLSuffix").asText());
        assertEquals("nexusgen-local", resolve("!Ref AWS::StackName").asText());
    }

    @Test
    void resolve_shouldGivePhysicalNames_whenARefNamesAResource() {
        // GIVEN / WHEN / THEN given names win, name properties are evaluated, state machines yield their ARN
        assertEquals("artifacts-local", resolve("!Ref Bucket").asText());
        assertEquals("nexusgen-local", resolve("!Ref Table").asText());
        assertEquals("nexusgen-local-api", resolve("!Ref Fn").asText());
        assertEquals("arn:aws:states:us-east-1:000000000000:stateMachine:nexusgen-local-generation",
                resolve("!Ref Machine").asText());
    }

    @Test
    void resolve_shouldBuildLocalArns_whenGetAttAsksForArn() {
        // GIVEN / WHEN / THEN both GetAtt forms, and Sub's ${X.Attr}, yield plausible local ARNs
        assertEquals("arn:aws:dynamodb:us-east-1:000000000000:table/nexusgen-local", resolve("!GetAtt Table.Arn").asText());
        assertEquals("arn:aws:lambda:us-east-1:000000000000:function:nexusgen-local-api",
                resolve("!GetAtt [Fn, Arn]").asText());
        assertEquals("arn:aws:s3:::artifacts-local/*", resolve("!Sub '${Bucket.Arn}/*'").asText());
        assertEquals("http://localhost:3000/v1", resolve("!Sub '${Api.ApiEndpoint}/v1'").asText());
    }

    @Test
    void resolve_shouldSubstitute_whenSubUsesBothForms() {
        // GIVEN / WHEN / THEN variables, references, attributes and the ${!Literal} escape
        assertEquals("nexusgen-local in us-east-1", resolve("!Sub 'nexusgen-${Stage} in ${AWS::Region}'").asText());
        assertEquals("x-nexusgen-local-y", resolve("!Sub ['x-${Name}-y', {Name: !Ref Table}]").asText());
        assertEquals("keep ${Literal} as is", resolve("!Sub 'keep ${!Literal} as is'").asText());
        assertEquals("no variables", resolve("!Sub 'no variables'").asText());
    }

    @Test
    void resolve_shouldJoinSelectAndSplit_whenListsAreInvolved() {
        // GIVEN / WHEN / THEN
        assertEquals("a,b,local", resolve("!Join [',', [a, b, !Ref Stage]]").asText());
        assertEquals("http://a.example http://b.example", resolve("!Join [' ', !Ref Origins]").asText());
        assertEquals("http://b.example", resolve("!Select [1, !Ref Origins]").asText());
        assertEquals("c", resolve("!Select ['2', !Split ['/', 'a/b/c']]").asText());
        assertEquals("us-east-1b", resolve("!Select [1, !GetAZs '']").asText());
        assertEquals(512, resolve("!FindInMap [Sizes, dev, Memory]").asInt());
        assertEquals("aGVsbG8=", resolve("!Base64 hello").asText());
    }

    @Test
    void resolve_shouldEvaluateConditions_whenIfAndConditionFunctionsAreUsed() {
        // GIVEN stage "local"
        // WHEN / THEN conditions combine as CloudFormation would
        assertFalse(resolver.condition("IsProd"));
        assertTrue(resolver.condition("IsNotProd"));
        assertTrue(resolver.condition("IsDevOrLocal"));
        assertTrue(resolver.condition("IsLocalNotProd"));
        assertEquals("small", resolve("!If [IsProd, big, small]").asText());
    }

    @Test
    void resolve_shouldDropTheProperty_whenAnIfYieldsNoValue() throws Exception {
        // GIVEN an object whose property is AWS::NoValue outside prod
        JsonNode node = SamTemplate.parseYaml("{Keep: 1, Drop: !If [IsProd, 2, !Ref AWS::NoValue], List: [a, !Ref AWS::NoValue]}");

        // WHEN it is resolved
        JsonNode resolved = resolver.resolve(node, "node");

        // THEN the property and the list element are gone
        assertEquals(json("{\"Keep\": 1, \"List\": [\"a\"]}"), resolved);
    }

    @Test
    void resolve_shouldLeaveTheInputUntouched_whenItResolves() {
        // GIVEN a node with an intrinsic
        JsonNode node = SamTemplate.parseYaml("{Name: !Ref Stage}");

        // WHEN it is resolved
        resolver.resolve(node, "node");

        // THEN the original still holds the intrinsic
        assertEquals("{\"Name\":{\"Ref\":\"Stage\"}}", node.toString());
    }

    @Test
    void resolve_shouldNameTheIntrinsicAndLocation_whenSomethingIsUnknown() {
        // GIVEN intrinsics that cannot be evaluated locally
        JsonNode node = SamTemplate.parseYaml("""
                Outputs:
                  Missing: {Value: !Ref Nowhere}
                """);
        JsonNode attribute = SamTemplate.parseYaml("{Value: !GetAtt Table.StreamLabel}");
        JsonNode imported = SamTemplate.parseYaml("{Value: !ImportValue shared}");

        // WHEN they are resolved
        TemplateResolutionException missing = assertThrows(TemplateResolutionException.class,
                () -> resolver.resolve(node, "Template"));
        TemplateResolutionException noAttribute = assertThrows(TemplateResolutionException.class,
                () -> resolver.resolve(attribute, "Outputs.Stream"));
        TemplateResolutionException unsupported = assertThrows(TemplateResolutionException.class,
                () -> resolver.resolve(imported, "Outputs.Shared"));

        // THEN each message says which intrinsic failed, where, and why
        assertEquals("Ref", missing.intrinsic());
        assertEquals("Template.Outputs.Missing.Value", missing.location());
        assertTrue(missing.getMessage().contains("no parameter, pseudo parameter or resource named Nowhere"));
        assertEquals("Fn::GetAtt", noAttribute.intrinsic());
        assertTrue(noAttribute.getMessage().contains("no local value for Table.StreamLabel"), noAttribute.getMessage());
        assertEquals("Fn::ImportValue", unsupported.intrinsic());
        assertEquals("Outputs.Shared.Value", unsupported.location());
    }

    @Test
    void resolve_shouldFail_whenAListParameterIsInsertedBySub() {
        // GIVEN / WHEN
        TemplateResolutionException error = assertThrows(TemplateResolutionException.class,
                () -> resolve("!Sub 'origins: ${Origins}'"));

        // THEN
        assertTrue(error.getMessage().contains("${Origins} is a list"), error.getMessage());
    }

    @Test
    void build_shouldRejectTheValue_whenAnOverrideBreaksAllowedValues() {
        // GIVEN / WHEN a value the template does not allow
        TemplateException error = assertThrows(TemplateException.class,
                () -> LocalResolver.builder(TEMPLATE).parameter("Stage", "staging").build());

        // THEN
        assertTrue(error.getMessage().contains("Parameter Stage = 'staging' is not one of [dev, local, prod]"),
                error.getMessage());
    }

    @Test
    void build_shouldRejectTheOverride_whenTheParameterIsNotDeclared() {
        // GIVEN / WHEN
        TemplateException error = assertThrows(TemplateException.class,
                () -> LocalResolver.builder(TEMPLATE).parameters(Map.of("Stag", "dev")).build());

        // THEN
        assertTrue(error.getMessage().contains("Parameter override Stag is not declared"), error.getMessage());
    }

    @Test
    void resolve_shouldFail_whenAResourceHasNoNameAndNoneWasGiven() {
        // GIVEN a resolver without a name for the bucket
        LocalResolver withoutBucket = LocalResolver.builder(TEMPLATE).build();

        // WHEN / THEN
        TemplateResolutionException error = assertThrows(TemplateResolutionException.class,
                () -> withoutBucket.resolve(SamTemplate.parseYaml("{B: !Ref Bucket}"), "Env"));
        assertEquals("Env.B", error.location());
        assertTrue(error.getMessage().contains("use resource(\"Bucket\", name)"), error.getMessage());
    }
}
