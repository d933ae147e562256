package com.nexusgen.api;

import com.nexusgen.domain.errors.ProblemException;
import com.nexusgen.domain.workspaces.Identity;
import com.nexusgen.mockups.Mockups;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.json.tree.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.Optional;

/**
 * Mockups, the design system that emerges from them, and the entities they imply. Mockup HTML is
 * served with a sandboxing Content-Security-Policy: an uploaded document may contain anything, and
 * it must never run script with the API's origin.
 */
@Controller("/v1/projects/{projectId}")
@Tag(name = "mockups")
@ApiResponse(responseCode = "400", description = "Invalid input", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "401", description = "Missing or invalid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "403", description = "Not allowed for your role", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "404", description = "Not found in your workspace", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class MockupsController {
    /** No script, no plugins, no network; inline styles only (the mockups carry their CSS inline). */
    static final String SANDBOX = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private final Mockups mockups;

    MockupsController(Mockups mockups) {
        this.mockups = mockups;
    }

    @Post("/pages/{pageId}/mockups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createMockup", summary = "A new mockup version: rendered from the page's spec, or the uploaded HTML")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageViews.MockupInput.class)))
    @ApiResponse(responseCode = "201", description = "The new version")
    HttpResponse<PageViews.MockupView> create(@Parameter(hidden = true) Identity identity, @PathVariable String projectId,
                                              @PathVariable String pageId, @Body JsonNode body) {
        var mockup = mockups.create(identity, projectId, pageId, JsonBodies.object(body));
        return HttpResponse.created(PageViews.MockupView.of(mockup), java.net.URI.create(
                "/v1/projects/" + projectId + "/pages/" + pageId + "/mockups/" + mockup.number()));
    }

    @Get("/pages/{pageId}/mockups")
    @Operation(operationId = "listMockups", summary = "A page's mockup versions, newest first")
    @ApiResponse(responseCode = "200", description = "The versions")
    PageViews.MockupList list(@Parameter(hidden = true) Identity identity, @PathVariable String projectId, @PathVariable String pageId) {
        return new PageViews.MockupList(mockups.versions(identity, projectId, pageId).stream().map(PageViews.MockupView::of).toList());
    }

    @Get(value = "/pages/{pageId}/mockups/{version}", produces = MediaType.TEXT_HTML)
    @Operation(operationId = "getMockup", summary = "One mockup version, as a standalone HTML document")
    @ApiResponse(responseCode = "200", description = "The HTML", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string")))
    HttpResponse<String> html(@Parameter(hidden = true) Identity identity, @PathVariable String projectId,
                              @PathVariable String pageId, @PathVariable String version) {
        return page(mockups.html(identity, projectId, pageId, number(version)));
    }

    @Get(value = "/mockups/{file}", produces = MediaType.TEXT_HTML)
    @Operation(operationId = "getMockupBySlug", summary = "The latest mockup of the page exported as {slug}.html: where the mockups' links point")
    @ApiResponse(responseCode = "200", description = "The HTML", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string")))
    HttpResponse<String> bySlug(@Parameter(hidden = true) Identity identity, @PathVariable String projectId, @PathVariable String file) {
        if (!file.endsWith(".html")) {
            throw ProblemException.notFound("Mockup file", file);
        }
        return page(mockups.latestBySlug(identity, projectId, file.substring(0, file.length() - ".html".length())));
    }

    @Post("/mockups/render-all")
    @Operation(operationId = "renderAllMockups", summary = "Render every page (from the plan's pages when the project has none yet)")
    @ApiResponse(responseCode = "200", description = "Each page's new version")
    PageViews.RenderedList renderAll(@Parameter(hidden = true) Identity identity, @PathVariable String projectId) {
        return new PageViews.RenderedList(mockups.renderAll(identity, projectId).stream().map(PageViews.RenderedView::of).toList());
    }

    @Get("/design-system")
    @Operation(operationId = "getDesignSystem", summary = "Tokens in force (confirmed over extracted), colors, spacing, components")
    @ApiResponse(responseCode = "200", description = "The design system")
    HttpResponse<PageViews.DesignSystemView> designSystem(@Parameter(hidden = true) Identity identity, @PathVariable String projectId) {
        var design = mockups.designSystem(identity, projectId);
        return HttpResponse.ok(PageViews.DesignSystemView.of(design)).header("ETag", "\"" + design.version() + "\"");
    }

    @Put("/design-system/confirmations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmDesignTokens", summary = "Confirm or override tokens; quote the version you read")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageViews.ConfirmationsInput.class)))
    @ApiResponse(responseCode = "200", description = "The design system with the confirmations")
    @ApiResponse(responseCode = "409", description = "Changed since you read it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "428", description = "No version was sent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<PageViews.DesignSystemView> confirm(@Parameter(hidden = true) Identity identity, @PathVariable String projectId,
                                                     @Parameter(description = "The version you read", schema = @Schema(type = "string")) @Header("If-Match") Optional<String> ifMatch,
                                                     @Body JsonNode body) {
        var design = mockups.confirm(identity, projectId, ifMatch.map(ProjectsController::parseIfMatch).orElse(null),
                JsonBodies.object(body));
        return HttpResponse.ok(PageViews.DesignSystemView.of(design)).header("ETag", "\"" + design.version() + "\"");
    }

    @Get("/entities")
    @Operation(operationId = "listInferredEntities", summary = "Entities inferred from the mockups' forms and lists")
    @ApiResponse(responseCode = "200", description = "The entities, with fields, confidence and where they were seen")
    PageViews.EntityList entities(@Parameter(hidden = true) Identity identity, @PathVariable String projectId) {
        return new PageViews.EntityList(mockups.entities(identity, projectId).stream().map(PageViews.EntityView::of).toList());
    }

    private static HttpResponse<String> page(String html) {
        return HttpResponse.ok(html).contentType(MediaType.TEXT_HTML + ";charset=utf-8")
                .header("Content-Security-Policy", SANDBOX).header("X-Content-Type-Options", "nosniff");
    }

    private static int number(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.notFound("Mockup version", text);
    }
}
