package com.nexusgen.api;

import com.nexusgen.domain.workspaces.Caller;
import com.nexusgen.domain.workspaces.Member;
import com.nexusgen.domain.workspaces.Workspaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;

/** The caller's workspace and its members. */
@Controller("/v1/workspaces/current")
@Tag(name = "workspaces")
@ApiResponse(responseCode = "401", description = "Missing or invalid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "403", description = "Not a member, or not allowed for your role", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class WorkspacesController {
    private final Workspaces workspaces;

    WorkspacesController(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    @Get
    @Operation(operationId = "getCurrentWorkspace", summary = "The workspace your token names, with your role")
    @ApiResponse(responseCode = "200", description = "The workspace")
    WorkspaceView current(@Parameter(hidden = true) Caller caller) {
        return WorkspaceView.of(workspaces.current(caller), caller);
    }

    @Get("/members")
    @Operation(operationId = "listMembers", summary = "List the workspace's members")
    @ApiResponse(responseCode = "200", description = "Every member")
    MemberListView members(@Parameter(hidden = true) Caller caller) {
        return new MemberListView(workspaces.members(caller).stream().map(MemberView::of).toList());
    }

    @Post("/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addMember", summary = "Add a member (owners and admins; only owners grant owner)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberInput.class)))
    @ApiResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    @ApiResponse(responseCode = "400", description = "Invalid input", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Already a member", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<MemberView> add(@Parameter(hidden = true) Caller caller, @Body JsonNode body) {
        Member member = workspaces.addMember(caller, JsonBodies.object(body));
        return HttpResponse.created(MemberView.of(member),
                URI.create("/v1/workspaces/current/members/" + member.userId()));
    }

    @Delete("/members/{userId}")
    @Operation(operationId = "removeMember", summary = "Remove a member (or leave); the last owner stays")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "Not a member", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Would remove the last owner", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<Void> remove(@Parameter(hidden = true) Caller caller, @PathVariable String userId) {
        workspaces.removeMember(caller, userId);
        return HttpResponse.noContent();
    }
}
