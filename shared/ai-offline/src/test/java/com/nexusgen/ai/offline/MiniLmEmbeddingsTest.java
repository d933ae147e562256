package com.nexusgen.ai.offline;

import com.nexusgen.ai.Embeddings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The offline model really embeds: related build errors sit closer than unrelated text. */
class MiniLmEmbeddingsTest {
    private static Embeddings embeddings;

    @BeforeAll
    static void load() {
        embeddings = new MiniLmEmbeddings();
    }

    @Test
    void embed_shouldPlaceSimilarErrorsCloserThanUnrelatedText() {
        // GIVEN two phrasings of the same build failure and an unrelated sentence
        float[] missing1 = embeddings.embed("error TS2307: Cannot find module 'react-router-dom' or its corresponding type declarations.");
        float[] missing2 = embeddings.embed("Module not found: Error: Can't resolve 'react-router-dom'");
        float[] unrelated = embeddings.embed("The recipe needs two cups of flour and a pinch of salt.");
        // WHEN compared
        double related = Embeddings.similarity(missing1, missing2);
        double apart = Embeddings.similarity(missing1, unrelated);
        // THEN the two errors are clearly closer
        assertTrue(related > apart + 0.2, "related " + related + " vs unrelated " + apart);
    }

    @Test
    void embed_shouldBeUnitLength_384Dimensional_andDeterministic() {
        float[] a = embeddings.embed("npm ERR! peer dependency conflict");
        assertEquals(384, a.length);
        assertEquals(1.0, Embeddings.similarity(a, a), 1e-4);
        assertArrayEquals(a, embeddings.embed("npm ERR! peer dependency conflict"));
    }
}
