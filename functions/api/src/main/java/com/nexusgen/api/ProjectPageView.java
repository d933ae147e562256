package com.nexusgen.api;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** One page of projects; pass {@code nextCursor} back as {@code cursor} for the next one. */
@Serdeable
@Schema(name = "ProjectPage")
public record ProjectPageView(List<ProjectView> items,
                              @Schema(description = "Absent on the last page") String nextCursor) {
}
