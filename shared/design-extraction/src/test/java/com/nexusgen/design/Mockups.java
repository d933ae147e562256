package com.nexusgen.design;

import java.util.List;
import java.util.Optional;

/** Small standalone mockups for tests: a page id, its CSS and its body. */
final class Mockups {

    private Mockups() {
    }

    static MockupDocument page(String id, String css, String body) {
        return new MockupDocument(id, id, """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%s</title>
                <style>%s</style></head>
                <body>%s</body></html>
                """.formatted(id, css, body));
    }

    static MockupDocument page(String id, String body) {
        return page(id, "", body);
    }

    static Optional<DesignToken> token(ExtractedDesign design, String name) {
        return design.tokens().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    static Optional<ColorUsage> color(ExtractedDesign design, String hex) {
        return design.colors().stream().filter(c -> c.value().equals(hex)).findFirst();
    }

    static List<ComponentUsage> components(ExtractedDesign design, String kind) {
        return design.components().stream().filter(c -> c.kind().equals(kind)).toList();
    }

    static Optional<InferredEntity> entity(List<InferredEntity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    static Optional<InferredField> field(InferredEntity entity, String name) {
        return entity.fields().stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
