package com.nexusgen.api;

import com.nexusgen.design.ColorUsage;
import com.nexusgen.design.ComponentUsage;
import com.nexusgen.design.InferredEntity;
import com.nexusgen.design.InferredField;
import com.nexusgen.domain.mockups.Mockup;
import com.nexusgen.domain.mockups.Page;
import com.nexusgen.mockups.DesignSystem;
import com.nexusgen.mockups.Mockups;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** How pages, mockups, the design system and inferred entities look on the wire. */
final class PageViews {
    private PageViews() {
    }

    @Serdeable
    @Schema(name = "Page", description = "A page of the project's app")
    record PageView(String id, String projectId, String name,
                    @Schema(description = "The exported mockup's file name without .html; derived from the path") String slug,
                    @Schema(description = "URL path, e.g. /recipes/:id") String path, String purpose,
                    @Schema(description = "mobile, tablet, desktop or responsive") String primaryDevice,
                    @Schema(description = "draft, designed, approved or built") String status,
                    List<String> keyElements, String parentId, int sortOrder,
                    @Schema(description = "The latest mockup version, 0 when none") int latestMockup,
                    Instant createdAt, Instant updatedAt, long version) {
        static PageView of(Page p) {
            return new PageView(p.id(), p.projectId(), p.name(), p.slug(), p.path(), p.purpose(), p.primaryDevice(),
                    p.status(), p.keyElements(), p.parentId(), p.sortOrder(), p.latestMockup(), p.createdAt(),
                    p.updatedAt(), p.version());
        }
    }

    @Serdeable
    @Schema(name = "PageInput")
    record PageInput(@Schema(maxLength = 120) String name, @Schema(pattern = "^/([a-z0-9:/_-]*)$", maxLength = 300) String path,
                     @Schema(maxLength = 2000) String purpose, String primaryDevice, String status, List<String> keyElements,
                     String parentId, Integer sortOrder) {
    }

    @Serdeable
    @Schema(name = "PageList")
    record PageList(List<PageView> items) {
    }

    @Serdeable
    @Schema(name = "MockupInput", description = "Empty: render from the page's spec; with html: store an uploaded version")
    record MockupInput(@Schema(maxLength = 2000) String changeDescription,
                       @Schema(description = "A whole HTML document, at most 2 MB") String html) {
    }

    @Serdeable
    @Schema(name = "Mockup", description = "One version of a page's mockup")
    record MockupView(String pageId, int version, long sizeBytes, String sha256, String changeDescription,
                      @Schema(description = "user, ai or wizard") String changedBy, int parentVersion, String createdBy,
                      Instant createdAt, List<String> colorsUsed, List<String> components, int spacingBaseUnit) {
        static MockupView of(Mockup m) {
            return new MockupView(m.pageId(), m.number(), m.sizeBytes(), m.sha256(), m.changeDescription(), m.changedBy(),
                    m.parentVersion(), m.createdBy(), m.createdAt(), m.colorsUsed(), m.components(), m.spacingBaseUnit());
        }
    }

    @Serdeable
    @Schema(name = "MockupList")
    record MockupList(List<MockupView> items) {
    }

    @Serdeable
    @Schema(name = "RenderedPage")
    record RenderedView(String pageId, String path, int version) {
        static RenderedView of(Mockups.Rendered r) {
            return new RenderedView(r.pageId(), r.path(), r.version());
        }
    }

    @Serdeable
    @Schema(name = "DesignToken")
    record TokenView(String name, String category, String value,
                     @Schema(description = "confirmed (a person said so) or extracted") String source, int usageCount,
                     double confidence) {
    }

    @Serdeable
    @Schema(name = "ColorUsage")
    record ColorView(String value, int count, List<String> contexts) {
    }

    @Serdeable
    @Schema(name = "ComponentUsage")
    record ComponentView(String kind, String variant, int count, List<String> pageIds) {
    }

    @Serdeable
    @Schema(name = "DesignSystem")
    record DesignSystemView(List<TokenView> tokens, List<ColorView> colors, int spacingBaseUnit, List<ComponentView> components,
                            @Schema(description = "How many mockups (the latest of each page) it was read from") int mockups,
                            @Schema(description = "Quote it when you change the confirmations") long version) {
        static DesignSystemView of(DesignSystem d) {
            return new DesignSystemView(
                    d.tokens().stream().map(t -> new TokenView(t.name(), t.category(), t.value(), t.source(), t.usageCount(), t.confidence())).toList(),
                    d.extracted().colors().stream().map((ColorUsage c) -> new ColorView(c.value(), c.count(), c.contexts())).toList(),
                    d.extracted().spacing().baseUnitPx(),
                    d.components().stream().map((ComponentUsage c) -> new ComponentView(c.kind(), c.variant(), c.count(), c.pageIds())).toList(),
                    d.mockups(), d.version());
        }
    }

    @Serdeable
    @Schema(name = "ConfirmationsInput")
    record ConfirmationsInput(@Schema(description = "token name → CSS value; null takes a confirmation back") Map<String, String> tokens,
                              @Schema(description = "The design system's version you read") Long version) {
    }

    @Serdeable
    @Schema(name = "InferredField")
    record FieldView(String name, String type, boolean required, double confidence, List<String> options) {
    }

    @Serdeable
    @Schema(name = "InferredEntity")
    record EntityView(String name, List<FieldView> fields, double confidence, List<String> inferredFrom,
                      Map<String, List<String>> crud) {
        static EntityView of(InferredEntity e) {
            return new EntityView(e.name(),
                    e.fields().stream().map((InferredField f) -> new FieldView(f.name(), f.type(), f.required(), f.confidence(), f.options())).toList(),
                    e.confidence(), e.inferredFrom(),
                    Map.of("create", e.crud().create(), "read", e.crud().read(), "update", e.crud().update(), "delete", e.crud().delete()));
        }
    }

    @Serdeable
    @Schema(name = "EntityList")
    record EntityList(List<EntityView> items) {
    }

    @Serdeable
    @Schema(name = "RenderedPages")
    record RenderedList(List<RenderedView> items) {
    }
}
