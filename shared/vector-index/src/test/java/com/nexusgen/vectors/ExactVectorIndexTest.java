package com.nexusgen.vectors;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The brute-force reference passes the same contract, so recall measured against it means something. */
class ExactVectorIndexTest extends VectorIndexContract {
    @Override
    VectorIndex newIndex(int dimensions) {
        return new ExactVectorIndex(dimensions);
    }

    @Test
    void searchMany_shouldAgreeWithOneSearchPerQuery() {
        Random random = new Random(5);
        for (int i = 0; i < 500; i++) {
            index().upsert("v" + i, randomUnit(random), Map.of());
        }
        List<float[]> queries = List.of(randomUnit(random), randomUnit(random), randomUnit(random));
        List<List<VectorHit>> many = ((ExactVectorIndex) index()).searchMany(queries, 7);
        for (int q = 0; q < queries.size(); q++) {
            assertEquals(index().search(queries.get(q), 7), many.get(q));
        }
    }
}
