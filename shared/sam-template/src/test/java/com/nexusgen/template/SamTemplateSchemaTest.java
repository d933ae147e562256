package com.nexusgen.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The repository's template.yaml against AWS's SAM schema, offline: what the schema rejects fails the build
 * with the schema's messages. The broken copies prove the check can fail, and that its messages name the
 * mistake rather than every resource kind the resource is not.
 */
class SamTemplateSchemaTest {

    private static Path templateFile;
    private static SamSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        Path root = RepositoryRoot.locate();
        templateFile = root.resolve(RepositoryRoot.TEMPLATE);
        Path schemaFile = SamSchema.besideRepository(root);
        assertTrue(Files.isRegularFile(schemaFile), "SAM schema missing: " + schemaFile);
        schema = SamSchema.load(schemaFile);
    }

    @Test
    void validate_shouldReportNothing_whenTheRepositoryTemplateIsChecked() {
        // GIVEN the repository's template with short forms turned into JSON
        JsonNode template = SamTemplate.load(templateFile).raw();

        // WHEN it is validated against the SAM schema
        List<String> messages = schema.validate(template);

        // THEN the schema has nothing to say
        assertTrue(messages.isEmpty(), () -> "template.yaml violates the SAM schema:\n  " + String.join("\n  ", messages));
    }

    @Test
    void validate_shouldNameTheRoute_whenAnHttpApiEventPropertyHasTheWrongType() {
        // GIVEN the real template with a route whose Method is a list (SAM wants one string per route)
        SamTemplate real = SamTemplate.load(templateFile);
        ObjectNode template = (ObjectNode) real.raw();
        FunctionDefinition function = real.functions().get(0);
        String event = function.httpApiEvents().get(0).name();
        ((ObjectNode) template.at("/Resources/" + function.logicalId() + "/Properties/Events/" + event + "/Properties"))
                .putArray("Method").add("GET").add("POST");

        // WHEN it is validated
        List<String> messages = schema.validate(template);

        // THEN exactly that mistake is reported
        assertEquals(List.of("Resources." + function.logicalId() + ".Properties.Events." + event
                + ".Properties.Method: array found, string expected"), messages);
    }

    @Test
    void validate_shouldNameTheProperty_whenAGlobalsPropertyHasTheWrongType() {
        // GIVEN the real template whose Globals publish an alias named by a number
        ObjectNode template = (ObjectNode) SamTemplate.load(templateFile).raw();
        ((ObjectNode) template.at("/Globals/Function")).put("AutoPublishAlias", 42);

        // WHEN it is validated
        List<String> messages = schema.validate(template);

        // THEN the messages name the property (AutoPublishAlias may be a string or an intrinsic object)
        assertEquals(List.of(
                "Globals.Function.AutoPublishAlias: integer found, object expected",
                "Globals.Function.AutoPublishAlias: integer found, string expected"), messages.stream().sorted().toList());
    }

    @Test
    void validate_shouldReportTheTypo_whenAFunctionPropertyIsMisspelt() {
        // GIVEN a small template with a misspelt function property
        JsonNode template = SamTemplate.parse("""
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: a.B::handle
                      Runtime: java21
                      CodeUri: x.jar
                      MemmorySize: 512
                """).raw();

        // WHEN it is validated
        List<String> messages = schema.validate(template);

        // THEN the typo is the one message
        assertEquals(1, messages.size(), String.join("\n", messages));
        assertTrue(messages.get(0).startsWith("Resources.Fn.Properties: property 'MemmorySize' is not defined"),
                messages.get(0));
    }

    @Test
    void validate_shouldListTheKnownKinds_whenAServerlessTypeIsMisspelt() {
        // GIVEN the real template with a resource type SAM does not have
        ObjectNode template = (ObjectNode) SamTemplate.load(templateFile).raw();
        ((ObjectNode) template.at("/Resources/HttpApi")).put("Type", "AWS::Serverless::HttpAPI");

        // WHEN it is validated
        List<String> messages = schema.validate(template);

        // THEN one message says the type is none of SAM's kinds
        assertEquals(1, messages.size(), String.join("\n", messages));
        assertTrue(messages.get(0).startsWith("Resources.HttpApi.Type: is none of the known kinds: "), messages.get(0));
        assertTrue(messages.get(0).contains("AWS::Serverless::HttpApi"), messages.get(0));
    }

    @Test
    void validate_shouldReportNothing_whenOnlyAPassThroughPropertyIsWrong() {
        // GIVEN the real template with a SnapStart value Lambda would reject
        ObjectNode template = (ObjectNode) SamTemplate.load(templateFile).raw();
        ((ObjectNode) template.at("/Globals/Function/SnapStart")).put("ApplyOn", "Always");

        // WHEN it is validated
        List<String> messages = schema.validate(template);

        // THEN the SAM schema is silent: it passes CloudFormation's own properties (SnapStart, Handler,
        // MemorySize, ...) through unchecked, so SamTemplateConventionsTest checks the ones NexusGen relies on
        assertEquals(List.of(), messages);
    }
}
