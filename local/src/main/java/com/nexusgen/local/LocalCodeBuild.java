package com.nexusgen.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexusgen.asl.StatesError;
import com.nexusgen.asl.TaskInvoker;
import com.nexusgen.builds.BuildRequest;
import com.nexusgen.builds.BuildResult;
import com.nexusgen.builds.BuildRunner;
import com.nexusgen.domain.code.BlobStore;
import com.nexusgen.domain.code.Zips;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * The {@code arn:aws:states:::codebuild:startBuild.sync} integration on one machine: the request CodeBuild would
 * get (an S3 source zip, S3 logs, an S3 zip artifact, environment overrides) runs on the local build runner, with
 * the artifact bucket being the platform's blob folder. Like the real integration it returns the build on success
 * and fails the task with {@code States.TaskFailed} and the build as the cause otherwise; the log is written where
 * CodeBuild writes it ({@code <logs location>/<build uuid>.gz}) and named by {@code Logs.S3LogsArn}.
 */
final class LocalCodeBuild implements TaskInvoker {
    static final String START_BUILD_SYNC = "arn:aws:states:::codebuild:startBuild.sync";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlobStore bucket;
    private final BuildRunner runner;

    LocalCodeBuild(BlobStore bucket, BuildRunner runner) {
        this.bucket = bucket;
        this.runner = runner;
    }

    @Override
    public JsonNode invoke(String resource, JsonNode parameters, JsonNode context) throws InterruptedException {
        if (!resource.equals(START_BUILD_SYNC)) {
            throw StatesError.runtime("no local target for resource " + resource);
        }
        String project = required(parameters, "ProjectName");
        String uuid = UUID.randomUUID().toString();
        String source = key(required(parameters, "SourceLocationOverride"));
        byte[] zip = bucket.get(source).orElseThrow(() ->
                new StatesError("CodeBuild.InvalidInputException", "no source at " + source));
        String basePath = "/";
        for (JsonNode variable : parameters.path("EnvironmentVariablesOverride")) {
            if (variable.path("Name").asText().equals("BASE_PATH")) {
                basePath = variable.path("Value").asText("/");
            }
        }
        BuildResult result = runner.build(new BuildRequest(uuid, unzip(zip), basePath, null));
        String logsLocation = parameters.path("LogsConfigOverride").path("S3Logs").path("Location").asText(null);
        String bucketName = source.isEmpty() ? "" : required(parameters, "SourceLocationOverride").split("/", 2)[0];
        ObjectNode build = JSON.createObjectNode()
                .put("Id", project + ":" + uuid)
                .put("Arn", "arn:aws:codebuild:us-east-1:000000000000:build/" + project + ":" + uuid)
                .put("ProjectName", project)
                .put("BuildStatus", switch (result.status()) {
                    case SUCCEEDED -> "SUCCEEDED";
                    case FAILED -> "FAILED";
                    case TIMED_OUT -> "TIMED_OUT";
                })
                .put("CurrentPhase", "COMPLETED")
                .put("StartTime", Instant.now().minus(result.duration()).toString())
                .put("EndTime", Instant.now().toString());
        if (logsLocation != null) {
            String logKey = key(logsLocation) + "/" + uuid + ".gz";
            bucket.put(logKey, gzip(result.log()), "application/gzip");
            build.putObject("Logs").put("S3LogsArn", "arn:aws:s3:::" + bucketName + "/" + logKey);
        }
        if (!result.succeeded()) {
            ObjectNode cause = JSON.createObjectNode();
            cause.set("Build", build);
            throw new StatesError("States.TaskFailed", cause.toString());
        }
        JsonNode artifacts = parameters.path("ArtifactsOverride");
        if (artifacts.path("Type").asText().equals("S3")) {
            String artifactKey = artifacts.path("Path").asText() + "/" + artifacts.path("Name").asText("artifact.zip");
            bucket.put(artifactKey, Zips.zip(result.dist()), "application/zip");
            build.putObject("Artifacts").put("Location", "arn:aws:s3:::" + artifacts.path("Location").asText() + "/" + artifactKey);
        }
        ObjectNode out = JSON.createObjectNode();
        out.set("Build", build);
        return out;
    }

    private static String required(JsonNode parameters, String name) {
        String value = parameters.path(name).asText(null);
        if (value == null || value.isBlank()) {
            throw new StatesError("CodeBuild.InvalidInputException", name + " is required");
        }
        return value;
    }

    /** "bucket/key" → "key": the platform has one folder standing in for the artifact bucket. */
    private static String key(String location) {
        int slash = location.indexOf('/');
        return slash < 0 ? "" : location.substring(slash + 1);
    }

    /** The source zip as the runner's text files; a body that is not a zip is CodeBuild's invalid input. */
    private static Map<String, String> unzip(byte[] zip) {
        Map<String, String> files = new TreeMap<>();
        try {
            Zips.unzip(zip).forEach((path, body) -> files.put(path, new String(body, StandardCharsets.UTF_8)));
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw new StatesError("CodeBuild.InvalidInputException", "the source is not a usable zip: " + e.getMessage());
        }
        return files;
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
