package com.nexusgen.template;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What NexusGen relies on in template.yaml beyond the SAM schema, which passes CloudFormation's own
 * properties (SnapStart, Runtime, ...) through unchecked (DESIGN.md §2 and §11).
 */
class SamTemplateConventionsTest {

    private final SamTemplate template = SamTemplate.load(RepositoryRoot.template());

    @Test
    void functions_shouldAllUseSnapStartOnAPublishedAlias_whenGlobalsAreApplied() {
        // GIVEN every function with Globals applied
        List<String> problems = new ArrayList<>();
        for (FunctionDefinition function : template.functions()) {
            JsonNode properties = function.properties();

            // WHEN its cold-start settings are read
            String applyOn = properties.path("SnapStart").path("ApplyOn").asText("<missing>");

            // THEN SnapStart is on (only PublishedVersions/None exist) and there is an alias to snapshot
            if (!"PublishedVersions".equals(applyOn)) {
                problems.add(function.logicalId() + ": SnapStart.ApplyOn is " + applyOn + ", not PublishedVersions");
            }
            if (!properties.path("AutoPublishAlias").isTextual()) {
                problems.add(function.logicalId() + ": no AutoPublishAlias");
            }
            if (!function.runtime().orElse("").equals("java21")) {
                problems.add(function.logicalId() + ": runtime " + function.runtime().orElse("<none>") + ", not java21");
            }
            if (function.handler().isEmpty()) {
                problems.add(function.logicalId() + ": no Handler");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void httpApiEvents_shouldAllUseTheTemplatesHttpApi_whenRoutesAreDeclared() {
        // GIVEN the template's HTTP API
        String api = template.httpApi().orElseThrow().logicalId();

        // WHEN / THEN every route is attached to it (not to SAM's implicit API)
        for (FunctionDefinition function : template.functions()) {
            for (HttpApiEvent event : function.httpApiEvents()) {
                assertEquals("{\"Ref\":\"" + api + "\"}", event.apiId().map(JsonNode::toString).orElse("<none>"),
                        function.logicalId() + "." + event.name());
            }
        }
    }

    @Test
    void resolve_shouldEvaluateEveryIntrinsic_whenTheLocalPlatformSuppliesItsNames() {
        // GIVEN the names the local platform gives resources that have no name property
        LocalResolver resolver = LocalResolver.builder(template)
                .parameter("Stage", "local")
                .resource("ArtifactBucket", "nexusgen-local-artifacts")
                .resource("HttpApi", "local")
                .resource("ApiFunction.Alias", "nexusgen-local-api:live")
                .resource("ArchitectFunction.Alias", "nexusgen-local-architect:live")
                .resource("CoderFunction.Alias", "nexusgen-local-coder:live")
                .resource("ReviewerFunction.Alias", "nexusgen-local-reviewer:live")
                .resource("GenerationStepsFunction.Alias", "nexusgen-local-generation-steps:live")
                .resource("BuildStepsFunction.Alias", "nexusgen-local-build-steps:live")
                .resource("PreviewBucket", "nexusgen-local-previews")
                .build();

        // WHEN the whole template is resolved
        JsonNode resolved = resolver.resolve(template.raw(), "Template");

        // THEN no intrinsic is left, and the table's environment and policy point at the local table
        assertTrue(!resolved.toString().contains("\"Ref\"") && !resolved.toString().contains("\"Fn::"), resolved::toString);
        assertEquals("nexusgen-local",
                resolved.at("/Globals/Function/Environment/Variables/NEXUSGEN_TABLE").asText());
        assertEquals("arn:aws:dynamodb:us-east-1:000000000000:table/nexusgen-local",
                resolved.at("/Resources/ApiFunction/Properties/Policies/0/Statement/0/Resource/0").asText());
    }
}
