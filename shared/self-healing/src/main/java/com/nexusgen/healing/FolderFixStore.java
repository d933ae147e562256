package com.nexusgen.healing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import com.nexusgen.domain.builds.ErrorKind;
import com.nexusgen.domain.builds.Fix;
import com.nexusgen.domain.builds.FixStore;
import com.nexusgen.domain.builds.StoredFix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

/**
 * The fix memory's store on one machine: one JSON file per fix in a folder, next to the Lucene index that finds
 * them. Writes hold a lock file (several JVMs may heal at once: the platform and the {@code build} command) and
 * replace files atomically, so a count is never lost or half-written.
 */
public final class FolderFixStore implements FixStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private final Path folder;
    private final ReentrantLock jvmLock = new ReentrantLock();

    public FolderFixStore(Path folder) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the fix store folder " + folder, e);
        }
    }

    @Override
    public Optional<StoredFix> get(String id) {
        Path file = file(id);
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(JSON.readTree(file.toFile())));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable fix " + file, e);
        }
    }

    @Override
    public boolean putIfAbsent(StoredFix fix) {
        Path file = requireFile(fix.id());
        return locked(() -> {
            if (Files.exists(file)) {
                return false;
            }
            write(file, fix);
            return true;
        });
    }

    @Override
    public boolean recordOutcome(String id, boolean success) {
        Path file = file(id);
        if (file == null) {
            return false;
        }
        return locked(() -> {
            Optional<StoredFix> current = get(id);
            if (current.isEmpty()) {
                return false;
            }
            StoredFix fix = current.get();
            write(file, new StoredFix(fix.id(), fix.kind(), fix.signature(), fix.fix(),
                    fix.successes() + (success ? 1 : 0), fix.failures() + (success ? 0 : 1), fix.createdAt()));
            return true;
        });
    }

    private interface Locked {
        boolean run() throws IOException;
    }

    private boolean locked(Locked body) {
        jvmLock.lock();
        try (FileChannel channel = FileChannel.open(folder.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            return body.run();
        } catch (IOException e) {
            throw new UncheckedIOException("fix store " + folder, e);
        } finally {
            jvmLock.unlock();
        }
    }

    private void write(Path file, StoredFix fix) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", fix.id()).put("kind", fix.kind().wireName()).put("signature", fix.signature())
                .put("fixer", fix.fix().fixer()).put("successes", fix.successes()).put("failures", fix.failures())
                .put("createdAt", fix.createdAt().toString());
        node.set("parameters", JSON.valueToTree(fix.fix().parameters()));
        Path temp = Files.createTempFile(folder, ".fix-", ".tmp");
        JSON.writeValue(temp.toFile(), node);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static StoredFix read(JsonNode node) {
        Map<String, String> parameters = new TreeMap<>();
        node.path("parameters").properties().forEach(e -> parameters.put(e.getKey(), e.getValue().asText()));
        return new StoredFix(node.path("id").asText(), ErrorKind.parse(node.path("kind").asText()).orElse(ErrorKind.UNKNOWN),
                node.path("signature").asText(), new Fix(node.path("fixer").asText(), parameters),
                node.path("successes").asLong(), node.path("failures").asLong(), Instant.parse(node.path("createdAt").asText()));
    }

    private Path file(String id) {
        return id != null && ID.matcher(id).matches() ? folder.resolve(id + ".json") : null;
    }

    private Path requireFile(String id) {
        Path file = file(id);
        if (file == null) {
            throw new IllegalArgumentException("a fix id is 1-128 letters, digits, '-' or '_': " + id);
        }
        return file;
    }
}
