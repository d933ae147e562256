package com.nexusgen.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The document-level parts of the OpenAPI contract (the rest comes from the controllers). */
@OpenAPIDefinition(
        info = @Info(title = "nexusgen-api", version = "1.0.0",
                description = "NexusGen HTTP API: workspaces, members and projects. Errors are RFC 9457 "
                        + "application/problem+json with a stable `type`.",
                contact = @Contact(name = "NexusGen", url = "https://nexusgen.dev"),
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        servers = @Server(url = "/", description = "The API that serves this document (API Gateway in AWS, scripts/local.sh locally)"),
        security = @SecurityRequirement(name = "bearer"),
        tags = {
                @Tag(name = "health", description = "Liveness"),
                @Tag(name = "projects", description = "Projects of the caller's workspace"),
                @Tag(name = "workspaces", description = "The caller's workspace and its members")
        })
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An access token from the configured issuer (Cognito in AWS, POST /local/tokens locally)")
final class ApiDocumentation {
    private ApiDocumentation() {
    }
}
