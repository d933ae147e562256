package com.nexusgen.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the OpenAPI document generated at compile time from these controllers (Micronaut OpenAPI
 * writes it into META-INF/swagger), so the SPA's contract can never drift from the code.
 */
@Controller("/v1/openapi.yaml")
class OpenApiController {
    static final String RESOURCE = "META-INF/swagger/nexusgen-api.yml";
    private final byte[] document;

    OpenApiController() {
        try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: was the OpenAPI processor run?");
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get
    @Hidden
    @Produces("application/yaml")
    HttpResponse<byte[]> document() {
        return HttpResponse.ok(document).header("Cache-Control", "public, max-age=300");
    }
}
