package com.nexusgen.appgen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

/**
 * Runs npm for a generated app. Every generated app has the same package.json and package-lock.json, so their
 * dependencies are installed once per lock file into a shared cache folder and each app's node_modules is a
 * symlink to it: the first install takes seconds, the next ones nothing. Concurrent installs (threads of one JVM,
 * several JVMs) are serialized by a lock file, and an install only counts once its marker file is written, so a
 * crash midway is redone next time.
 */
public final class NpmApp {
    /** How long one {@code npm ci} may take before it is stopped. */
    static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(10);
    /** Output kept from one command: its beginning and its end (where the errors are), about 1 MB in all. */
    static final int OUTPUT_CAP = 1 << 20;
    private static final String MARKER = ".nexusgen-complete";
    private static final Pattern SCRIPT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:._-]{0,63}");
    private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    /** What a command did: its exit code (124 on timeout), its combined stdout and stderr, how long it took. */
    public record Result(int exitCode, String output, Duration elapsed) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    private NpmApp() {
    }

    /** {@code ~/.cache/nexusgen/npm-apps}, or the folder named by the system property {@code nexusgen.npm.cache}. */
    public static Path defaultCacheRoot() {
        String configured = System.getProperty("nexusgen.npm.cache");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "nexusgen", "npm-apps");
    }

    /** {@link #install(Path, Path)} with the default cache root. */
    public static Result install(Path appDir) {
        return install(appDir, defaultCacheRoot());
    }

    /**
     * Makes {@code appDir/node_modules} available: installs the dependencies of the app's package-lock.json into
     * {@code cacheRoot/<sha256 of the lock>/node_modules} unless already there, then links the app to them. A real
     * node_modules folder already in the app is left alone.
     */
    public static Result install(Path appDir, Path cacheRoot) {
        long start = System.nanoTime();
        try {
            Path app = appDir.toAbsolutePath().normalize();
            Path lock = app.resolve("package-lock.json");
            Path manifest = app.resolve("package.json");
            if (!Files.isRegularFile(lock) || !Files.isRegularFile(manifest)) {
                return new Result(1, "no package.json and package-lock.json in " + app, since(start));
            }
            String hash = sha256(Files.readAllBytes(lock));
            Path cache = cacheRoot.toAbsolutePath().normalize().resolve(hash);
            String output = isComplete(cache) ? "dependencies already installed in " + cache + "\n"
                    : installLocked(cache, cacheRoot.toAbsolutePath().normalize().resolve(hash + ".lock"), manifest, lock);
            if (output == null) {
                return new Result(1, "npm ci failed in " + cache, since(start));
            }
            Path link = app.resolve("node_modules");
            Path target = cache.resolve("node_modules");
            if (Files.isSymbolicLink(link)) {
                if (!Files.readSymbolicLink(link).equals(target)) {
                    Files.delete(link);
                    Files.createSymbolicLink(link, target);
                }
            } else if (Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                return new Result(0, output + "kept the node_modules folder already in " + app + "\n", since(start));
            } else {
                Files.createSymbolicLink(link, target);
            }
            return new Result(0, output + "linked " + link + " -> " + target + "\n", since(start));
        } catch (InstallFailure e) {
            return new Result(e.result.exitCode(), e.result.output(), since(start));
        } catch (IOException e) {
            return new Result(1, "install failed: " + e, since(start));
        }
    }

    private static boolean isComplete(Path cache) {
        return Files.isRegularFile(cache.resolve(MARKER)) && Files.isDirectory(cache.resolve("node_modules"));
    }

    /** Installs under both locks; whoever waited finds the marker and skips the work. */
    private static String installLocked(Path cache, Path lockFile, Path manifest, Path lock) throws IOException {
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(lockFile, p -> new ReentrantLock());
        jvmLock.lock();
        try {
            Files.createDirectories(lockFile.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                if (isComplete(cache)) {
                    return "dependencies installed by another process in " + cache + "\n";
                }
                deleteTree(cache);
                Files.createDirectories(cache);
                Files.copy(manifest, cache.resolve("package.json"), StandardCopyOption.REPLACE_EXISTING);
                Files.copy(lock, cache.resolve("package-lock.json"), StandardCopyOption.REPLACE_EXISTING);
                Result result = exec(cache, List.of(npm(), "ci", "--no-audit", "--no-fund", "--prefer-offline"), INSTALL_TIMEOUT);
                if (!result.ok()) {
                    throw new InstallFailure(result);
                }
                // npm creates no node_modules for a lock without packages; the app's link still needs a target.
                Files.createDirectories(cache.resolve("node_modules"));
                // Written last: a half-finished install has no marker and is redone.
                Files.writeString(cache.resolve(MARKER), sha256(Files.readAllBytes(lock)) + "\n");
                return result.output();
            }
        } finally {
            jvmLock.unlock();
        }
    }

    /** {@code npm run <script>} in the app's folder, stopped (with its child processes) after {@code timeout}. */
    public static Result run(Path appDir, String script, Duration timeout) {
        if (script == null || !SCRIPT.matcher(script).matches()) {
            throw new IllegalArgumentException("not an npm script name: " + script);
        }
        try {
            return exec(appDir.toAbsolutePath().normalize(), List.of(npm(), "run", script), timeout);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code npm <arguments>} in {@code dir} with the same plain, non-interactive environment and output cap as
     * the other commands, stopped (with its child processes) after {@code timeout}. For the build runner's
     * install steps, which are not npm scripts.
     */
    public static Result npm(Path dir, List<String> arguments, Duration timeout) {
        List<String> command = new ArrayList<>();
        command.add(npm());
        command.addAll(arguments);
        try {
            return exec(dir.toAbsolutePath().normalize(), command, timeout);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code npm run <script> -- <arguments>}: the arguments go to the script's last command. */
    public static Result run(Path appDir, String script, List<String> arguments, Duration timeout) {
        if (script == null || !SCRIPT.matcher(script).matches()) {
            throw new IllegalArgumentException("not an npm script name: " + script);
        }
        List<String> npmArguments = new ArrayList<>(List.of("run", script));
        if (!arguments.isEmpty()) {
            npmArguments.add("--");
            npmArguments.addAll(arguments);
        }
        return npm(appDir, npmArguments, timeout);
    }

    private static Result exec(Path dir, List<String> command, Duration timeout) throws IOException {
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        // Plain output (no colors, no prompts) so callers can read it; CI=true keeps tools non-interactive.
        env.put("NO_COLOR", "1");
        env.put("FORCE_COLOR", "0");
        env.put("CI", "true");
        env.put("npm_config_update_notifier", "false");
        env.put("npm_config_fund", "false");
        env.put("npm_config_audit", "false");
        // One quick retry of a failed fetch, not npm's default minute of them: an unreachable host is reported at
        // once, and retrying later is the self-healing policy's job (with its backoff), not each command's.
        env.put("npm_config_fetch_retries", "1");
        env.put("npm_config_fetch_retry_mintimeout", "1000");
        env.put("npm_config_fetch_retry_maxtimeout", "3000");
        Process process = builder.start();
        process.getOutputStream().close();
        CappedOutput output = new CappedOutput(OUTPUT_CAP);
        Thread reader = Thread.ofVirtual().start(() -> output.drain(process.getInputStream()));
        boolean finished;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            reader.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return new Result(130, output.text() + "\ninterrupted\n", since(start));
        }
        if (!finished) {
            return new Result(124, output.text() + "\ntimed out after " + timeout + ": " + String.join(" ", command) + "\n",
                    since(start));
        }
        return new Result(process.exitValue(), output.text(), since(start));
    }

    private static String npm() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? "npm.cmd" : "npm";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Deletes a folder without following links: an app's node_modules is a link into the shared cache. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static final class InstallFailure extends IOException {
        final transient Result result;

        InstallFailure(Result result) {
            super("npm ci failed with exit code " + result.exitCode());
            this.result = result;
        }
    }

    /** Keeps the first half of the cap and a rolling last half, so both the command's start and its end survive. */
    private static final class CappedOutput {
        private final int half;
        private final ByteArrayOutputStream head = new ByteArrayOutputStream();
        private final List<byte[]> tail = new ArrayList<>();
        private int tailSize;
        private long dropped;

        CappedOutput(int cap) {
            this.half = cap / 2;
        }

        void drain(InputStream in) {
            byte[] buffer = new byte[8192];
            try (in) {
                for (int n; (n = in.read(buffer)) != -1; ) {
                    append(buffer, n);
                }
            } catch (IOException e) {
                // The process ended or was killed: what was read so far is the output.
            }
        }

        private synchronized void append(byte[] buffer, int n) {
            int offset = 0;
            if (head.size() < half) {
                int take = Math.min(n, half - head.size());
                head.write(buffer, 0, take);
                offset = take;
            }
            if (offset < n) {
                byte[] chunk = java.util.Arrays.copyOfRange(buffer, offset, n);
                tail.add(chunk);
                tailSize += chunk.length;
                while (tailSize - tail.getFirst().length >= half) {
                    byte[] first = tail.removeFirst();
                    tailSize -= first.length;
                    dropped += first.length;
                }
            }
        }

        synchronized String text() {
            ByteArrayOutputStream all = new ByteArrayOutputStream(head.size() + tailSize + 64);
            all.writeBytes(head.toByteArray());
            if (dropped > 0) {
                all.writeBytes(("\n... " + dropped + " bytes of output omitted ...\n").getBytes(StandardCharsets.UTF_8));
            }
            tail.forEach(all::writeBytes);
            return all.toString(StandardCharsets.UTF_8);
        }
    }
}
