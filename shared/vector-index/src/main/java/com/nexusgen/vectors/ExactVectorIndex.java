package com.nexusgen.vectors;

import org.apache.lucene.util.VectorUtil;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Brute force: every search compares the query with every stored vector. Exact by construction, so it
 * is the reference the HNSW adapters' recall is measured against, and a fine in-memory index for a few
 * thousand vectors (Lucene's {@link VectorUtil#dotProduct}, SIMD where the JVM allows it). Nothing is
 * persisted.
 */
public final class ExactVectorIndex implements VectorIndex {
    /** Best first; among equal scores the smaller id first, so results never depend on map order. */
    static final Comparator<VectorHit> BEST_FIRST = Comparator.comparingDouble(VectorHit::score).reversed()
            .thenComparing(VectorHit::id);

    private record Stored(float[] unit, Map<String, String> metadata) {
    }

    private final int dimensions;
    private final ConcurrentHashMap<String, Stored> entries = new ConcurrentHashMap<>();

    public ExactVectorIndex(int dimensions) {
        this.dimensions = VectorInput.dimensions(dimensions);
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public void upsert(String id, float[] vector, Map<String, String> metadata) {
        upsertAll(List.of(new VectorEntry(id, vector, metadata)));
    }

    /** Validates every entry before storing any, so a bad entry in a batch stores nothing. */
    @Override
    public void upsertAll(List<VectorEntry> batch) {
        Map<String, Stored> valid = new LinkedHashMap<>();
        for (VectorEntry entry : batch) {
            valid.put(VectorInput.id(entry.id()), new Stored(VectorInput.unitCopy(entry.vector(), dimensions, "stored"),
                    VectorInput.metadata(entry.metadata(), "metadata")));
        }
        entries.putAll(valid);
    }

    @Override
    public List<VectorHit> search(float[] query, int k, Map<String, String> mustMatch) {
        float[] unit = VectorInput.unitCopy(query, dimensions, "query");
        VectorInput.k(k);
        Map<String, String> filter = VectorInput.metadata(mustMatch, "filter");
        // a min-heap of the k best so far: its head is the one to beat
        PriorityQueue<Candidate> best = new PriorityQueue<>(k + 1, Candidate.BEST_FIRST.reversed());
        entries.forEach((id, stored) -> {
            if (!matches(stored.metadata(), filter)) {
                return;
            }
            Candidate candidate = new Candidate(id, VectorUtil.dotProduct(unit, stored.unit()), stored);
            if (best.size() < k) {
                best.add(candidate);
            } else if (Candidate.BEST_FIRST.compare(candidate, best.peek()) < 0) {
                best.poll();
                best.add(candidate);
            }
        });
        return hits(best);
    }

    /**
     * The exact top {@code k} of many queries in one pass over the stored vectors (no filter). Each
     * stored vector is read once and compared with every query while it is in cache, which is what makes
     * computing recall ground truth over 100k vectors take seconds rather than minutes.
     */
    public List<List<VectorHit>> searchMany(List<float[]> queries, int k) {
        VectorInput.k(k);
        List<float[]> units = new ArrayList<>(queries.size());
        List<PriorityQueue<Candidate>> best = new ArrayList<>(queries.size());
        for (float[] query : queries) {
            units.add(VectorInput.unitCopy(query, dimensions, "query"));
            best.add(new PriorityQueue<>(k + 1, Candidate.BEST_FIRST.reversed()));
        }
        entries.forEach((id, stored) -> {
            for (int q = 0; q < units.size(); q++) {
                PriorityQueue<Candidate> heap = best.get(q);
                float score = VectorUtil.dotProduct(units.get(q), stored.unit());
                if (heap.size() < k) {
                    heap.add(new Candidate(id, score, stored));
                } else if (score >= heap.peek().score()) {
                    Candidate candidate = new Candidate(id, score, stored);
                    if (Candidate.BEST_FIRST.compare(candidate, heap.peek()) < 0) {
                        heap.poll();
                        heap.add(candidate);
                    }
                }
            }
        });
        List<List<VectorHit>> results = new ArrayList<>(queries.size());
        for (PriorityQueue<Candidate> heap : best) {
            results.add(hits(heap));
        }
        return results;
    }

    private static List<VectorHit> hits(PriorityQueue<Candidate> heap) {
        List<Candidate> sorted = new ArrayList<>(heap);
        sorted.sort(Candidate.BEST_FIRST);
        List<VectorHit> hits = new ArrayList<>(sorted.size());
        for (Candidate candidate : sorted) {
            hits.add(new VectorHit(candidate.id(), candidate.score(), candidate.stored().metadata()));
        }
        return hits;
    }

    /** A scored entry before it becomes a hit: the heap sees every entry, so it stays allocation-light. */
    private record Candidate(String id, float score, Stored stored) {
        static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(Candidate::id);
    }

    private static boolean matches(Map<String, String> metadata, Map<String, String> filter) {
        for (Map.Entry<String, String> wanted : filter.entrySet()) {
            if (!wanted.getValue().equals(metadata.get(wanted.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean delete(String id) {
        return entries.remove(VectorInput.id(id)) != null;
    }

    @Override
    public long count() {
        return entries.size();
    }

    @Override
    public void close() {
        entries.clear();
    }
}
