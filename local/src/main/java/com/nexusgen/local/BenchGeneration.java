package com.nexusgen.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.nexusgen.appgen.NpmApp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code scripts/local.sh bench-generation}: the main job's speed, for the eight prompts on
 * one local platform (offline agents): wall time per workflow stage and prompt → reviewed version,
 * then whether each saved app installs and builds with npm. One warm-up generation first, not
 * counted, so the figures are a warm Lambda's, as in production after the first request.
 */
final class BenchGeneration {
    static final List<String> PROMPTS = List.of(
            "A recipe sharing site where cooks post recipes and others rate them",
            "Gym class booking: members book classes, trainers manage the schedule",
            "A personal finance tracker for expenses, budgets and monthly reports",
            "A kanban board for small teams with tasks, columns and assignees",
            "Lesson plans for teachers: plan lessons per subject and share them with colleagues",
            "Event ticketing: organizers publish events and attendees buy tickets",
            "Pet adoption: shelters list pets and families apply to adopt them",
            "An IT helpdesk where employees open tickets and agents resolve them");
    private static final List<String> STAGES = List.of("Validate", "Plan", "Code", "Assemble", "Review", "SaveVersion");

    private BenchGeneration() {
    }

    static int run(Path root) throws Exception {
        Path work = Files.createTempDirectory("nexusgen-bench-");
        try (LocalPlatform platform = LocalPlatform.start(LocalPlatform.Options.inMemory(root))) {
            GenerateCommand session = GenerateCommand.on(platform);
            long cold = session.generate("A warm-up todo list", "Warm-up", work.resolve("warm-up")).path("wallMillis").asLong();
            List<String> rows = new ArrayList<>();
            List<Long> totals = new ArrayList<>();
            int built = 0;
            for (int i = 0; i < PROMPTS.size(); i++) {
                String prompt = PROMPTS.get(i);
                Path out = work.resolve("app-" + i);
                JsonNode summary = session.generate(prompt, GenerateCommand.projectName(prompt), out);
                totals.add(summary.path("wallMillis").asLong());
                StringBuilder row = new StringBuilder(String.format("%-30s %-10s", abbreviate(prompt, 30),
                        summary.path("status").asText()));
                for (String stage : STAGES) {
                    row.append(String.format(" %8d", summary.path("stages").path(stage).asLong()));
                }
                row.append(String.format(" %8d %6d", summary.path("wallMillis").asLong(),
                        summary.path("result").path("fileCount").asInt()));
                Path app = out.resolve("app");
                String buildCell = "-";
                if (Files.isDirectory(app)) {
                    NpmApp.Result install = NpmApp.install(app);
                    NpmApp.Result build = install.ok() ? NpmApp.run(app, "build", Duration.ofMinutes(3)) : install;
                    boolean clean = build.ok() && !build.output().contains("error TS")
                            && !build.output().toLowerCase().contains("warning");
                    built += clean ? 1 : 0;
                    buildCell = (clean ? "ok " : "FAIL ") + build.elapsed().toMillis() + " ms";
                }
                rows.add(row.append("  ").append(buildCell).toString());
            }
            System.out.printf("%n%-30s %-10s", "prompt", "status");
            STAGES.forEach(s -> System.out.printf(" %8s", s.length() > 8 ? s.substring(0, 8) : s));
            System.out.printf(" %8s %6s  %s%n", "total", "files", "npm build");
            rows.forEach(System.out::println);
            List<Long> sorted = totals.stream().sorted().toList();
            System.out.printf("%nprompt → reviewed version (ms): median %d, max %d; target <= 5000%n",
                    sorted.get(sorted.size() / 2), sorted.getLast());
            System.out.printf("the platform's first generation (cold functions, not counted above): %d ms%n", cold);
            System.out.printf("apps that install and build with no TypeScript error or warning: %d of %d%n", built, PROMPTS.size());
            System.out.println("stage columns: wall ms from the execution history (entered → exited); offline agents; "
                    + Runtime.getRuntime().availableProcessors() + " cores");
            return built == PROMPTS.size() ? 0 : 1;
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
