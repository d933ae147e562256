package com.nexusgen.vectors;

import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real single-node OpenSearch 2.19 with the k-NN plugin, inside the test JVM, started once and shared
 * by every test class of the module (surefire runs them all in one forked JVM).
 *
 * <p>How it is put together: {@link Node}'s protected constructor accepts plugin classes that are on the
 * classpath, which is how OpenSearch's own test framework starts nodes. The HTTP and transport layers
 * come from {@link Netty4Plugin}; k-NN from {@code KNNPlugin}, whose jars the build unpacks from the
 * plugin zip onto the surefire classpath (not the compile classpath, hence {@link Class#forName}). No
 * bootstrap checks and no security manager run: those belong to OpenSearch's {@code Bootstrap}, which
 * is not used. Only {@code "engine": "lucene"} works: the faiss and nmslib engines need native
 * libraries the plugin zip does not carry.
 */
final class EmbeddedOpenSearch {
    private static final String KNN_PLUGIN = "org.opensearch.knn.plugin.KNNPlugin";
    private static EmbeddedOpenSearch shared;

    private final Node node;
    private final Path home;
    private final URI endpoint;

    private EmbeddedOpenSearch(Node node, Path home, URI endpoint) {
        this.node = node;
        this.home = home;
        this.endpoint = endpoint;
    }

    /** The node every test uses; the first call starts it (several seconds), and the JVM's exit stops it. */
    static synchronized EmbeddedOpenSearch shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "embedded-opensearch-stop"));
        }
        return shared;
    }

    URI endpoint() {
        return endpoint;
    }

    private static EmbeddedOpenSearch start() {
        long started = System.nanoTime();
        try {
            Path home = Files.createTempDirectory("opensearch-node-");
            int httpPort = freePort();
            Settings settings = Settings.builder()
                    .put("cluster.name", "vector-index-tests")
                    .put("node.name", "node-1")
                    .put("path.home", home.toString())
                    .put("path.data", home.resolve("data").toString())
                    .put("path.logs", home.resolve("logs").toString())
                    .put("discovery.type", "single-node")
                    .put("network.host", "127.0.0.1")
                    .put("http.port", httpPort)
                    .put("transport.port", freePort())
                    .put("http.type", "netty4")
                    .put("transport.type", "netty4")
                    // a nearly full CI disk must not flip indices read-only in the middle of a test run
                    .put("cluster.routing.allocation.disk.threshold_enabled", false)
                    .build();
            Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null,
                    () -> "node-1");
            @SuppressWarnings("unchecked")
            Class<? extends Plugin> knn = (Class<? extends Plugin>) Class.forName(KNN_PLUGIN);
            Node node = new PluginNode(environment, List.of(Netty4Plugin.class, knn));
            node.start();
            URI endpoint = URI.create("http://127.0.0.1:" + httpPort);
            System.out.printf("embedded OpenSearch 2.19.1 with k-NN at %s, started in %.1f s%n", endpoint,
                    (System.nanoTime() - started) / 1e9);
            return new EmbeddedOpenSearch(node, home, endpoint);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(KNN_PLUGIN + " is not on the test classpath: run the tests through Maven,"
                    + " which unpacks the k-NN plugin zip into target/opensearch-knn", e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the embedded OpenSearch node", e);
        }
    }

    private void stop() {
        try {
            node.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(home);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder; the OS cleans it up
        }
    }

    /** Opens the protected plugin-classes constructor, as OpenSearch's own MockNode does. */
    private static final class PluginNode extends Node {
        PluginNode(Environment environment, List<Class<? extends Plugin>> plugins) {
            super(environment, plugins, true);
        }
    }
}
