package com.nexusgen.api;

import com.nexusgen.domain.common.Page;
import com.nexusgen.domain.common.PageRequest;
import com.nexusgen.domain.errors.ProblemException;
import com.nexusgen.domain.projects.Project;
import com.nexusgen.domain.projects.Projects;
import com.nexusgen.domain.workspaces.Caller;
import com.nexusgen.domain.workspaces.Identity;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;
import java.util.Optional;

/** Projects of the caller's workspace. Thin: binds, calls {@link Projects}, maps the result. */
@Controller("/v1/projects")
@Tag(name = "projects")
@ApiResponse(responseCode = "400", description = "Invalid input", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "401", description = "Missing or invalid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "403", description = "Not allowed for your role", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class ProjectsController {
    private final Projects projects;

    ProjectsController(Projects projects) {
        this.projects = projects;
    }

    @Get
    @Operation(operationId = "listProjects", summary = "List projects, oldest first, a page at a time")
    @ApiResponse(responseCode = "200", description = "A page of projects")
    ProjectPageView list(@Parameter(hidden = true) Caller caller,
                         @Parameter(description = "Page size, 1 to 100 (default 20)", schema = @Schema(type = "integer", minimum = "1", maximum = "100")) @QueryValue Optional<Integer> limit,
                         @Parameter(description = "The nextCursor of the previous page", schema = @Schema(type = "string")) @QueryValue Optional<String> cursor) {
        Page<Project> page = projects.list(caller, PageRequest.of(limit.orElse(null), cursor.orElse(null)));
        return new ProjectPageView(page.items().stream().map(ProjectView::of).toList(), page.nextCursor());
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createProject", summary = "Create a project")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectInput.class)))
    @ApiResponse(responseCode = "201", description = "Created; Location names the new project",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class)))
    @ApiResponse(responseCode = "409", description = "The slug is already used", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<ProjectView> create(@Parameter(hidden = true) Identity identity, @Body JsonNode body) {
        Project project = projects.create(identity, JsonBodies.object(body));
        return HttpResponse.created(ProjectView.of(project), URI.create("/v1/projects/" + project.id()))
                .header("ETag", etag(project.version()));
    }

    @Get("/{projectId}")
    @Operation(operationId = "getProject", summary = "Get a project")
    @ApiResponse(responseCode = "200", description = "The project; ETag carries its version")
    @ApiResponse(responseCode = "404", description = "No such project in your workspace", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<ProjectView> get(@Parameter(hidden = true) Identity identity, @PathVariable String projectId) {
        Project project = projects.get(identity, projectId);
        return HttpResponse.ok(ProjectView.of(project)).header("ETag", etag(project.version()));
    }

    @Patch("/{projectId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "updateProject", summary = "Change a project (JSON merge patch); quote the version you read")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectInput.class)),
            @Content(mediaType = "application/merge-patch+json", schema = @Schema(implementation = ProjectInput.class))})
    @ApiResponse(responseCode = "200", description = "The updated project")
    @ApiResponse(responseCode = "404", description = "No such project in your workspace", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Someone changed it since you read it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "428", description = "No version was sent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<ProjectView> update(@Parameter(hidden = true) Identity identity, @PathVariable String projectId,
                                     @Parameter(description = "The version you read, e.g. \"3\"", schema = @Schema(type = "string")) @Header("If-Match") Optional<String> ifMatch,
                                     @Body JsonNode patch) {
        Project project = projects.update(identity, projectId, parseIfMatch(ifMatch.orElse(null)), JsonBodies.object(patch));
        return HttpResponse.ok(ProjectView.of(project)).header("ETag", etag(project.version()));
    }

    @Delete("/{projectId}")
    @Operation(operationId = "deleteProject", summary = "Delete a project")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No such project in your workspace", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "If-Match named an old version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<Void> delete(@Parameter(hidden = true) Identity identity, @PathVariable String projectId,
                              @Parameter(description = "Optional: delete only if still at this version", schema = @Schema(type = "string")) @Header("If-Match") Optional<String> ifMatch) {
        projects.delete(identity, projectId, parseIfMatch(ifMatch.orElse(null)));
        return HttpResponse.noContent();
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** Accepts {@code "3"}, {@code W/"3"} and a bare {@code 3}. */
    static Long parseIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            long version = Long.parseLong(value);
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ProblemException.invalidField("If-Match", "must be a version this API returned, e.g. \"3\"");
    }
}
