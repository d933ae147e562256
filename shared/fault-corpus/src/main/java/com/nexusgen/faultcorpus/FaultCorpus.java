package com.nexusgen.faultcorpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexusgen.agents.OfflineArchitect;
import com.nexusgen.appgen.AppGenerator;
import com.nexusgen.domain.builds.ErrorKind;
import com.nexusgen.domain.code.AppPaths;
import com.nexusgen.domain.code.FileOperation;
import com.nexusgen.domain.code.FileOperations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The fault corpus: generated apps with one injected fault each, read from {@code fault-corpus/cases/*.json} and
 * {@code fault-corpus/bases.json} on the classpath. A case's files are its base app (planned by the offline
 * Architect, written by the offline Coder, both deterministic) with the case's operations applied.
 */
public final class FaultCorpus {
    private static final String ROOT = "fault-corpus/";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Generating a base takes a moment and every case of a base shares it, so each is generated once per JVM. */
    private static final Map<String, Map<String, String>> BASE_FILES = new ConcurrentHashMap<>();
    private static volatile List<FaultCase> cases;
    private static volatile Map<String, Base> bases;

    private FaultCorpus() {
    }

    /** Every case, sorted by id. */
    public static List<FaultCase> cases() {
        List<FaultCase> loaded = cases;
        if (loaded == null) {
            List<FaultCase> all = new ArrayList<>();
            for (String name : caseFileNames()) {
                all.add(parseCase(readResource(ROOT + "cases/" + name)));
            }
            all.sort(Comparator.comparing(FaultCase::id));
            loaded = cases = List.copyOf(all);
        }
        return loaded;
    }

    /** The case with this id. */
    public static FaultCase byId(String id) {
        return cases().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fault case " + id));
    }

    /** The base apps by key, in file order. */
    public static Map<String, Base> bases() {
        Map<String, Base> loaded = bases;
        if (loaded == null) {
            Map<String, Base> all = new LinkedHashMap<>();
            try {
                JsonNode root = JSON.readTree(readResource(ROOT + "bases.json"));
                root.properties().forEach(e -> all.put(e.getKey(),
                        new Base(e.getValue().path("prompt").asText(), e.getValue().path("name").asText())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            loaded = bases = Collections.unmodifiableMap(all);
        }
        return loaded;
    }

    /** The files of a base app, path → content, generated once per JVM. */
    public static Map<String, String> baseFiles(String base) {
        return BASE_FILES.computeIfAbsent(base, key -> {
            Base b = bases().get(key);
            if (b == null) {
                throw new IllegalArgumentException("no base app " + key + " in " + ROOT + "bases.json");
            }
            JsonNode prd = new OfflineArchitect().plan(b.prompt(), b.name());
            List<FileOperation> ops = new AppGenerator().generateAll(prd, Map.of());
            return Collections.unmodifiableMap(FileOperations.apply(Map.of(), ops));
        });
    }

    /** The files of the faulty app: the base with the case's operations applied, sized files included. */
    public static Map<String, String> files(FaultCase c) {
        Map<String, String> files = new TreeMap<>(FileOperations.apply(baseFiles(c.base()), c.operations()));
        c.sizedFiles().forEach((path, size) -> files.put(path, filler(size)));
        return files;
    }

    /**
     * Writes the faulty app into {@code dir} (created if needed; expected to be empty) and sets the case's file modes.
     * Returns {@code dir}.
     */
    public static Path materialize(FaultCase c, Path dir) {
        Map<String, String> files = FileOperations.apply(baseFiles(c.base()), c.operations());
        try {
            for (var file : files.entrySet()) {
                Path target = resolve(dir, file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
            for (var sized : c.sizedFiles().entrySet()) {
                Path target = resolve(dir, sized.getKey());
                Files.createDirectories(target.getParent());
                try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                    writeFiller(out, sized.getValue());
                }
            }
            for (var mode : c.modes().entrySet()) {
                Files.setPosixFilePermissions(resolve(dir, mode.getKey()), permissions(mode.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    private static Path resolve(Path dir, String path) {
        Path root = dir.toAbsolutePath().normalize();
        Path target = root.resolve(AppPaths.requireSafe(path)).normalize();
        if (!target.startsWith(root)) {
            throw new IllegalArgumentException("outside the app: " + path);
        }
        return target;
    }

    /** "755" → rwxr-xr-x. */
    static Set<PosixFilePermission> permissions(String octal) {
        if (!octal.matches("[0-7]{3}")) {
            throw new IllegalArgumentException("not a three-digit octal file mode: " + octal);
        }
        PosixFilePermission[] order = PosixFilePermission.values(); // OWNER_READ ... OTHERS_EXECUTE, rwx per class
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        for (int digit = 0; digit < 3; digit++) {
            int bits = octal.charAt(digit) - '0';
            for (int bit = 0; bit < 3; bit++) {
                if ((bits & (4 >> bit)) != 0) {
                    set.add(order[digit * 3 + bit]);
                }
            }
        }
        return set;
    }

    /** Deterministic text of exactly {@code size} bytes (numbered ASCII lines). */
    static String filler(long size) {
        StringBuilder text = new StringBuilder((int) size);
        try {
            writeFiller(text, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void writeFiller(Appendable out, long size) throws IOException {
        long written = 0;
        for (long line = 0; written < size; line++) {
            String text = String.format("%010d nexusgen fault-corpus filler, a stand-in for a large generated asset\n", line);
            if (written + text.length() > size) {
                text = text.substring(0, (int) (size - written));
            }
            out.append(text);
            written += text.length();
        }
    }

    static FaultCase parseCase(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            String kindName = node.path("kind").asText();
            ErrorKind kind = ErrorKind.parse(kindName)
                    .orElseThrow(() -> new IllegalArgumentException("unknown error kind " + kindName));
            List<FileOperation> operations = new ArrayList<>();
            for (JsonNode op : node.path("operations")) {
                operations.add(JSON.treeToValue(op, FileOperation.class));
            }
            Map<String, String> modes = new TreeMap<>();
            node.path("mode").properties().forEach(e -> modes.put(e.getKey(), e.getValue().asText()));
            Map<String, Long> sized = new TreeMap<>();
            node.path("sizedFiles").properties().forEach(e -> sized.put(e.getKey(), e.getValue().asLong()));
            JsonNode expect = node.path("expect");
            return new FaultCase(node.path("id").asText(), kind, node.path("base").asText(),
                    node.path("description").asText(), operations, modes, sized,
                    new FaultCase.Expectation(expect.path("tool").asText(), textOrNull(expect.get("code")),
                            textOrNull(expect.get("file")), textOrNull(expect.get("message"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String readResource(String name) {
        try (InputStream in = FaultCorpus.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case files' names, from a folder (tests, IDE) or from inside the jar. */
    private static List<String> caseFileNames() {
        URL url = FaultCorpus.class.getClassLoader().getResource(ROOT + "cases");
        if (url == null) {
            throw new IllegalStateException(ROOT + "cases is missing from the classpath");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return list(fs.provider().getPath(uri));
            }
            return list(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
    }
}
