package com.nexusgen.template;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the repository's root (the folder holding {@code template.yaml}) for tests and local tools:
 * the nearest folder holding a {@code template.yaml} at or above the {@code nexusgen.root} system property
 * (Surefire sets it), or at or above the working directory when the property is not set.
 */
public final class RepositoryRoot {

    public static final String PROPERTY = "nexusgen.root";
    public static final String TEMPLATE = "template.yaml";

    private RepositoryRoot() {
    }

    public static Path locate() {
        String configured = System.getProperty(PROPERTY);
        // Maven sets the property to the folder it was started in; started inside a module, that folder
        // holds no template.yaml, so walk up from it just as from the working directory
        Path start = configured == null || configured.isBlank() ? Path.of("") : Path.of(configured);
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(TEMPLATE))) {
                return dir;
            }
        }
        throw new TemplateException("No " + TEMPLATE + " at or above " + start.toAbsolutePath()
                + "; set -D" + PROPERTY + "=<repository root>");
    }

    /** The repository's {@code template.yaml}. */
    public static Path template() {
        return locate().resolve(TEMPLATE);
    }
}
