package com.nexusgen.mockups.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mockups are drawn for every page of every project, often all at once after a wizard step; the target is
 * 1000 pages a second on one core. The assertion keeps a wide margin so a loaded CI machine does not fail it.
 */
class MockupRendererPerformanceTest {

    private static final int WARM_UP = 2_000;
    private static final int MEASURED = 2_000;
    private static final double MINIMUM_PAGES_PER_SECOND = 500;

    @Test
    void render_shouldDrawAtLeast500PagesPerSecond_whenRunningOnOneThread() {
        // GIVEN a renderer warmed up on every kind of page
        long constructing = System.nanoTime();
        MockupRenderer renderer = new MockupRenderer();
        long firstPage = System.nanoTime();
        List<PageSpec> pages = SampleProject.PAGES;
        long sink = renderer.render(SampleProject.NAME, pages.getFirst(), SampleProject.LINKS, null).length();
        System.out.printf("MockupRenderer: constructed in %.2f ms, first page in %.2f ms"
                        + " (other tests may have loaded classes already)%n",
                (firstPage - constructing) / 1e6, (System.nanoTime() - firstPage) / 1e6);
        for (int i = 0; i < WARM_UP; i++) {
            sink += renderer.render(SampleProject.NAME, pages.get(i % pages.size()), SampleProject.LINKS, null)
                    .length();
        }

        // WHEN 2000 pages are rendered on this thread
        long start = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            sink += renderer.render(SampleProject.NAME, pages.get(i % pages.size()), SampleProject.LINKS, null)
                    .length();
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        // THEN the rate clears the bar
        double pagesPerSecond = MEASURED / seconds;
        System.out.printf("MockupRenderer: %d pages in %.3f s = %.0f pages/s on one thread (%d chars)%n",
                MEASURED, seconds, pagesPerSecond, sink);
        assertTrue(pagesPerSecond >= MINIMUM_PAGES_PER_SECOND, pagesPerSecond + " pages/s");
    }
}
