package com.nexusgen.vectors;

import java.util.Random;
import java.util.SplittableRandom;

/**
 * Reproducible stand-ins for real embeddings, for recall and latency measurements. Uniform random
 * vectors are the wrong model: in 384 dimensions they are all nearly orthogonal, and every index looks
 * either perfect or hopeless on them. Real fix-memory vectors are clustered (the same error in many
 * builds) inside broader topics (the error taxonomy's categories), so the generator nests three levels:
 * topics, cluster centres around a topic, points around a centre, with a spread that differs per cluster.
 *
 * <p>With the defaults two points of one cluster have a cosine of roughly 0.6 to 0.9, two clusters of one
 * topic about 0.25, unrelated vectors about 0.
 */
public final class SyntheticEmbeddings {
    private final int dimensions;
    private final float[][] centres;
    private final double[] spread;

    /**
     * @param clusters how many distinct "errors" the vectors are variations of
     * @param seed     the same seed gives the same centres
     */
    public SyntheticEmbeddings(int dimensions, int clusters, long seed) {
        this.dimensions = VectorInput.dimensions(dimensions);
        if (clusters < 1) {
            throw new IllegalArgumentException("clusters must be at least 1, got " + clusters);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int topicCount = Math.max(1, clusters / 50);
        float[][] topics = new float[topicCount][];
        for (int t = 0; t < topicCount; t++) {
            topics[t] = around(null, 1.0, random);
        }
        centres = new float[clusters][];
        spread = new double[clusters];
        for (int c = 0; c < clusters; c++) {
            centres[c] = around(topics[random.nextInt(topicCount)], 1.7, random);
            spread[c] = 0.35 + 0.5 * random.nextDouble();
        }
    }

    public int dimensions() {
        return dimensions;
    }

    public int clusters() {
        return centres.length;
    }

    /** A new point of a randomly chosen cluster: a stored vector, or a query ("a build error like one we saw"). */
    public float[] next(Random random) {
        int cluster = random.nextInt(centres.length);
        return around(centres[cluster], spread[cluster], new SplittableRandom(random.nextLong()));
    }

    /** {@code centre + noise} scaled to unit length, the noise having norm {@code sigma} on average. */
    private float[] around(float[] centre, double sigma, SplittableRandom random) {
        float[] v = new float[dimensions];
        double scale = sigma / Math.sqrt(dimensions);
        double squares = 0;
        for (int i = 0; i < dimensions; i++) {
            double component = (centre == null ? 0 : centre[i]) + random.nextGaussian() * scale;
            v[i] = (float) component;
            squares += component * component;
        }
        float norm = (float) Math.sqrt(squares);
        for (int i = 0; i < dimensions; i++) {
            v[i] /= norm;
        }
        return v;
    }
}
