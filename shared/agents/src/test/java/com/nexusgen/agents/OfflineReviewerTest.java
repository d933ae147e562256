package com.nexusgen.agents;

import com.nexusgen.domain.code.Finding;
import com.nexusgen.review.StaticReview;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The offline Reviewer is the static checks. */
class OfflineReviewerTest {

    @Test
    void review_shouldReturnTheStaticFindings_withoutUsage() {
        // GIVEN files with an eval and an image without alt text
        Map<String, String> files = Map.of("src/App.tsx", """
                export function App() {
                  const total = eval('1 + 1');
                  return <img src="/logo.png" />;
                }
                """);
        // WHEN the offline Reviewer reviews them
        AgentResult<List<Finding>> result = new OfflineReviewer().review(files);
        // THEN it reports exactly what StaticReview does, and costs nothing
        assertEquals(new StaticReview().review(files), result.value());
        assertTrue(result.value().stream().anyMatch(Finding::critical), result.value().toString());
        assertEquals(List.of(), result.usage());
    }
}
