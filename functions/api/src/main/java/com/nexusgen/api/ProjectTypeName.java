package com.nexusgen.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The wire values of a domain enum, for the OpenAPI document only (fields stay strings on the wire).
 * {@code WireEnumsTest} keeps them equal to the domain's values.
 */
@Schema(name = "ProjectType", description = "What kind of app a project produces")
enum ProjectTypeName {
    @JsonProperty("web-app") WEB_APP,
    @JsonProperty("mobile-app") MOBILE_APP,
    @JsonProperty("pwa") PWA,
    @JsonProperty("api") API,
    @JsonProperty("fullstack") FULLSTACK
}
