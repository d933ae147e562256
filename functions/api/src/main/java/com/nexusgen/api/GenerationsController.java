package com.nexusgen.api;

import com.nexusgen.domain.common.Page;
import com.nexusgen.domain.common.PageRequest;
import com.nexusgen.domain.errors.ProblemException;
import com.nexusgen.domain.generations.Generation;
import com.nexusgen.domain.generations.Generations;
import com.nexusgen.domain.generations.ProjectVersion;
import com.nexusgen.domain.workspaces.Caller;
import com.nexusgen.domain.workspaces.Identity;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.tree.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;

import java.util.Optional;

/** Generations (prompt → reviewed version), the versions they save, and model usage. Thin over {@link Generations}. */
@Controller("/v1")
@Tag(name = "generations")
@ApiResponse(responseCode = "400", description = "Invalid input", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "401", description = "Missing or invalid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "403", description = "Not allowed for your role", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "404", description = "Not found in your workspace", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class GenerationsController {
    private final Generations generations;

    GenerationsController(Generations generations) {
        this.generations = generations;
    }

    @Post("/projects/{projectId}/generations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startGeneration", summary = "Start generating the project's app from a prompt")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GenerationViews.Input.class)))
    @ApiResponse(responseCode = "202", description = "Started; follow it at Location")
    HttpResponse<GenerationViews.Started> start(@Parameter(hidden = true) Identity identity, @PathVariable String projectId,
                                                @Body JsonNode body) {
        Generation g = generations.start(identity, projectId, JsonBodies.object(body));
        return HttpResponse.<GenerationViews.Started>status(HttpStatus.ACCEPTED)
                .body(new GenerationViews.Started(g.id(), g.status().wireName()))
                .headers(h -> h.location(URI.create("/v1/generations/" + g.id())));
    }

    @Get("/generations/{generationId}")
    @Operation(operationId = "getGeneration", summary = "A generation: status, current state, progress, usage, result")
    @ApiResponse(responseCode = "200", description = "The generation")
    GenerationViews.View get(@Parameter(hidden = true) Caller caller, @PathVariable String generationId) {
        Generations.View view = generations.get(caller, generationId);
        return GenerationViews.View.of(view.generation(), view.progress());
    }

    @Get(value = "/generations/{generationId}/plan", produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "getGenerationPlan", summary = "The Architect's plan (a PRD, schema prd/v1): what a person approves or rejects")
    @ApiResponse(responseCode = "200", description = "The PRD", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object")))
    HttpResponse<String> plan(@Parameter(hidden = true) Caller caller, @PathVariable String generationId) {
        return HttpResponse.ok(generations.plan(caller, generationId)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Post("/generations/{generationId}/approve")
    @Operation(operationId = "approveGeneration", summary = "Approve the plan; the Coder starts")
    @ApiResponse(responseCode = "200", description = "Resumed")
    @ApiResponse(responseCode = "409", description = "Not waiting for approval", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    GenerationViews.View approve(@Parameter(hidden = true) Caller caller, @PathVariable String generationId) {
        return GenerationViews.View.of(generations.approve(caller, generationId), java.util.List.of());
    }

    @Post("/generations/{generationId}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectGeneration", summary = "Reject the plan with feedback; the Architect plans again (at most 3 times)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GenerationViews.RejectInput.class)))
    @ApiResponse(responseCode = "200", description = "Sent back to the Architect")
    @ApiResponse(responseCode = "409", description = "Not waiting for approval", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    GenerationViews.View reject(@Parameter(hidden = true) Caller caller, @PathVariable String generationId, @Body JsonNode body) {
        return GenerationViews.View.of(generations.reject(caller, generationId, JsonBodies.object(body)), java.util.List.of());
    }

    @Post("/generations/{generationId}/cancel")
    @Operation(operationId = "cancelGeneration", summary = "Cancel a generation that has not finished")
    @ApiResponse(responseCode = "200", description = "Cancelled")
    @ApiResponse(responseCode = "409", description = "Already finished", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    GenerationViews.View cancel(@Parameter(hidden = true) Caller caller, @PathVariable String generationId) {
        return GenerationViews.View.of(generations.cancel(caller, generationId), java.util.List.of());
    }

    @Get("/projects/{projectId}/versions")
    @Operation(operationId = "listVersions", summary = "The project's versions, newest first")
    @ApiResponse(responseCode = "200", description = "A page of versions")
    GenerationViews.VersionPage versions(@Parameter(hidden = true) Identity identity, @PathVariable String projectId,
                                         @Parameter(description = "Page size, 1 to 100 (default 20)", schema = @Schema(type = "integer", minimum = "1", maximum = "100")) @QueryValue Optional<Integer> limit,
                                         @Parameter(description = "The nextCursor of the previous page", schema = @Schema(type = "string")) @QueryValue Optional<String> cursor) {
        Page<ProjectVersion> page = generations.versions(identity, projectId, PageRequest.of(limit.orElse(null), cursor.orElse(null)));
        return new GenerationViews.VersionPage(page.items().stream().map(GenerationViews.Version::of).toList(), page.nextCursor());
    }

    @Get("/projects/{projectId}/versions/{number}/files")
    @Operation(operationId = "listVersionFiles", summary = "The files of a version: path, SHA-256, size")
    @ApiResponse(responseCode = "200", description = "The version's manifest")
    GenerationViews.Files files(@Parameter(hidden = true) Identity identity, @PathVariable String projectId,
                                @PathVariable String number) {
        int n = versionNumber(number);
        return GenerationViews.Files.of(n, generations.files(identity, projectId, n));
    }

    @Get(value = "/projects/{projectId}/versions/{number}/files/{+path}", produces = MediaType.TEXT_PLAIN)
    @Operation(operationId = "getVersionFile", summary = "One file of a version, as text")
    @ApiResponse(responseCode = "200", description = "The file's content", content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = "string")))
    HttpResponse<String> file(@Parameter(hidden = true) Identity identity, @PathVariable String projectId,
                              @PathVariable String number, @PathVariable String path) {
        return HttpResponse.ok(generations.file(identity, projectId, versionNumber(number), path))
                .contentType(MediaType.TEXT_PLAIN_TYPE.getName() + ";charset=utf-8");
    }

    @Get("/usage")
    @Operation(operationId = "getUsage", summary = "The workspace's model usage in a month (default: this month, UTC)")
    @ApiResponse(responseCode = "200", description = "Totals, and per agent")
    GenerationViews.Monthly usage(@Parameter(hidden = true) Caller caller,
                                  @Parameter(description = "yyyy-MM", schema = @Schema(type = "string", pattern = "^\\d{4}-\\d{2}$")) @QueryValue Optional<String> month) {
        return GenerationViews.Monthly.of(generations.usage(caller, month.orElse(null)));
    }

    private static int versionNumber(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.notFound("Version", text);
    }

}
