package com.nexusgen.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexusgen.domain.workspaces.Role;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code scripts/local.sh generate "<prompt>" --out DIR}: the main job end to end, the way a user's
 * SPA does it: a project, a generation over the HTTP API, progress until it ends, then the plan
 * ({@code DIR/prd.json}), the app ({@code DIR/app/}) and {@code DIR/summary.json}.
 */
final class GenerateCommand {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> FINAL = Set.of("succeeded", "failed", "cancelled", "rejected", "needs_attention");
    private static final Duration LIMIT = Duration.ofMinutes(15);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private URI base;
    private String token;

    private GenerateCommand() {
    }

    /** A session on a running platform, as the dev user of the dev workspace (for the bench, which generates many). */
    static GenerateCommand on(LocalPlatform platform) {
        GenerateCommand command = new GenerateCommand();
        command.base = platform.url();
        command.token = platform.issueToken("dev", "dev-workspace", Role.OWNER, Duration.ofHours(1));
        return command;
    }

    /** Exit code: 0 when the generation succeeded, 1 when it ended otherwise, 2 for bad usage. */
    static int run(Path root, Deque<String> args) throws Exception {
        String prompt = null;
        Path out = null;
        String name = null;
        Path data = null;
        Map<String, String> parameters = new LinkedHashMap<>();
        Deque<String> rest = new ArrayDeque<>(args);
        while (!rest.isEmpty()) {
            String arg = rest.pop();
            switch (arg) {
                case "--out" -> out = Path.of(next(rest, arg));
                case "--name" -> name = next(rest, arg);
                case "--data" -> data = Path.of(next(rest, arg));
                case "--param" -> {
                    String pair = next(rest, arg);
                    int eq = pair.indexOf('=');
                    if (eq < 1) {
                        throw new IllegalArgumentException("--param takes NAME=VALUE");
                    }
                    parameters.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
                default -> {
                    if (arg.startsWith("--") || prompt != null) {
                        throw new IllegalArgumentException("unexpected argument: " + arg);
                    }
                    prompt = arg;
                }
            }
        }
        if (prompt == null || prompt.isBlank() || out == null) {
            throw new IllegalArgumentException("generate needs a prompt and --out DIR");
        }
        try (LocalPlatform platform = LocalPlatform.start(new LocalPlatform.Options(root, "127.0.0.1", 0, data,
                parameters, 4))) {
            GenerateCommand command = on(platform);
            ObjectNode summary = command.generate(prompt, name == null ? projectName(prompt) : name, out);
            System.out.println(JSON.writeValueAsString(summary));
            return "succeeded".equals(summary.path("status").asText()) ? 0 : 1;
        }
    }

    ObjectNode generate(String prompt, String name, Path out) throws IOException, InterruptedException {
        long started = System.nanoTime();
        JsonNode project = call("POST", "/v1/projects", JSON.createObjectNode().put("name", name)
                .put("description", prompt.length() > 2000 ? prompt.substring(0, 2000) : prompt), 201);
        String projectId = project.path("id").asText();
        JsonNode started202 = call("POST", "/v1/projects/" + projectId + "/generations",
                JSON.createObjectNode().put("prompt", prompt), 202);
        String generationId = started202.path("generationId").asText();
        JsonNode generation;
        Instant deadline = Instant.now().plus(LIMIT);
        do {
            Thread.sleep(50);
            generation = call("GET", "/v1/generations/" + generationId, null, 200);
            if (Instant.now().isAfter(deadline)) {
                call("POST", "/v1/generations/" + generationId + "/cancel", null, 200);
                throw new IllegalStateException("the generation did not finish within " + LIMIT);
            }
        } while (!FINAL.contains(generation.path("status").asText()));
        long wallMillis = (System.nanoTime() - started) / 1_000_000;

        Files.createDirectories(out);
        if (generation.path("currentState").isTextual()) {
            try {
                JsonNode plan = call("GET", "/v1/generations/" + generationId + "/plan", null, 200);
                Files.writeString(out.resolve("prd.json"), JSON.writeValueAsString(plan));
            } catch (IllegalStateException e) {
                // no plan: the generation failed before the Architect finished
            }
        }
        JsonNode result = generation.path("result");
        if (result.isObject()) {
            int version = result.path("version").asInt();
            String prefix = "/v1/projects/" + projectId + "/versions/" + version + "/files";
            Path app = out.resolve("app");
            for (JsonNode file : call("GET", prefix, null, 200).path("files")) {
                String path = file.path("path").asText();
                Path target = app.resolve(path).normalize();
                if (!target.startsWith(app)) {
                    throw new IllegalStateException("refusing to write outside " + app + ": " + path);
                }
                Files.createDirectories(target.getParent());
                Files.writeString(target, text("GET", prefix + "/" + encodePath(path)));
            }
        }
        ObjectNode summary = JSON.createObjectNode();
        summary.put("generationId", generationId).put("projectId", projectId)
                .put("status", generation.path("status").asText()).put("wallMillis", wallMillis);
        summary.set("stages", stageWallTimes(generation.path("progress")));
        summary.set("computeMillis", generation.path("stageMillis"));
        summary.set("usage", generation.path("usage"));
        summary.set("result", generation.path("result"));
        if (result.path("previewPath").isTextual()) {
            // served while the platform runs on the same data: scripts/local.sh (serve) after this command
            summary.put("previewUrl", base.resolve(result.path("previewPath").asText()).toString());
            Files.writeString(out.resolve("preview.html"), text("GET", result.path("previewPath").asText()));
        }
        if (generation.hasNonNull("error")) {
            summary.put("error", generation.path("error").asText()).put("cause", generation.path("cause").asText());
        }
        Files.writeString(out.resolve("summary.json"), JSON.writeValueAsString(summary));
        return summary;
    }

    /** Wall time of each top-level state, from the execution's progress events (entered → exited). */
    static ObjectNode stageWallTimes(JsonNode progress) {
        Map<String, Deque<Instant>> open = new HashMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        for (JsonNode event : progress) {
            String type = event.path("type").asText();
            String state = event.path("state").asText(null);
            if (state == null || state.equals("CodeTask")) {
                continue; // a Map's iterations overlap; the Map state's own time is the stage's wall time
            }
            Instant at = Instant.parse(event.path("at").asText());
            if (type.endsWith("StateEntered")) {
                open.computeIfAbsent(state, s -> new ArrayDeque<>()).add(at);
            } else if (type.endsWith("StateExited") && open.containsKey(state) && !open.get(state).isEmpty()) {
                totals.merge(state, Duration.between(open.get(state).poll(), at).toMillis(), Long::sum);
            }
        }
        ObjectNode out = JSON.createObjectNode();
        totals.forEach(out::put);
        return out;
    }

    private JsonNode call(String method, String path, JsonNode body, int expected) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private String text(String method, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (String segment : path.split("/")) {
            if (!out.isEmpty()) {
                out.append('/');
            }
            out.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }

    /** A project name from the prompt's first words (the user can pass --name instead). */
    static String projectName(String prompt) {
        String words = prompt.strip().replaceAll("\\s+", " ");
        return words.length() <= 60 ? words : words.substring(0, words.lastIndexOf(' ', 60) > 20 ? words.lastIndexOf(' ', 60) : 60);
    }

    private static String next(Deque<String> args, String option) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.pop();
    }
}
