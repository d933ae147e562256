package com.nexusgen.agents.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import com.nexusgen.agents.AgentResult;
import com.nexusgen.ai.BedrockStub;
import com.nexusgen.domain.code.Finding;
import com.nexusgen.review.StaticReview;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Bedrock Reviewer on the real Converse adapter, against the in-process stub. */
class BedrockReviewerTest {
    private static final Map<String, String> FILES = Map.of(
            "src/App.tsx", """
                    export function App() {
                      const total = eval('1 + 1');
                      return <p>{total}</p>;
                    }
                    """,
            "src/pages/About.tsx", """
                    export function About() {
                      return <p>About us</p>;
                    }
                    """);

    private ModelOnStub bedrock;
    private BedrockReviewer reviewer;
    private List<Finding> staticFindings;

    @BeforeEach
    void start() throws Exception {
        bedrock = new ModelOnStub();
        reviewer = new BedrockReviewer(bedrock.model);
        staticFindings = new StaticReview().review(FILES);
    }

    @AfterEach
    void stop() {
        bedrock.close();
    }

    @Test
    void review_shouldKeepTheStaticFindings_whenTheModelFindsNothing() {
        // GIVEN files with an eval (a critical static finding) and a model that finds nothing more
        assertTrue(staticFindings.stream().anyMatch(f -> f.ruleId().equals("no-eval") && f.critical()), staticFindings.toString());
        bedrock.stub.reply(BedrockStub.tool("submit_findings", "{\"findings\":[]}", 800, 20));
        // WHEN the Reviewer reviews them
        AgentResult<List<Finding>> result = reviewer.review(FILES);
        // THEN the static findings are all there, and the model's call is accounted for
        assertEquals(staticFindings, result.value());
        assertEquals(800, result.usage().getFirst().inputTokens());
    }

    @Test
    void review_shouldMergeTheModelsFindings_droppingDuplicatesAndFilesThatDoNotExist() {
        // GIVEN a model that repeats the static finding, finds something new (twice), and names an imagined file
        Finding eval = staticFindings.stream().filter(f -> f.ruleId().equals("no-eval")).findFirst().orElseThrow();
        Map<String, Object> repeated = finding("no-eval", "critical", "security", "src/App.tsx", eval.line(), "eval is dangerous");
        Map<String, Object> heading = finding("missing-page-heading", "medium", "accessibility", "src/pages/About.tsx", 2,
                "The page has no h1");
        Map<String, Object> imagined = finding("xss", "critical", "security", "src/pages/Imagined.tsx", 3, "Unescaped input");
        bedrock.stub.reply(BedrockStub.tool("submit_findings",
                ModelOnStub.json(Map.of("findings", List.of(repeated, heading, imagined, heading))), 900, 300));
        // WHEN the Reviewer reviews the files
        List<Finding> findings = reviewer.review(FILES).value();
        // THEN the static findings come first for their rule, file and line; the new one is added once
        assertTrue(findings.containsAll(staticFindings), findings.toString());
        assertEquals(staticFindings.size() + 1, findings.size(), findings.toString());
        assertEquals(List.of(eval), findings.stream().filter(f -> f.ruleId().equals("no-eval")).toList());
        Finding added = findings.stream().filter(f -> f.ruleId().equals("missing-page-heading")).findFirst().orElseThrow();
        assertEquals(new Finding("missing-page-heading", Finding.Severity.MEDIUM, Finding.Category.ACCESSIBILITY,
                "src/pages/About.tsx", 2, "The page has no h1", "Do what the message says"), added);
        // AND nothing is reported on a file the app does not have
        assertFalse(findings.stream().anyMatch(f -> f.file().equals("src/pages/Imagined.tsx")), findings.toString());
    }

    @Test
    void review_shouldShowTheModelTheFilesTheStaticRulesAndTheirFindings() {
        // GIVEN a model that finds nothing
        bedrock.stub.reply(BedrockStub.tool("submit_findings", "{\"findings\":[]}", 100, 10));
        // WHEN the Reviewer reviews the files
        reviewer.review(FILES);
        // THEN the model saw the files, what the static checks look for and what they found
        JsonNode request = bedrock.request(0);
        String user = ModelOnStub.userText(request);
        assertTrue(user.contains("<file path=\"src/App.tsx\">\n" + FILES.get("src/App.tsx")), user);
        assertTrue(user.contains("- no-eval: "), user);
        assertTrue(user.contains("] no-eval in src/App.tsx:2: "), user);
        assertEquals("submit_findings", request.path("toolConfig").path("toolChoice").path("tool").path("name").asText());
        assertEquals(0.0, request.path("inferenceConfig").path("temperature").asDouble());
    }

    private static Map<String, Object> finding(String ruleId, String severity, String category, String file, int line,
                                               String message) {
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("ruleId", ruleId);
        finding.put("severity", severity);
        finding.put("category", category);
        finding.put("file", file);
        finding.put("line", line);
        finding.put("message", message);
        finding.put("suggestedFix", "Do what the message says");
        return finding;
    }
}
