package com.nexusgen.dynamodb.local;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * DynamoDB Local (the real one, {@code com.amazonaws:DynamoDBLocal}) running inside this JVM as an HTTP server,
 * with an SDK v2 client pointed at it.
 *
 * <p>Nothing to install: DynamoDB Local 2.x carries its SQLite native libraries in its jar and extracts the
 * one for this OS to a temporary file ({@code java.io.tmpdir}, deleted on exit) when its database is first
 * opened, so no {@code sqlite4java.library.path} is needed. Telemetry is switched off (it would call AWS).
 * DynamoDB Local listens on all interfaces; it has no option to bind to loopback only.
 *
 * <p>The server always runs with {@code -sharedDb}: without it DynamoDB Local keeps one database per access key
 * and region, and a Lambda handler configured with other fake credentials than this client would see
 * different tables.
 *
 * <pre>{@code
 * try (EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.start(EmbeddedDynamoDb.Options.inMemory())) {
 *     dynamo.ensureTable(createTableRequest, "expiration");
 *     dynamo.client().putItem(...);
 * }
 * }</pre>
 */
public final class EmbeddedDynamoDb implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EmbeddedDynamoDb.class.getName());
    /** Attempts to find a free port when asked for an ephemeral one (another process may take it first). */
    private static final int PORT_ATTEMPTS = 5;

    private final DynamoDBProxyServer server;
    private final ServerThreads threads;
    private final URI endpoint;
    private final DynamoDbClient client;
    private final Duration startupTime;
    private final TableSetup tables;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedDynamoDb(DynamoDBProxyServer server, ServerThreads threads, URI endpoint, DynamoDbClient client,
                             long startedNanos) {
        this.server = server;
        this.threads = threads;
        this.endpoint = endpoint;
        this.client = client;
        this.tables = new TableSetup(client);
        ready();
        this.startupTime = Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /**
     * Where and how to run.
     *
     * @param port          the port to listen on (on all interfaces, as DynamoDB Local does); 0 picks a free one
     * @param dataDirectory a folder to keep the data in across restarts; empty keeps everything in memory
     * @param region        the region the client signs for (DynamoDB Local accepts any)
     */
    public record Options(int port, Optional<Path> dataDirectory, Region region) {

        public Options {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0..65535, got " + port);
            }
        }

        /** In memory, on a free port: a fresh, empty database every start (tests). */
        public static Options inMemory() {
            return new Options(0, Optional.empty(), Region.US_EAST_1);
        }

        /** Data kept in {@code directory} (created if missing), on a free port: what local/ uses. */
        public static Options persistentIn(Path directory) {
            return new Options(0, Optional.of(directory), Region.US_EAST_1);
        }

        public Options withPort(int value) {
            return new Options(value, dataDirectory, region);
        }

        public Options withRegion(Region value) {
            return new Options(port, dataDirectory, value);
        }
    }

    /**
     * Starts DynamoDB Local and returns once it has answered a request.
     *
     * @throws IllegalStateException when the server cannot start (port taken, data folder unusable, ...)
     */
    public static EmbeddedDynamoDb start(Options options) {
        long started = System.nanoTime();
        options.dataDirectory().ifPresent(EmbeddedDynamoDb::createDirectory);
        int attempts = options.port() == 0 ? PORT_ATTEMPTS : 1;
        for (int attempt = 1; ; attempt++) {
            int port = options.port() == 0 ? freePort() : options.port();
            ServerThreads threads = new ServerThreads("dynamodb-local-" + port);
            DynamoDBProxyServer server;
            try {
                server = threads.call(() -> {
                    DynamoDBProxyServer created = ServerRunner.createServerFromCommandLineArgs(arguments(port, options));
                    created.start();
                    return created;
                });
            } catch (Exception e) {
                threads.stop();
                if (attempt < attempts && isBindFailure(e)) {
                    continue; // the free port was taken between probing and binding: try another
                }
                throw new IllegalStateException("DynamoDB Local did not start on port " + port + ": " + e.getMessage(), e);
            }
            URI endpoint = URI.create("http://localhost:" + port);
            DynamoDbClient client = DynamoDbClient.builder()
                    .endpointOverride(endpoint)
                    .region(options.region())
                    // DynamoDB Local checks that requests are signed, not by whom
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                    .httpClient(UrlConnectionHttpClient.create())
                    .build();
            EmbeddedDynamoDb dynamo = new EmbeddedDynamoDb(server, threads, endpoint, client, started);
            LOG.log(System.Logger.Level.INFO, "DynamoDB Local ({0}) at {1}, started in {2} ms",
                    options.dataDirectory().map(Path::toString).orElse("in memory"), endpoint,
                    dynamo.startupTime.toMillis());
            return dynamo;
        }
    }

    /** {@code http://localhost:<port>}: the endpoint override for any SDK client, or {@code AWS_ENDPOINT_URL_DYNAMODB}. */
    public URI endpoint() {
        return endpoint;
    }

    /** A client for this server; closed with it. */
    public DynamoDbClient client() {
        return client;
    }

    /** From {@link #start} being called to the server having answered its first request. */
    public Duration startupTime() {
        return startupTime;
    }

    /** {@link TableSetup#ensureTable(CreateTableRequest)} on this server. */
    public TableDescription ensureTable(CreateTableRequest request) {
        return tables.ensureTable(request);
    }

    /** {@link TableSetup#ensureTable(CreateTableRequest, String)} on this server. */
    public TableDescription ensureTable(CreateTableRequest request, String timeToLiveAttribute) {
        return tables.ensureTable(request, timeToLiveAttribute);
    }

    /** Stops the server (data in a folder stays there), its background threads, and the client; once. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        client.close();
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not stop cleanly", e);
        } finally {
            threads.stop();
        }
    }

    /**
     * One real request before returning: it proves the server answers, and it makes DynamoDB Local load SQLite
     * (natives included) now rather than inside the caller's first request.
     */
    private void ready() {
        try {
            client.listTables(request -> request.limit(1));
        } catch (RuntimeException e) {
            try {
                close();
            } catch (RuntimeException closeFailure) {
                e.addSuppressed(closeFailure);
            }
            throw new IllegalStateException("DynamoDB Local started but does not answer: " + e.getMessage(), e);
        }
    }

    private static String[] arguments(int port, Options options) {
        List<String> arguments = new ArrayList<>(List.of("-port", Integer.toString(port), "-sharedDb", "-disableTelemetry"));
        options.dataDirectory().ifPresentOrElse(
                directory -> arguments.addAll(List.of("-dbPath", directory.toAbsolutePath().toString())),
                () -> arguments.add("-inMemory"));
        return arguments.toArray(String[]::new);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for DynamoDB Local", e);
        }
    }

    private static boolean isBindFailure(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    private static void createDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the DynamoDB Local data folder " + directory, e);
        }
    }
}
