package com.nexusgen.vectors;

import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.Result;
import org.opensearch.client.opensearch._types.mapping.DynamicMapping;
import org.opensearch.client.opensearch._types.mapping.Property;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.TermQuery;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.indices.GetMappingResponse;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.aws.AwsSdk2Transport;
import org.opensearch.client.transport.aws.AwsSdk2TransportOptions;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The vector index in AWS: an OpenSearch k-NN index (Amazon OpenSearch Service, OpenSearch Serverless,
 * or any OpenSearch 2.x with the k-NN plugin).
 *
 * <p>The index is created on first use when missing: {@code index.knn: true}, a {@code knn_vector} field
 * with {@code method: {name: hnsw, engine: lucene, space_type: cosinesimil}} (the Lucene engine: it
 * filters during the graph walk, needs no native library, and is available everywhere, including
 * Serverless), {@code vid} (the caller's id, keyword), {@code meta_terms} ({@code "key=value"} keywords,
 * one field for every metadata key so that callers cannot grow the mapping) and {@code metadata}
 * (returned, never indexed).
 *
 * <p>Scores: with the Lucene engine and {@code cosinesimil}, OpenSearch returns Lucene's score
 * {@code (1 + cos) / 2}; {@link VectorHit#score()} is {@code 2 * score - 1}. The contract suite checks
 * this against cosines computed by hand on a real node.
 *
 * <p>Visibility, per {@link Flavor}: on a {@link Flavor#CLUSTER} each write asks for {@code refresh=true},
 * so the next search from any client sees it; a bulk load refreshes once. OpenSearch Serverless has no
 * refresh and no caller-chosen document ids (vector collections), see {@link Flavor#SERVERLESS}.
 */
public final class OpenSearchVectorIndex implements VectorIndex {
    static final String VID = "vid";
    static final String VECTOR = "vector";
    static final String META_TERMS = "meta_terms";
    static final String METADATA = "metadata";
    /** Index names per OpenSearch's rules, minus the oddities (no leading '-', '_' or '+'). */
    private static final Pattern INDEX_NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,254}");

    /** Which OpenSearch the index lives in: it decides how ids and visibility are handled. */
    public enum Flavor {
        /**
         * A cluster: self-managed, the embedded test node, or Amazon OpenSearch Service (SigV4 service
         * {@code es}). The document {@code _id} is the caller's id, and writes use {@code refresh=true}.
         */
        CLUSTER("es"),
        /**
         * An Amazon OpenSearch Serverless vector collection (SigV4 service {@code aoss}). It assigns document
         * ids itself and supports no refresh, so an upsert first deletes the documents whose {@code vid} is
         * the id and then indexes a new one, searches drop duplicate {@code vid}s, and a write becomes
         * visible when the collection indexes it (AWS documents seconds, not milliseconds): the only place
         * where this port's read-your-writes promise does not hold.
         */
        SERVERLESS("aoss");

        private final String signingService;

        Flavor(String signingService) {
            this.signingService = signingService;
        }

        /** The SigV4 service name. */
        public String signingService() {
            return signingService;
        }
    }

    /**
     * HNSW parameters for the Lucene engine.
     *
     * @param m              graph neighbours per node
     * @param efConstruction candidates considered while inserting
     * @param searchFanout   candidates per query: the k-NN query asks for {@code max(k, searchFanout)}
     *                       and the response keeps the best {@code k}
     */
    public record Tuning(int m, int efConstruction, int searchFanout) {
        public Tuning {
            if (m < 2 || m > 512 || efConstruction < 2 || efConstruction > 3200 || searchFanout < 1
                    || searchFanout > VectorInput.MAX_K * 10) {
                throw new IllegalArgumentException("HNSW tuning out of range: m 2..512, efConstruction 2..3200,"
                        + " searchFanout 1.." + VectorInput.MAX_K * 10 + "; got " + m + ", " + efConstruction
                        + ", " + searchFanout);
            }
        }

        /** The same graph the Lucene adapter builds by default. */
        public static Tuning defaults() {
            return new Tuning(16, 100, 120);
        }
    }

    private final OpenSearchClient client;
    private final AutoCloseable ownedHttpClient;
    private final Flavor flavor;
    private final String index;
    private final int dimensions;
    private final Tuning tuning;
    private volatile boolean indexReady;

    /**
     * Wraps a client built elsewhere. Nothing is sent until the first call: the index is checked (and
     * created when missing) then.
     */
    public OpenSearchVectorIndex(OpenSearchClient client, Flavor flavor, String index, int dimensions, Tuning tuning) {
        this(client, null, flavor, index, dimensions, tuning);
    }

    private OpenSearchVectorIndex(OpenSearchClient client, AutoCloseable ownedHttpClient, Flavor flavor, String index,
                                  int dimensions, Tuning tuning) {
        if (index == null || !INDEX_NAME.matcher(index).matches()) {
            throw new IllegalArgumentException("an OpenSearch index name is lower-case letters, digits, '_', '.'"
                    + " and '-', starting with a letter or digit; got '" + index + "'");
        }
        this.client = client;
        this.ownedHttpClient = ownedHttpClient;
        this.flavor = flavor;
        this.index = index;
        this.dimensions = VectorInput.dimensions(dimensions);
        this.tuning = tuning;
    }

    /**
     * An OpenSearch reached over plain HTTP(S) without request signing: a self-managed cluster, the
     * embedded node of the tests, or a domain behind a proxy.
     */
    public static OpenSearchVectorIndex http(URI endpoint, String index, int dimensions) {
        return http(endpoint, index, dimensions, Tuning.defaults());
    }

    public static OpenSearchVectorIndex http(URI endpoint, String index, int dimensions, Tuning tuning) {
        if (endpoint == null || endpoint.getHost() == null
                || !("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme()))) {
            throw new IllegalArgumentException("an OpenSearch endpoint looks like http(s)://host:port, got " + endpoint);
        }
        HttpHost host = HttpHost.create(endpoint);
        OpenSearchTransport transport = ApacheHttpClient5TransportBuilder.builder(host)
                .setMapper(new JacksonJsonpMapper())
                .build();
        return new OpenSearchVectorIndex(new OpenSearchClient(transport), Flavor.CLUSTER, index, dimensions, tuning);
    }

    /**
     * Amazon OpenSearch Service ({@link Flavor#CLUSTER}, service {@code es}) or Serverless
     * ({@link Flavor#SERVERLESS}, service {@code aoss}) with SigV4-signed requests over the AWS SDK's
     * Apache HTTP client.
     *
     * @param endpoint the domain or collection endpoint, e.g. {@code https://abc123.eu-west-1.aoss.amazonaws.com}
     */
    public static OpenSearchVectorIndex aws(URI endpoint, Flavor flavor, Region region,
                                            AwsCredentialsProvider credentials, String index, int dimensions) {
        SdkHttpClient http = ApacheHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(3))
                .socketTimeout(Duration.ofSeconds(30))
                .build();
        return aws(http, true, endpoint, flavor, region, credentials, index, dimensions, Tuning.defaults());
    }

    /**
     * Like {@link #aws(URI, Flavor, Region, AwsCredentialsProvider, String, int)} over a given SDK HTTP
     * client (which stays the caller's to close). AwsSdk2Transport always speaks HTTPS to the endpoint's host.
     */
    public static OpenSearchVectorIndex aws(SdkHttpClient http, URI endpoint, Flavor flavor, Region region,
                                            AwsCredentialsProvider credentials, String index, int dimensions,
                                            Tuning tuning) {
        return aws(http, false, endpoint, flavor, region, credentials, index, dimensions, tuning);
    }

    private static OpenSearchVectorIndex aws(SdkHttpClient http, boolean owned, URI endpoint, Flavor flavor,
                                             Region region, AwsCredentialsProvider credentials, String index,
                                             int dimensions, Tuning tuning) {
        if (endpoint == null || endpoint.getHost() == null) {
            throw new IllegalArgumentException("an AWS OpenSearch endpoint needs a host, got " + endpoint);
        }
        if (region == null || credentials == null || flavor == null) {
            throw new IllegalArgumentException("an AWS OpenSearch index needs a flavor, a region and credentials");
        }
        AwsSdk2Transport transport = new AwsSdk2Transport(http, endpoint.getHost(), flavor.signingService(), region,
                AwsSdk2TransportOptions.builder()
                        .setCredentials(credentials)
                        .setMapper(new JacksonJsonpMapper())
                        .build());
        return new OpenSearchVectorIndex(new OpenSearchClient(transport), owned ? http : null, flavor, index,
                dimensions, tuning);
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    public Flavor flavor() {
        return flavor;
    }

    public String indexName() {
        return index;
    }

    @Override
    public void upsert(String id, float[] vector, Map<String, String> metadata) {
        upsertAll(List.of(new VectorEntry(id, vector, metadata)));
    }

    /** One bulk request (one refresh on a cluster); every entry is validated before anything is sent. */
    @Override
    public void upsertAll(List<VectorEntry> entries) {
        List<Map<String, Object>> documents = new ArrayList<>(entries.size());
        for (VectorEntry entry : entries) {
            documents.add(document(VectorInput.id(entry.id()), VectorInput.unitCopy(entry.vector(), dimensions,
                    "stored"), VectorInput.metadata(entry.metadata(), "metadata")));
        }
        if (documents.isEmpty()) {
            return;
        }
        ensureIndex();
        if (flavor == Flavor.SERVERLESS) {
            Set<String> ids = new HashSet<>();
            documents.forEach(d -> ids.add((String) d.get(VID)));
            ids.forEach(this::deleteServerless);
        }
        List<BulkOperation> operations = new ArrayList<>(documents.size());
        for (Map<String, Object> document : documents) {
            operations.add(BulkOperation.of(op -> op.index(ix -> {
                ix.index(index).document(document);
                return flavor == Flavor.CLUSTER ? ix.id((String) document.get(VID)) : ix;
            })));
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().operations(operations);
        if (flavor == Flavor.CLUSTER) {
            bulk.refresh(Refresh.True);
        }
        BulkResponse response = call(() -> client.bulk(bulk.build()), "write to");
        if (response.errors()) {
            BulkResponseItem failed = response.items().stream().filter(item -> item.error() != null).findFirst()
                    .orElseThrow();
            throw new IllegalStateException("OpenSearch rejected vector " + failed.id() + " in index " + index + ": "
                    + failed.error().type() + ": " + failed.error().reason());
        }
    }

    private static Map<String, Object> document(String id, float[] unit, Map<String, String> metadata) {
        List<String> terms = new ArrayList<>(metadata.size());
        metadata.forEach((key, value) -> terms.add(key + "=" + value));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put(VID, id);
        document.put(VECTOR, unit);
        document.put(META_TERMS, terms);
        document.put(METADATA, metadata);
        return document;
    }

    @Override
    public List<VectorHit> search(float[] query, int k, Map<String, String> mustMatch) {
        float[] unit = VectorInput.unitCopy(query, dimensions, "query");
        VectorInput.k(k);
        Map<String, String> filter = VectorInput.metadata(mustMatch, "filter");
        ensureIndex();
        List<Float> components = new ArrayList<>(unit.length);
        for (float component : unit) {
            components.add(component);
        }
        int candidates = Math.max(k, tuning.searchFanout());
        Query knn = Query.of(q -> q.knn(kn -> {
            kn.field(VECTOR).vector(components).k(candidates);
            if (!filter.isEmpty()) {
                kn.filter(f -> f.bool(b -> {
                    filter.forEach((key, value) -> b.filter(termQuery(META_TERMS, key + "=" + value)));
                    return b;
                }));
            }
            return kn;
        }));
        @SuppressWarnings({"unchecked", "rawtypes"})
        SearchResponse<Map<String, Object>> response = call(() -> (SearchResponse) client.search(s -> s.index(index)
                .size(flavor == Flavor.SERVERLESS ? Math.min(candidates, 2 * k) : k)
                .query(knn)
                .source(src -> src.filter(f -> f.includes(VID, METADATA))), Map.class), "search");
        List<VectorHit> hits = new ArrayList<>(k);
        Set<String> seen = new HashSet<>();
        for (Hit<Map<String, Object>> hit : response.hits().hits()) {
            VectorHit vectorHit = hit(hit);
            // Serverless can briefly hold an old and a new copy of one id: keep the better one
            if (seen.add(vectorHit.id()) && hits.size() < k) {
                hits.add(vectorHit);
            }
        }
        hits.sort(ExactVectorIndex.BEST_FIRST);
        return hits;
    }

    private static Query termQuery(String field, String value) {
        return TermQuery.of(t -> t.field(field).value(v -> v.stringValue(value))).toQuery();
    }

    @SuppressWarnings("unchecked")
    private static VectorHit hit(Hit<Map<String, Object>> hit) {
        Map<String, Object> source = hit.source();
        Map<String, String> metadata = new TreeMap<>();
        Object stored = source == null ? null : source.get(METADATA);
        if (stored instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).forEach((key, value) -> metadata.put(key, String.valueOf(value)));
        }
        String id = source == null ? hit.id() : String.valueOf(source.get(VID));
        // lucene engine + cosinesimil: score = (1 + cos) / 2
        return new VectorHit(id, 2.0 * hit.score() - 1.0, metadata);
    }

    @Override
    public boolean delete(String id) {
        VectorInput.id(id);
        ensureIndex();
        if (flavor == Flavor.SERVERLESS) {
            return deleteServerless(id);
        }
        try {
            Result result = client.delete(d -> d.index(index).id(id).refresh(Refresh.True)).result();
            return result == Result.Deleted;
        } catch (OpenSearchException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete from OpenSearch index " + index, e);
        }
    }

    /** Finds the server-assigned ids of every copy of {@code id} and deletes them one by one. */
    private boolean deleteServerless(String id) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        SearchResponse<Map<String, Object>> copies = call(() -> (SearchResponse) client.search(s -> s.index(index)
                .size(100).source(src -> src.fetch(false)).query(termQuery(VID, id)), Map.class), "look up ids in");
        boolean deleted = false;
        for (Hit<Map<String, Object>> copy : copies.hits().hits()) {
            try {
                deleted |= client.delete(d -> d.index(index).id(copy.id())).result() == Result.Deleted;
            } catch (OpenSearchException e) {
                if (e.status() != 404) {
                    throw e;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete from OpenSearch index " + index, e);
            }
        }
        return deleted;
    }

    @Override
    public long count() {
        ensureIndex();
        return call(() -> client.count(c -> c.index(index)).count(), "count");
    }

    /** Deletes the whole index (tests and benchmarks; the platform never calls it). */
    public void dropIndex() {
        call(() -> client.indices().delete(d -> d.index(index)), "delete");
        indexReady = false;
    }

    /** Checks that the index exists with vectors of the right size, creating it when it is missing. */
    private void ensureIndex() {
        if (indexReady) {
            return;
        }
        synchronized (this) {
            if (indexReady) {
                return;
            }
            boolean exists = call(() -> client.indices().exists(e -> e.index(index)).value(), "check");
            if (exists) {
                checkDimensions();
            } else {
                create();
            }
            indexReady = true;
        }
    }

    private void create() {
        TypeMapping mapping = TypeMapping.of(m -> m
                .dynamic(DynamicMapping.Strict)
                .properties(VID, Property.of(p -> p.keyword(kw -> kw)))
                .properties(META_TERMS, Property.of(p -> p.keyword(kw -> kw)))
                .properties(METADATA, Property.of(p -> p.object(o -> o.enabled(false))))
                .properties(VECTOR, Property.of(p -> p.knnVector(v -> v
                        .dimension(dimensions)
                        .method(method -> method.name("hnsw").engine("lucene").spaceType("cosinesimil")
                                .parameters("m", JsonData.of(tuning.m()))
                                .parameters("ef_construction", JsonData.of(tuning.efConstruction())))))));
        try {
            client.indices().create(c -> c.index(index).settings(s -> s.knn(true)).mappings(mapping));
        } catch (OpenSearchException e) {
            // another writer created it between our check and our create: fine if it is ours in shape
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
            checkDimensions();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create OpenSearch index " + index, e);
        }
    }

    private void checkDimensions() {
        GetMappingResponse mappings = call(() -> client.indices().getMapping(g -> g.index(index)), "read the mapping of");
        Property vector = mappings.result().values().stream()
                .map(m -> m.mappings().properties().get(VECTOR))
                .filter(p -> p != null)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("OpenSearch index " + index
                        + " exists but has no '" + VECTOR + "' field: not a vector index"));
        if (!vector.isKnnVector() || vector.knnVector().dimension() != dimensions) {
            throw new IllegalArgumentException("OpenSearch index " + index + " holds "
                    + (vector.isKnnVector() ? vector.knnVector().dimension() + "-dimension vectors" : "no knn_vector")
                    + ", not " + dimensions + "-dimension vectors");
        }
    }

    private interface Call<T> {
        T run() throws IOException;
    }

    private <T> T call(Call<T> call, String verb) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot " + verb + " OpenSearch index " + index, e);
        }
    }

    @Override
    public void close() {
        try {
            client._transport().close();
            if (ownedHttpClient != null) {
                ownedHttpClient.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the OpenSearch client", e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot close the OpenSearch HTTP client", e);
        }
    }
}
