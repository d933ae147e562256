package com.nexusgen.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.nexusgen.domain.projects.ProjectStatus;
import com.nexusgen.domain.projects.ProjectType;
import com.nexusgen.domain.workspaces.Role;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The OpenAPI enums must list exactly the values the domain accepts and writes. */
class WireEnumsTest {

    @Test
    void documentedEnums_shouldMatchTheDomainsWireNames() throws Exception {
        assertEquals(Arrays.stream(ProjectType.values()).map(ProjectType::wireName).toList(), wireNames(ProjectTypeName.class));
        assertEquals(Arrays.stream(ProjectStatus.values()).map(ProjectStatus::wireName).toList(), wireNames(ProjectStatusName.class));
        assertEquals(Arrays.stream(Role.values()).map(Role::wireName).toList().reversed(), wireNames(RoleName.class));
        assertEquals(Arrays.stream(com.nexusgen.domain.generations.GenerationStatus.values())
                .map(com.nexusgen.domain.generations.GenerationStatus::wireName).toList(), wireNames(GenerationStatusName.class));
        assertEquals(Arrays.stream(com.nexusgen.domain.generations.Generation.Approval.values())
                .map(com.nexusgen.domain.generations.Generation.Approval::wireName).toList(), wireNames(ApprovalName.class));
    }

    private static List<String> wireNames(Class<? extends Enum<?>> type) throws NoSuchFieldException {
        List<String> names = new java.util.ArrayList<>();
        for (Enum<?> constant : type.getEnumConstants()) {
            names.add(type.getField(constant.name()).getAnnotation(JsonProperty.class).value());
        }
        return names;
    }
}
