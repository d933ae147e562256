package com.nexusgen.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Liveness for load balancers and deploy checks; needs no token and touches no data. */
@Controller("/v1/health")
@Tag(name = "health")
class HealthController {

    @Serdeable
    record Health(String status, String service) {
    }

    @Get
    @SecurityRequirements
    @Operation(operationId = "getHealth", summary = "Liveness check (no authentication)")
    @ApiResponse(responseCode = "200", description = "The API is up")
    @ApiResponse(responseCode = "429", description = "Throttled by API Gateway")
    Health health() {
        return new Health("ok", "nexusgen-api");
    }
}
