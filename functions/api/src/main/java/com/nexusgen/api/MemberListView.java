package com.nexusgen.api;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** Every member of the workspace (workspaces are small, so no pagination). */
@Serdeable
@Schema(name = "MemberList")
public record MemberListView(List<MemberView> items) {
}
