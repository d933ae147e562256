package com.nexusgen.mockups.render;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two places mockups are opened: exported files on disk, and the API's mockup route. */
class MockupExportTest {

    private static final MockupRenderer RENDERER = new MockupRenderer();

    @Test
    void render_shouldLinkToFilesThatExist_whenTheProjectIsExportedToOneFolder(@TempDir Path folder)
            throws IOException {
        // GIVEN every page of a project exported side by side, as the export zip lays them out
        for (PageSpec page : SampleProject.PAGES) {
            Files.writeString(folder.resolve(page.slug() + ".html"),
                    RENDERER.render(SampleProject.NAME, page, SampleProject.LINKS, null));
        }

        for (PageSpec page : SampleProject.PAGES) {
            // WHEN the links of each file are followed from disk
            Path file = folder.resolve(page.slug() + ".html");
            Document document = MockupChecks.parse(Files.readString(file));

            // THEN each one opens a file that is there
            for (String target : MockupChecks.targets(document)) {
                Path opened = Path.of(file.toUri().resolve(target));
                assertTrue(Files.isRegularFile(opened), page.slug() + " -> " + target);
            }
        }
    }

    @Test
    void render_shouldLinkToTheApisMockupRoute_whenServedByTheApi() {
        // GIVEN the API's route of each page's latest mockup
        String projectId = "prj_01HXYZ";
        Set<String> routes = SampleProject.PAGES.stream()
                .map(page -> "/v1/projects/" + projectId + "/mockups/" + page.slug() + ".html")
                .collect(Collectors.toSet());

        for (PageSpec page : SampleProject.PAGES) {
            // WHEN a mockup served there is read by the browser
            URI served = URI.create("https://api.nexusgen.example/v1/projects/" + projectId + "/mockups/"
                    + page.slug() + ".html");
            Document document = MockupChecks.parse(RENDERER.render(SampleProject.NAME, page, SampleProject.LINKS,
                    null));

            // THEN its links resolve to the API's routes of the other mockups
            for (String target : MockupChecks.targets(document)) {
                URI resolved = served.resolve(target);
                assertEquals(served.getHost(), resolved.getHost());
                assertTrue(routes.contains(resolved.getPath()), page.slug() + " -> " + resolved);
            }
        }
    }
}
