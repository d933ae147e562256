package com.nexusgen.local;

import com.nexusgen.mockups.render.EntitySpec;
import com.nexusgen.mockups.render.FieldSpec;
import com.nexusgen.mockups.render.MockupRenderer;
import com.nexusgen.mockups.render.PageLink;
import com.nexusgen.mockups.render.PageSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code scripts/local.sh bench-render}: the mockup renderer alone, on one thread (one core): pages
 * per second over a realistic project's seven page kinds, after a warm-up, median of five rounds.
 */
final class BenchRender {
    private BenchRender() {
    }

    static void run() {
        MockupRenderer renderer = new MockupRenderer();
        EntitySpec recipe = new EntitySpec("Recipe", List.of(
                new FieldSpec("title", "string", true, List.of()), new FieldSpec("summary", "text", false, List.of()),
                new FieldSpec("prepMinutes", "integer", true, List.of()), new FieldSpec("cuisine", "enum", false, List.of("Thai", "Italian")),
                new FieldSpec("publishedOn", "date", false, List.of())));
        List<PageSpec> pages = List.of(
                new PageSpec("p1", "Landing", "index", "/", "Share and rate recipes", "responsive", List.of("hero", "features"), null, null),
                new PageSpec("p2", "Sign in", "sign-in", "/sign-in", "Sign in", "responsive", List.of("form"), null, null),
                new PageSpec("p3", "Dashboard", "dashboard", "/dashboard", "At a glance", "desktop", List.of("cards"), null, null),
                new PageSpec("p4", "Recipes", "recipes", "/recipes", "Browse recipes", "responsive", List.of("table"), recipe, null),
                new PageSpec("p5", "Recipe", "recipes-id", "/recipes/:id", "One recipe", "responsive", List.of(), recipe, null),
                new PageSpec("p6", "New recipe", "recipes-new", "/recipes/new", "Create a recipe", "responsive", List.of(), recipe, null),
                new PageSpec("p7", "Settings", "settings", "/settings", "Profile", "responsive", List.of("form"), null, null));
        List<PageLink> links = pages.stream().map(p -> new PageLink(p.id(), p.name(), p.slug(), p.path())).toList();
        Map<String, String> tokens = MockupRenderer.defaultTokens();
        long bytes = 0;
        for (int i = 0; i < 20_000; i++) {
            bytes += renderer.render("Recipe Box", pages.get(i % pages.size()), links, tokens).length();
        }
        List<Double> rates = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            int n = 20_000;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                bytes += renderer.render("Recipe Box", pages.get(i % pages.size()), links, tokens).length();
            }
            rates.add(n / ((System.nanoTime() - start) / 1e9));
        }
        rates.sort(Double::compare);
        System.out.printf("mockup renderer, one thread: median %.0f pages/s (rounds: %s); target >= 1000 pages/s per core (%d bytes rendered)%n",
                rates.get(2), rates.stream().map(r -> String.format("%.0f", r)).toList(), bytes);
    }
}
