package com.nexusgen.mockups.render;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out the ids of one mockup document, each once: two fields both called "Name", or a field called "main",
 * must not break the label-to-control pairing or the skip link.
 */
final class DocumentIds {

    private final Set<String> taken = new HashSet<>(Set.of("main"));

    /** {@code prefix} followed by the name's words ("field-due-date"), numbered when already taken. */
    String unique(String prefix, String name) {
        String base = Wording.htmlId(prefix, name);
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
