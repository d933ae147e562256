/**
 * The vector index port ({@link com.nexusgen.vectors.VectorIndex}) and its adapters: k-NN search over
 * unit-length embeddings, used by the build fix memory and by retrieval.
 *
 * <ul>
 *   <li>{@link com.nexusgen.vectors.OpenSearchVectorIndex}: AWS (Amazon OpenSearch Service, OpenSearch
 *       Serverless) or any OpenSearch 2.x with the k-NN plugin; Lucene engine, cosine space.</li>
 *   <li>{@link com.nexusgen.vectors.LuceneVectorIndex}: one machine; Lucene HNSW in a folder.</li>
 *   <li>{@link com.nexusgen.vectors.ExactVectorIndex}: brute force in memory; the recall reference.</li>
 * </ul>
 *
 * <p>Lucene is 9.12.1, not 10.x, on purpose: the OpenSearch adapter is tested against an OpenSearch 2.19.1
 * node inside the same JVM, and that node is built on exactly Lucene 9.12.1.
 *
 * <p>JVM flags: Lucene computes vector similarities with SIMD only when started with
 * {@code --add-modules jdk.incubator.vector} (on Java 24 and later also
 * {@code -Dorg.apache.lucene.vectorization.upperJavaFeatureVersion=<feature version>}); without them it
 * falls back to scalar code, which makes graph building about twice as slow, and results are the same.
 */
package com.nexusgen.vectors;
