package com.nexusgen.domain.builds;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every {@link FixStore} adapter does; each adapter's test extends this with a fresh store. */
public abstract class FixStoreContract {
    protected abstract FixStore store();

    private static StoredFix fix(String id) {
        return new StoredFix(id, ErrorKind.DEPENDENCY_MISSING, "dependency.missing TS2307 Cannot find module 'clsx'",
                new Fix("add-dependency", Map.of("package", "clsx", "version", "2.1.1")), 1, 0,
                Instant.parse("2026-11-22T09:00:00Z"));
    }

    @Test
    void aStoredFixReadsBackAsWritten() {
        String id = UUID.randomUUID().toString();
        assertTrue(store().putIfAbsent(fix(id)));
        assertEquals(fix(id), store().get(id).orElseThrow());
        assertTrue(store().get("no-such-" + id).isEmpty());
    }

    @Test
    void aSecondPutOfTheSameIdChangesNothing() {
        String id = UUID.randomUUID().toString();
        assertTrue(store().putIfAbsent(fix(id)));
        store().recordOutcome(id, true);
        assertFalse(store().putIfAbsent(fix(id)));
        assertEquals(2, store().get(id).orElseThrow().successes());
    }

    @Test
    void outcomesAreCountedWithoutLosingConcurrentOnes() throws Exception {
        String id = UUID.randomUUID().toString();
        store().putIfAbsent(fix(id));
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<Boolean>> counts = IntStream.range(0, 40)
                    .mapToObj(i -> pool.submit(() -> store().recordOutcome(id, i % 4 != 0))).toList();
            for (Future<Boolean> count : counts) {
                assertTrue(count.get());
            }
        }
        StoredFix counted = store().get(id).orElseThrow();
        assertEquals(1 + 30, counted.successes());
        assertEquals(10, counted.failures());
    }

    @Test
    void anOutcomeForAnUnknownFixIsRefused() {
        assertFalse(store().recordOutcome("missing-" + UUID.randomUUID(), true));
    }
}
