package com.nexusgen.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexusgen.ai.offline.MiniLmEmbeddings;
import com.nexusgen.builds.BuildLimits;
import com.nexusgen.builds.LocalBuildRunner;
import com.nexusgen.healing.Attempt;
import com.nexusgen.healing.FixMemories;
import com.nexusgen.healing.Healer;
import com.nexusgen.healing.HealingReport;
import com.nexusgen.healing.RetryPolicy;
import com.nexusgen.healing.SelfHealer;
import com.nexusgen.healing.fixers.DeterministicFixers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Deque;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code scripts/local.sh build DIR [--memory DIR]}: builds an app folder and heals it in place, the way the
 * workflow does (fix memory, then the deterministic fixers; offline there is no Fixer agent), and prints one line
 * of JSON: {@code {"healed", "builds", "fixes": [{"category", "kind", "signature", "source", "fixer"}], "status"}}.
 * Progress goes to stderr. The fixed files are written back; nothing else in the folder is touched.
 */
final class BuildCommand {
    /** Generated or installed, never part of the app's source. */
    private static final Set<String> SKIPPED = Set.of("node_modules", "dist", ".vite-cache", ".git");
    private static final ObjectMapper JSON = new ObjectMapper();

    private BuildCommand() {
    }

    static int run(Deque<String> args) throws Exception {
        Path app = null;
        Path memoryFolder = Path.of(".local-data", "build-fix-memory");
        while (!args.isEmpty()) {
            String arg = args.pop();
            if (arg.equals("--memory")) {
                if (args.isEmpty()) {
                    throw new IllegalArgumentException("--memory needs a folder");
                }
                memoryFolder = Path.of(args.pop());
            } else if (app == null && !arg.startsWith("-")) {
                app = Path.of(arg);
            } else {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            }
        }
        if (app == null || !Files.isRegularFile(app.resolve("package.json"))) {
            throw new IllegalArgumentException("build needs an app folder with a package.json: scripts/local.sh build DIR");
        }
        Map<String, String> before = read(app);
        HealingReport report;
        try (FixMemories.Local memory = FixMemories.inFolder(memoryFolder, new MiniLmEmbeddings())) {
            Healer healer = new Healer(memory.memory(), DeterministicFixers.all(), null, RetryPolicy.DEFAULT, new Random());
            SelfHealer selfHealer = new SelfHealer(LocalBuildRunner.withDefaults(), healer, delay -> Thread.sleep(delay.toMillis()));
            report = selfHealer.heal("cli", before, "/", BuildLimits.DEFAULT, line -> System.err.println("[build] " + line));
        }
        writeBack(app, before, report.files());
        System.out.println(json(report));
        return report.healed() ? 0 : 1;
    }

    static ObjectNode json(HealingReport report) {
        ObjectNode out = JSON.createObjectNode().put("healed", report.healed()).put("builds", report.builds());
        ArrayNode fixes = out.putArray("fixes");
        for (Attempt attempt : report.attempts()) {
            fixes.add(JSON.valueToTree(Healer.summary(attempt)).deepCopy());
        }
        out.put("status", report.status());
        if (!report.healed()) {
            out.put("reason", report.reason());
            ArrayNode errors = out.putArray("errors");
            report.errors().stream().limit(10).forEach(e -> errors.addObject().put("kind", e.kind().wireName())
                    .put("file", e.file()).put("line", e.line()).put("code", e.code()).put("message", e.message()));
        }
        return out;
    }

    static Map<String, String> read(Path app) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(app)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                Path relative = app.relativize(path);
                if (SKIPPED.contains(relative.getName(0).toString())) {
                    continue;
                }
                files.put(relative.toString().replace('\\', '/'), Files.readString(path, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /** Writes what the fixes changed or added, deletes what they removed; everything else stays as it was. */
    static void writeBack(Path app, Map<String, String> before, Map<String, String> after) throws IOException {
        for (Map.Entry<String, String> file : after.entrySet()) {
            if (!file.getValue().equals(before.get(file.getKey()))) {
                Path target = app.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        }
        for (String path : before.keySet()) {
            if (!after.containsKey(path)) {
                Files.deleteIfExists(app.resolve(path));
            }
        }
    }
}
