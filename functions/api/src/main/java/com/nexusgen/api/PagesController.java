package com.nexusgen.api;

import com.nexusgen.domain.mockups.Page;
import com.nexusgen.domain.mockups.Pages;
import com.nexusgen.domain.workspaces.Identity;
import io.micronaut.http.HttpResponse;
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

/** The pages of a project. Thin over {@link Pages}. */
@Controller("/v1/projects/{projectId}/pages")
@Tag(name = "pages")
@ApiResponse(responseCode = "400", description = "Invalid input", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "401", description = "Missing or invalid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "403", description = "Not allowed for your role", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "404", description = "No such project or page in your workspace", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class PagesController {
    private final Pages pages;

    PagesController(Pages pages) {
        this.pages = pages;
    }

    @Get
    @Operation(operationId = "listPages", summary = "The project's pages, in sort order")
    @ApiResponse(responseCode = "200", description = "Every page")
    PageViews.PageList list(@Parameter(hidden = true) Identity identity, @PathVariable String projectId) {
        return new PageViews.PageList(pages.list(identity, projectId).stream().map(PageViews.PageView::of).toList());
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPage", summary = "Add a page")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageViews.PageInput.class)))
    @ApiResponse(responseCode = "201", description = "Created; Location names it")
    @ApiResponse(responseCode = "409", description = "Another page has this path's file name", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<PageViews.PageView> create(@Parameter(hidden = true) Identity identity, @PathVariable String projectId,
                                            @Body JsonNode body) {
        Page page = pages.create(identity, projectId, JsonBodies.object(body));
        return HttpResponse.created(PageViews.PageView.of(page), URI.create("/v1/projects/" + projectId + "/pages/" + page.id()))
                .header("ETag", ProjectsController.etag(page.version()));
    }

    @Get("/{pageId}")
    @Operation(operationId = "getPage", summary = "One page; ETag carries its version")
    @ApiResponse(responseCode = "200", description = "The page")
    HttpResponse<PageViews.PageView> get(@Parameter(hidden = true) Identity identity, @PathVariable String projectId,
                                         @PathVariable String pageId) {
        Page page = pages.get(identity, projectId, pageId);
        return HttpResponse.ok(PageViews.PageView.of(page)).header("ETag", ProjectsController.etag(page.version()));
    }

    @Patch("/{pageId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "updatePage", summary = "Change a page (merge patch); quote the version you read")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageViews.PageInput.class)))
    @ApiResponse(responseCode = "200", description = "The changed page")
    @ApiResponse(responseCode = "409", description = "Changed since you read it, or the new path's file name is taken", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "428", description = "No version was sent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<PageViews.PageView> update(@Parameter(hidden = true) Identity identity, @PathVariable String projectId,
                                            @PathVariable String pageId,
                                            @Parameter(description = "The version you read", schema = @Schema(type = "string")) @Header("If-Match") Optional<String> ifMatch,
                                            @Body JsonNode patch) {
        Page page = pages.update(identity, projectId, pageId, ProjectsController.parseIfMatch(ifMatch.orElse(null)),
                JsonBodies.object(patch));
        return HttpResponse.ok(PageViews.PageView.of(page)).header("ETag", ProjectsController.etag(page.version()));
    }

    @Delete("/{pageId}")
    @Operation(operationId = "deletePage", summary = "Delete a page (its mockups stay readable by version)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    HttpResponse<Void> delete(@Parameter(hidden = true) Identity identity, @PathVariable String projectId, @PathVariable String pageId,
                              @Parameter(description = "Optional: delete only if still at this version", schema = @Schema(type = "string")) @Header("If-Match") Optional<String> ifMatch) {
        pages.delete(identity, projectId, pageId, ProjectsController.parseIfMatch(ifMatch.orElse(null)));
        return HttpResponse.noContent();
    }
}
