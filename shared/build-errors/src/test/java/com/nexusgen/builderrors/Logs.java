package com.nexusgen.builderrors;

import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The captured build logs under src/test/resources: {@code logs/} (captured for this module by breaking copies of a
 * generated app and running the real tools, plus a few fault-corpus captures frozen under this module's names because
 * detailed tests assert on their content) and {@code fault-corpus/} (the fault corpus's captures as they were last
 * copied from /tmp/fault-logs; tests only check their kinds, so a refreshed corpus needs no test changes). A log's name
 * starts with the wire name of the kind its first error must have, dots as dashes ({@code type-null-...}); logs named
 * {@code ok-...} are of builds that passed.
 */
final class Logs {

    static final String OWN = "logs";
    static final String CORPUS = "fault-corpus";

    private Logs() {
    }

    static List<String> names(String folder) {
        try (Stream<Path> files = Files.list(folder(folder))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".log")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String folder, String name) {
        try {
            return Files.readString(folder(folder).resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String own(String name) {
        return read(OWN, name.endsWith(".log") ? name : name + ".log");
    }

    static String corpus(String name) {
        return read(CORPUS, name.endsWith(".log") ? name : name + ".log");
    }

    static List<BuildError> parse(String log) {
        return BuildLogParser.parseStrictly(log, null);
    }

    static BuildError first(String log) {
        List<BuildError> errors = parse(log);
        if (errors.isEmpty()) {
            throw new AssertionError("no errors parsed from:\n" + log);
        }
        return errors.get(0);
    }

    /** The kind a log's name promises: the longest wire name (dots as dashes) its name starts with. */
    static Optional<ErrorKind> expectedKind(String name) {
        String id = name.replaceFirst("\\.log$", "");
        ErrorKind best = null;
        for (ErrorKind kind : ErrorKind.values()) {
            String prefix = kind.wireName().replace('.', '-');
            if ((id.equals(prefix) || id.startsWith(prefix + "-"))
                    && (best == null || prefix.length() > best.wireName().length())) {
                best = kind;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Path folder(String folder) {
        URL url = Logs.class.getResource("/" + folder);
        if (url == null) {
            throw new IllegalStateException("no test resource folder " + folder);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
