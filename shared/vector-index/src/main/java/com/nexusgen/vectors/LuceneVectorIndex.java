package com.nexusgen.vectors;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The vector index on one machine: Lucene HNSW graphs in a folder, reopened by the next process.
 *
 * <p>Layout of a document: {@code id} (exact term, stored), {@code vector} ({@link KnnFloatVectorField}
 * with {@link VectorSimilarityFunction#DOT_PRODUCT}: vectors are unit length, so the dot product is the
 * cosine and is cheaper than Lucene's COSINE, which re-normalises on every comparison), and one
 * {@code m.<key>} exact term per metadata entry (stored, and indexed for the pre-filter).
 *
 * <p>Scores: Lucene reports {@code (1 + dot) / 2} for DOT_PRODUCT; {@link VectorHit#score()} converts it
 * back to the cosine with {@code 2 * score - 1}.
 *
 * <p>Visibility: writes go to the {@link IndexWriter}; a search, count or delete that follows a write
 * first reopens the near-real-time reader (one {@link SearcherManager#maybeRefreshBlocking()} per batch
 * of writes, not per write), so bulk loads stay cheap and reads never miss a returned write.
 *
 * <p>Durability: {@link #commit()} (and {@link #close()}, {@link #optimize()}) fsyncs; writes since the
 * last commit are lost if the process dies. The fix memory is a cache of fixes that can be re-learned,
 * so a per-write fsync is not worth its cost.
 *
 * <p>Bulk loads: write in batches with {@link #upsertAll}, then call {@link #optimize()}. Every segment
 * has its own HNSW graph and a query walks all of them; after the merge it walks one (faster, and better
 * recall per visited node). With the default 256 MB indexing buffer about 150k 384-dim vectors fit in
 * one segment, so a load of that size needs no merge at all.
 */
public final class LuceneVectorIndex implements VectorIndex {
    /** Lucene 9.12's HNSW format refuses larger vectors. */
    public static final int MAX_DIMENSIONS = 1024;
    static final String ID = "id";
    static final String VECTOR = "vector";
    static final String META_PREFIX = "m.";

    /**
     * HNSW parameters.
     *
     * @param maxConn       graph neighbours per node ("M"); more = better recall, bigger and slower build
     * @param beamWidth     candidates considered while inserting ("ef_construction")
     * @param searchFanout  candidates collected per query ("ef_search"): a query asks Lucene for
     *                      {@code max(k, searchFanout)} neighbours and keeps the best {@code k}
     * @param mergeThreads  threads that build a merged graph (1 = the merging thread alone)
     * @param ramBufferMb   indexing buffer; bigger = fewer, larger segments before a merge
     */
    public record Tuning(int maxConn, int beamWidth, int searchFanout, int mergeThreads, double ramBufferMb) {
        public Tuning {
            if (maxConn < 2 || maxConn > Lucene99HnswVectorsFormat.MAXIMUM_MAX_CONN) {
                throw new IllegalArgumentException("maxConn must be between 2 and "
                        + Lucene99HnswVectorsFormat.MAXIMUM_MAX_CONN + ", got " + maxConn);
            }
            if (beamWidth < 1 || beamWidth > Lucene99HnswVectorsFormat.MAXIMUM_BEAM_WIDTH) {
                throw new IllegalArgumentException("beamWidth must be between 1 and "
                        + Lucene99HnswVectorsFormat.MAXIMUM_BEAM_WIDTH + ", got " + beamWidth);
            }
            if (searchFanout < 1 || searchFanout > 10_000) {
                throw new IllegalArgumentException("searchFanout must be between 1 and 10000, got " + searchFanout);
            }
            if (mergeThreads < 1 || mergeThreads > 64) {
                throw new IllegalArgumentException("mergeThreads must be between 1 and 64, got " + mergeThreads);
            }
            if (!(ramBufferMb >= 1)) {
                throw new IllegalArgumentException("ramBufferMb must be at least 1, got " + ramBufferMb);
            }
        }

        /**
         * M 16, beamWidth 100, fanout 120. Measured with {@link VectorIndexBench} on 100k clustered 384-dim
         * vectors, 2 shared cores, SIMD on: recall@10 0.98 to 0.99, query p50 about 1.1 ms and p95 under
         * 2 ms, build about 55 s. A beamWidth of 50 built twice as fast but lost 0.1 of recall that no
         * search fanout won back; int7 scalar quantization built no faster and lost recall too.
         */
        public static Tuning defaults() {
            return new Tuning(16, 100, 120, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), 256);
        }
    }

    private final Path folder;
    private final int dimensions;
    private final Tuning tuning;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ExecutorService mergeThreads;
    private final AtomicLong writes = new AtomicLong();
    private final Object refreshLock = new Object();
    private volatile long visibleWrites;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LuceneVectorIndex(Path folder, int dimensions, Tuning tuning) throws IOException {
        this.folder = folder;
        this.dimensions = dimensions;
        this.tuning = tuning;
        this.mergeThreads = tuning.mergeThreads() > 1 ? Executors.newFixedThreadPool(tuning.mergeThreads(), daemon())
                : null;
        Directory opened = null;
        IndexWriter openedWriter = null;
        try {
            Files.createDirectories(folder);
            opened = FSDirectory.open(folder);
            IndexWriterConfig config = new IndexWriterConfig()
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCodec(codec(tuning, mergeThreads))
                    .setRAMBufferSizeMB(tuning.ramBufferMb())
                    .setUseCompoundFile(false);
            openedWriter = new IndexWriter(opened, config);
            this.directory = opened;
            this.writer = openedWriter;
            this.searchers = new SearcherManager(writer, true, false, null);
        } catch (IOException | RuntimeException e) {
            closeQuietly(openedWriter);
            closeQuietly(opened);
            if (mergeThreads != null) {
                mergeThreads.shutdownNow();
            }
            throw e;
        }
    }

    /** Opens (or creates) the index in {@code folder} with {@link Tuning#defaults()}. */
    public static LuceneVectorIndex open(Path folder, int dimensions) {
        return open(folder, dimensions, Tuning.defaults());
    }

    /**
     * Opens (or creates) the index in {@code folder}. One index object per folder: a second open of a
     * folder that is still open fails, because Lucene allows a single writer.
     *
     * @throws IllegalArgumentException when the folder already holds vectors of another size
     * @throws IllegalStateException    when another index object (in this or another process) has the folder open
     */
    public static LuceneVectorIndex open(Path folder, int dimensions, Tuning tuning) {
        VectorInput.dimensions(dimensions);
        if (dimensions > MAX_DIMENSIONS) {
            throw new IllegalArgumentException("the Lucene index holds vectors of at most " + MAX_DIMENSIONS
                    + " dimensions, got " + dimensions);
        }
        LuceneVectorIndex index;
        try {
            index = new LuceneVectorIndex(folder.toAbsolutePath().normalize(), dimensions, tuning);
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("the vector index in " + folder + " is already open", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the vector index in " + folder, e);
        }
        try {
            index.checkStoredDimensions();
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
        return index;
    }

    private static Codec codec(Tuning tuning, ExecutorService mergeThreads) {
        // The codec is written by name ("Lucene912") and the per-field format too
        // ("Lucene99HnswVectorsFormat"): a reader needs neither M nor beamWidth, so a plain Lucene reopens it.
        KnnVectorsFormat vectors = new Lucene99HnswVectorsFormat(tuning.maxConn(), tuning.beamWidth(),
                tuning.mergeThreads(), mergeThreads);
        return new Lucene912Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return vectors;
            }
        };
    }

    private void checkStoredDimensions() {
        IndexSearcher searcher = acquire();
        try {
            FieldInfo field = FieldInfos.getMergedFieldInfos(searcher.getIndexReader()).fieldInfo(VECTOR);
            if (field != null && field.getVectorDimension() != dimensions) {
                throw new IllegalArgumentException("the vector index in " + folder + " holds "
                        + field.getVectorDimension() + "-dimension vectors, not " + dimensions);
            }
        } finally {
            release(searcher);
        }
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    public Tuning tuning() {
        return tuning;
    }

    @Override
    public void upsert(String id, float[] vector, Map<String, String> metadata) {
        upsertAll(List.of(new VectorEntry(id, vector, metadata)));
    }

    /**
     * Validates every entry before writing any, so a bad entry in a batch writes nothing. The batch is
     * written by the calling thread: writing slices from several threads builds one graph per thread,
     * which {@link #optimize()} must then merge, and on two cores that cost more than it saved.
     */
    @Override
    public void upsertAll(List<VectorEntry> entries) {
        // the last entry of an id wins, as if they were written one after the other
        Map<String, Document> byId = new LinkedHashMap<>();
        for (VectorEntry entry : entries) {
            byId.put(VectorInput.id(entry.id()), document(entry.id(),
                    VectorInput.unitCopy(entry.vector(), dimensions, "stored"),
                    VectorInput.metadata(entry.metadata(), "metadata")));
        }
        List<Document> documents = new ArrayList<>(byId.values());
        ensureOpen();
        try {
            for (Document document : documents) {
                writer.updateDocument(new Term(ID, document.get(ID)), document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the vector index in " + folder, e);
        } finally {
            writes.incrementAndGet();
        }
    }

    private static Document document(String id, float[] unit, Map<String, String> metadata) {
        Document document = new Document();
        document.add(new StringField(ID, id, Field.Store.YES));
        document.add(new KnnFloatVectorField(VECTOR, unit, VectorSimilarityFunction.DOT_PRODUCT));
        metadata.forEach((key, value) -> document.add(new StringField(META_PREFIX + key, value, Field.Store.YES)));
        return document;
    }

    @Override
    public List<VectorHit> search(float[] query, int k, Map<String, String> mustMatch) {
        float[] unit = VectorInput.unitCopy(query, dimensions, "query");
        VectorInput.k(k);
        Query filter = filter(VectorInput.metadata(mustMatch, "filter"));
        IndexSearcher searcher = acquire();
        try {
            // Asking HNSW for more candidates than k and keeping the best k is how Lucene exposes ef_search.
            Query knn = new KnnFloatVectorQuery(VECTOR, unit, Math.max(k, tuning.searchFanout()), filter);
            TopDocs top = searcher.search(knn, k);
            StoredFields stored = searcher.storedFields();
            List<VectorHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc scoreDoc : top.scoreDocs) {
                hits.add(hit(stored.document(scoreDoc.doc), scoreDoc.score));
            }
            hits.sort(ExactVectorIndex.BEST_FIRST);
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the vector index in " + folder, e);
        } finally {
            release(searcher);
        }
    }

    private static Query filter(Map<String, String> mustMatch) {
        if (mustMatch.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        mustMatch.forEach((key, value) ->
                all.add(new TermQuery(new Term(META_PREFIX + key, value)), BooleanClause.Occur.FILTER));
        return all.build();
    }

    private static VectorHit hit(Document document, float luceneScore) {
        Map<String, String> metadata = new TreeMap<>();
        for (IndexableField field : document.getFields()) {
            if (field.name().startsWith(META_PREFIX)) {
                metadata.put(field.name().substring(META_PREFIX.length()), field.stringValue());
            }
        }
        // DOT_PRODUCT scores (1 + cos) / 2
        return new VectorHit(document.get(ID), 2.0 * luceneScore - 1.0, metadata);
    }

    /**
     * {@code true} when the id was present when the delete ran. A concurrent upsert of the same id may
     * land before or after the delete; either order leaves the index consistent.
     */
    @Override
    public boolean delete(String id) {
        Term term = new Term(ID, VectorInput.id(id));
        boolean present;
        IndexSearcher searcher = acquire();
        try {
            present = searcher.count(new TermQuery(term)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vector index in " + folder, e);
        } finally {
            release(searcher);
        }
        if (present) {
            try {
                writer.deleteDocuments(term);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete from the vector index in " + folder, e);
            } finally {
                writes.incrementAndGet();
            }
        }
        return present;
    }

    @Override
    public long count() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    /** Makes every returned write durable (fsync). */
    public void commit() {
        ensureOpen();
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the vector index in " + folder, e);
        }
    }

    /**
     * Merges all segments into one HNSW graph and commits. Call it after a bulk load: queries then walk
     * one graph. Merging re-inserts the vectors of every segment but the largest into its graph, so it
     * can cost as much as the load did; don't call it per write.
     */
    public void optimize() {
        ensureOpen();
        try {
            writer.forceMerge(1);
            writer.commit();
            writes.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge the vector index in " + folder, e);
        }
    }

    /** How many segments (= HNSW graphs) a query currently walks; 1 after {@link #optimize()}. */
    public int segmentCount() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().leaves().size();
        } finally {
            release(searcher);
        }
    }

    /** A searcher that sees every write that returned before this call. */
    private IndexSearcher acquire() {
        ensureOpen();
        long target = writes.get();
        try {
            if (target > visibleWrites) {
                synchronized (refreshLock) {
                    if (target > visibleWrites) {
                        searchers.maybeRefreshBlocking();
                        visibleWrites = target;
                    }
                }
            }
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the vector index in " + folder, e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release a searcher of " + folder, e);
        }
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the vector index in " + folder + " is closed");
        }
    }

    /** Commits and releases the folder; a second call does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the vector index in " + folder, e);
        } finally {
            closeQuietly(directory);
            if (mergeThreads != null) {
                mergeThreads.shutdownNow();
            }
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already failing with the original exception
        }
    }

    private static ThreadFactory daemon() {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "vector-index-merge-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
