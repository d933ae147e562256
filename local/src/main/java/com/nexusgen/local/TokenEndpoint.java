package com.nexusgen.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexusgen.domain.errors.FieldError;
import com.nexusgen.domain.errors.ProblemException;
import com.nexusgen.domain.errors.ProblemKind;
import com.nexusgen.domain.workspaces.Role;
import com.nexusgen.domain.workspaces.Workspaces;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * {@code POST /local/tokens {"sub", "workspace", "role", "ttlSeconds"}} → {@code {"token"}}: act as any
 * user of any workspace on the local platform, creating the workspace and membership on first use.
 * It exists only here, never in template.yaml.
 */
final class TokenEndpoint implements LocalHttpApi.PlatformEndpoint {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_TTL_SECONDS = 7 * 24 * 3600;

    private final LocalTokens tokens;
    private final Workspaces workspaces;
    private final String workspaceClaim;

    TokenEndpoint(LocalTokens tokens, Workspaces workspaces, String workspaceClaim) {
        this.tokens = tokens;
        this.workspaces = workspaces;
        this.workspaceClaim = workspaceClaim;
    }

    @Override
    public LocalHttpApi.Response handle(String method, byte[] body) {
        if (!method.equals("POST")) {
            return problem(new ProblemException(ProblemKind.METHOD_NOT_ALLOWED, "Use POST"));
        }
        try {
            JsonNode request;
            try {
                request = JSON.readTree(body);
            } catch (IOException e) {
                throw new ProblemException(ProblemKind.MALFORMED_REQUEST, "The body is not valid JSON");
            }
            if (request == null || !request.isObject()) {
                throw new ProblemException(ProblemKind.MALFORMED_REQUEST, "The body must be a JSON object");
            }
            String sub = request.path("sub").asText("");
            String workspace = request.path("workspace").asText("");
            String roleName = request.path("role").asText("owner");
            long ttl = request.path("ttlSeconds").asLong(3600);
            Role role = Role.parse(roleName).orElseThrow(() -> ProblemException.invalidField("role",
                    "must be one of owner, admin, member, viewer"));
            if (ttl < 1 || ttl > MAX_TTL_SECONDS) {
                throw ProblemException.invalidField("ttlSeconds", "must be between 1 and " + MAX_TTL_SECONDS);
            }
            workspaces.ensureMembership(workspace, sub, role);
            String token = tokens.issue(sub, workspace, workspaceClaim, Duration.ofSeconds(ttl));
            ObjectNode out = JSON.createObjectNode()
                    .put("token", token).put("tokenType", "Bearer").put("expiresIn", ttl)
                    .put("sub", sub).put("workspace", workspace).put("role", role.wireName());
            return LocalHttpApi.Response.json(200, out.toString());
        } catch (ProblemException e) {
            return problem(e);
        }
    }

    private static LocalHttpApi.Response problem(ProblemException e) {
        ObjectNode out = JSON.createObjectNode()
                .put("type", e.kind().type()).put("title", e.kind().title())
                .put("status", e.kind().status()).put("detail", e.detail());
        List<FieldError> errors = e.fieldErrors();
        if (!errors.isEmpty()) {
            var array = out.putArray("errors");
            errors.forEach(error -> array.addObject().put("field", error.field()).put("message", error.message()));
        }
        return new LocalHttpApi.Response(e.kind().status(), "application/problem+json",
                out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
