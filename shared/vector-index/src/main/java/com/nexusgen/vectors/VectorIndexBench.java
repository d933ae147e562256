package com.nexusgen.vectors;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Measures the adapters on {@link SyntheticEmbeddings}: index build time, query latency percentiles
 * and recall@k against {@link ExactVectorIndex}. Prints a table and, last, one JSON line with every
 * engine's figures (the line {@code scripts/bench.sh} can pick up):
 * {@code {"bench":"vector-index","results":[{"engine":"lucene","n":100000,...,"recall_at_k":0.989}]}}.
 *
 * <pre>
 * java -cp ... com.nexusgen.vectors.VectorIndexBench [--n=100000] [--dims=384] [--clusters=2000]
 *      [--queries=200] [--k=10] [--seed=42] [--dir=/tmp/vectors] [--m=16] [--beam=100] [--fanout=120]
 *      [--opensearch=http://localhost:9200]
 * </pre>
 */
public final class VectorIndexBench {
    private static final int BATCH = 2_000;
    private static final int WARM_UP_QUERIES = 500;
    private static final int TIMED_ROUNDS = 3;

    /** Vectors to load, queries, and each query's exact top-k ids. */
    public record Dataset(int dimensions, List<float[]> vectors, List<float[]> queries, List<float[]> warmUp,
                          List<Set<String>> exactTopK, int k) {
    }

    /**
     * One adapter's figures. {@code p50Ms}..{@code p99Ms} are over every timed query; {@code p95BestOf3Ms}
     * is the 95th percentile of each query's fastest of its {@value #TIMED_ROUNDS} runs, which filters
     * out time the thread spent descheduled on a busy shared machine and so shows the index's own cost.
     */
    public record Result(String engine, int n, int dimensions, int k, double buildSeconds, double p50Ms,
                         double p95Ms, double p99Ms, double p95BestOf3Ms, double recall) {
        public String json() {
            return String.format(Locale.ROOT, "{\"engine\":\"%s\",\"n\":%d,\"dims\":%d,"
                            + "\"k\":%d,\"build_s\":%.2f,\"p50_ms\":%.3f,\"p95_ms\":%.3f,\"p99_ms\":%.3f,"
                            + "\"p95_best_of_3_ms\":%.3f,\"recall_at_k\":%.4f}",
                    engine, n, dimensions, k, buildSeconds, p50Ms, p95Ms, p99Ms, p95BestOf3Ms, recall);
        }

        public String row() {
            return String.format(Locale.ROOT, "%-12s %8d %5d %9.2f %8.3f %8.3f %8.3f %12.3f %10.4f",
                    engine, n, dimensions, buildSeconds, p50Ms, p95Ms, p99Ms, p95BestOf3Ms, recall);
        }

        public static String header(int k) {
            return String.format(Locale.ROOT, "%-12s %8s %5s %9s %8s %8s %8s %12s %10s",
                    "engine", "n", "dims", "build_s", "p50_ms", "p95_ms", "p99_ms", "p95_best3_ms", "recall@" + k);
        }
    }

    private VectorIndexBench() {
    }

    /** Generates the vectors and queries and computes the exact answers by brute force. */
    public static Dataset dataset(int n, int dimensions, int clusters, int queries, int k, long seed) {
        SyntheticEmbeddings embeddings = new SyntheticEmbeddings(dimensions, clusters, seed);
        Random random = new Random(seed);
        List<float[]> vectors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            vectors.add(embeddings.next(random));
        }
        List<float[]> asked = new ArrayList<>(queries);
        for (int i = 0; i < queries; i++) {
            asked.add(embeddings.next(random));
        }
        List<float[]> warmUp = new ArrayList<>(WARM_UP_QUERIES);
        for (int i = 0; i < WARM_UP_QUERIES; i++) {
            warmUp.add(embeddings.next(random));
        }
        List<Set<String>> truth;
        try (ExactVectorIndex exact = new ExactVectorIndex(dimensions)) {
            exact.upsertAll(entries(vectors, 0, n));
            truth = exact.searchMany(asked, k).stream()
                    .map(hits -> hits.stream().map(VectorHit::id).collect(Collectors.toSet()))
                    .toList();
        }
        return new Dataset(dimensions, vectors, asked, warmUp, truth, k);
    }

    static List<VectorEntry> entries(List<float[]> vectors, int from, int to) {
        List<VectorEntry> batch = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            batch.add(new VectorEntry(id(i), vectors.get(i), Map.of("cluster_hint", Integer.toString(i % 7))));
        }
        return batch;
    }

    static String id(int i) {
        return "v" + i;
    }

    /**
     * Loads the dataset in batches, runs {@code afterLoad} (for example {@link LuceneVectorIndex#optimize()};
     * its time counts as build time), warms up, then times every query.
     */
    public static Result measure(String engine, VectorIndex index, Dataset data, Consumer<VectorIndex> afterLoad) {
        long start = System.nanoTime();
        int n = data.vectors().size();
        for (int from = 0; from < n; from += BATCH) {
            index.upsertAll(entries(data.vectors(), from, Math.min(n, from + BATCH)));
        }
        afterLoad.accept(index);
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        if (index.count() != n) {
            throw new IllegalStateException(engine + " holds " + index.count() + " vectors after loading " + n);
        }
        for (float[] query : data.warmUp()) {
            index.search(query, data.k());
        }
        int queries = data.queries().size();
        long[] nanos = new long[queries * TIMED_ROUNDS];
        long[] fastest = new long[queries];
        Arrays.fill(fastest, Long.MAX_VALUE);
        double found = 0;
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            for (int q = 0; q < queries; q++) {
                long t0 = System.nanoTime();
                List<VectorHit> hits = index.search(data.queries().get(q), data.k());
                long took = System.nanoTime() - t0;
                nanos[round * queries + q] = took;
                fastest[q] = Math.min(fastest[q], took);
                if (round == 0) {
                    Set<String> exact = data.exactTopK().get(q);
                    found += hits.stream().filter(h -> exact.contains(h.id())).count() / (double) exact.size();
                }
            }
        }
        Arrays.sort(nanos);
        Arrays.sort(fastest);
        return new Result(engine, n, data.dimensions(), data.k(), buildSeconds, percentile(nanos, 50),
                percentile(nanos, 95), percentile(nanos, 99), percentile(fastest, 95), found / queries);
    }

    private static double percentile(long[] sortedNanos, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, rank)] / 1e6;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int n = Integer.parseInt(options.getOrDefault("n", "100000"));
        int dims = Integer.parseInt(options.getOrDefault("dims", "384"));
        int clusters = Integer.parseInt(options.getOrDefault("clusters", "2000"));
        int queries = Integer.parseInt(options.getOrDefault("queries", "200"));
        int k = Integer.parseInt(options.getOrDefault("k", "10"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        LuceneVectorIndex.Tuning defaults = LuceneVectorIndex.Tuning.defaults();
        LuceneVectorIndex.Tuning tuning = new LuceneVectorIndex.Tuning(
                Integer.parseInt(options.getOrDefault("m", Integer.toString(defaults.maxConn()))),
                Integer.parseInt(options.getOrDefault("beam", Integer.toString(defaults.beamWidth()))),
                Integer.parseInt(options.getOrDefault("fanout", Integer.toString(defaults.searchFanout()))),
                defaults.mergeThreads(), defaults.ramBufferMb());

        long t0 = System.nanoTime();
        Dataset data = dataset(n, dims, clusters, queries, k, seed);
        System.out.printf(Locale.ROOT, "dataset: %d vectors x %d dims, %d clusters, %d queries, exact top-%d in %.1f s%n",
                n, dims, clusters, queries, k, (System.nanoTime() - t0) / 1e9);
        System.out.printf(Locale.ROOT, "lucene tuning: M=%d beamWidth=%d fanout=%d mergeThreads=%d; %d cores, Java %s%n",
                tuning.maxConn(), tuning.beamWidth(), tuning.searchFanout(), tuning.mergeThreads(),
                Runtime.getRuntime().availableProcessors(), Runtime.version());

        List<Result> results = new ArrayList<>();
        Path dir = options.containsKey("dir") ? Path.of(options.get("dir"))
                : Files.createTempDirectory("vector-bench-");
        Path folder = dir.resolve("lucene-" + UUID.randomUUID());
        try (LuceneVectorIndex lucene = LuceneVectorIndex.open(folder, dims, tuning)) {
            results.add(measure("lucene", lucene, data, index -> ((LuceneVectorIndex) index).optimize()));
        } finally {
            deleteTree(folder);
        }
        if (options.containsKey("opensearch")) {
            String indexName = "vector-bench-" + UUID.randomUUID();
            OpenSearchVectorIndex.Tuning sameGraph = new OpenSearchVectorIndex.Tuning(tuning.maxConn(),
                    tuning.beamWidth(), tuning.searchFanout());
            try (OpenSearchVectorIndex opensearch = OpenSearchVectorIndex.http(URI.create(options.get("opensearch")),
                    indexName, dims, sameGraph)) {
                results.add(measure("opensearch", opensearch, data, index -> { }));
                opensearch.dropIndex();
            }
        }
        System.out.println(Result.header(k));
        results.forEach(r -> System.out.println(r.row()));
        System.out.println("{\"bench\":\"vector-index\",\"results\":["
                + results.stream().map(Result::json).collect(Collectors.joining(",")) + "]}");
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        Set<String> known = new HashSet<>(List.of("n", "dims", "clusters", "queries", "k", "seed", "dir", "m", "beam",
                "fanout", "opensearch"));
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("arguments look like --name=value, got " + arg);
            }
            String name = arg.substring(2, arg.indexOf('='));
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "; known: " + known);
            }
            options.put(name, arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
