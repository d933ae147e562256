package com.nexusgen.healing;

import com.nexusgen.ai.Embeddings;
import com.nexusgen.domain.builds.BuildError;
import com.nexusgen.domain.builds.ErrorKind;
import com.nexusgen.domain.builds.Fix;
import com.nexusgen.domain.builds.FixStore;
import com.nexusgen.domain.builds.StoredFix;
import com.nexusgen.vectors.VectorHit;
import com.nexusgen.vectors.VectorIndex;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The memory of fixes that made builds pass, shared by every project. An error's normalized signature is embedded
 * and the nearest remembered signatures of the same kind are looked up by k-NN; a fix is offered when its
 * signature is similar enough and it has worked more often than not. Every fix that made a build pass is stored
 * (once per signature and transformation) and every replay counts as a success or a failure.
 */
public final class FixMemory {
    /** A remembered fix offered for an error, and how close its signature was (cosine similarity). */
    public record Recollection(StoredFix fix, double similarity) {
    }

    /** Cosine similarity from which a remembered signature counts as the same error. */
    public static final double DEFAULT_THRESHOLD = 0.9;
    private static final int CANDIDATES = 5;

    private final VectorIndex index;
    private final Embeddings embeddings;
    private final FixStore store;
    private final double threshold;
    private final Clock clock;

    public FixMemory(VectorIndex index, Embeddings embeddings, FixStore store, double threshold, Clock clock) {
        if (index.dimensions() != embeddings.dimensions()) {
            throw new IllegalArgumentException("the index has " + index.dimensions() + " dimensions, the embeddings "
                    + embeddings.dimensions());
        }
        this.index = index;
        this.embeddings = embeddings;
        this.store = store;
        this.threshold = threshold;
        this.clock = clock;
    }

    /** The best remembered fix for an error: most similar first, then the better record; empty below the threshold. */
    public Optional<Recollection> recall(BuildError error, String signature) {
        List<VectorHit> hits = index.search(embeddings.embed(signature), CANDIDATES, Map.of("kind", error.kind().wireName()));
        Recollection best = null;
        for (VectorHit hit : hits) {
            if (hit.score() < threshold) {
                break;
            }
            Optional<StoredFix> fix = store.get(hit.id());
            if (fix.isEmpty() || fix.get().successRate() < 0.5) {
                continue;
            }
            if (best == null || hit.score() > best.similarity() + 1e-6
                    || (Math.abs(hit.score() - best.similarity()) <= 1e-6 && fix.get().successRate() > best.fix().successRate())) {
                best = new Recollection(fix.get(), hit.score());
            }
        }
        return Optional.ofNullable(best);
    }

    /** Stores a fix that made a build pass (or counts one more success when it is known); returns its id. */
    public String remember(ErrorKind kind, String signature, Fix fix) {
        String id = id(kind, signature, fix);
        if (store.putIfAbsent(new StoredFix(id, kind, signature, fix, 1, 0, clock.instant()))) {
            index.upsert(id, embeddings.embed(signature), Map.of("kind", kind.wireName(), "fixer", fix.fixer()));
        } else {
            store.recordOutcome(id, true);
        }
        return id;
    }

    public void recordSuccess(String id) {
        store.recordOutcome(id, true);
    }

    public void recordFailure(String id) {
        store.recordOutcome(id, false);
    }

    /** One entry per kind, signature and transformation, whoever learns it first. */
    static String id(ErrorKind kind, String signature, Fix fix) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((kind.wireName() + "\n" + signature + "\n" + fix.fixer() + "\n" + fix.parameters())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
