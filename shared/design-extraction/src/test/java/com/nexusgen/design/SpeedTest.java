package com.nexusgen.design;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class SpeedTest {

    private static final int PAGES = 50;
    private static final int PAGE_SIZE = 10_000;
    private static final long BUDGET_MILLIS = 2_000;

    /** 50 pages of about 10 KB: the labelled mockups, each padded with more rules and more content. */
    private static List<MockupDocument> fiftyPages() {
        List<MockupDocument> labelled = new ArrayList<>();
        LabelledApp.all().forEach(app -> labelled.addAll(app.mockups()));
        List<MockupDocument> pages = new ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
            MockupDocument source = labelled.get(i % labelled.size());
            StringBuilder css = new StringBuilder();
            StringBuilder body = new StringBuilder();
            int n = 0;
            while (source.html().length() + css.length() + body.length() < PAGE_SIZE) {
                css.append(".extra-").append(n).append(" { padding: ").append(4 * (n % 8)).append("px; color: #")
                        .append(String.format("%06x", (n * 7919 + i) & 0xffffff)).append("; }\n");
                body.append("<div class=\"extra-").append(n).append("\"><h3>Block ").append(n).append("</h3><p>Text</p></div>\n");
                n++;
            }
            String html = source.html()
                    .replace("</style>", css + "</style>")
                    .replace("</body>", body + "</body>");
            pages.add(new MockupDocument(source.pageId() + "-" + i, source.pageSlug(), html));
        }
        return pages;
    }

    @Test
    void extractAndInfer_shouldTakeWellUnderASecond_whenGivenFiftyTenKilobyteMockupsAfterWarmUp() {
        // GIVEN 50 mockups of about 10 KB, and extractors warmed up on them
        List<MockupDocument> pages = fiftyPages();
        long bytes = pages.stream().mapToLong(p -> p.html().length()).sum();
        DesignExtractor extractor = new DesignExtractor();
        EntityInference inference = new EntityInference();
        for (int i = 0; i < 5; i++) {
            extractor.extract(pages);
            inference.infer(pages);
        }
        // WHEN they are extracted and inferred, best of three runs
        long bestDesign = Long.MAX_VALUE;
        long bestEntities = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            extractor.extract(pages);
            long middle = System.nanoTime();
            inference.infer(pages);
            long end = System.nanoTime();
            bestDesign = Math.min(bestDesign, middle - start);
            bestEntities = Math.min(bestEntities, end - middle);
        }
        long designMillis = bestDesign / 1_000_000;
        long entityMillis = bestEntities / 1_000_000;
        System.out.printf("[speed] %d mockups, %d KB: design %d ms, entities %d ms%n", PAGES, bytes / 1024, designMillis, entityMillis);
        // THEN each takes less than the budget
        assertTrue(designMillis < BUDGET_MILLIS, "design extraction took " + designMillis + " ms");
        assertTrue(entityMillis < BUDGET_MILLIS, "entity inference took " + entityMillis + " ms");
    }
}
