package com.nexusgen.vectors;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The checks every adapter applies to its arguments, in one place so that both adapters reject the
 * same input with the same message (the contract suite asserts it).
 */
public final class VectorInput {
    /** OpenSearch refuses document ids above 512 bytes; Lucene would take them, but must not differ. */
    static final int MAX_ID_BYTES = 512;
    static final int MAX_K = 1000;
    static final int MAX_METADATA_ENTRIES = 32;
    static final int MAX_METADATA_VALUE_CHARS = 1024;
    /** Keys become field names (Lucene {@code m.key}, OpenSearch {@code metadata.key}): no dots, no spaces. */
    private static final Pattern METADATA_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    private VectorInput() {
    }

    /**
     * A unit-length copy of {@code vector}. Scaling here, rather than trusting the caller, keeps the
     * engines' dot-product shortcuts exact and the reported score a true cosine.
     */
    public static float[] unitCopy(float[] vector, int dimensions, String what) {
        if (vector == null) {
            throw new IllegalArgumentException(what + " vector is missing");
        }
        if (vector.length != dimensions) {
            throw new IllegalArgumentException(what + " vector has " + vector.length + " dimensions, this index holds "
                    + dimensions);
        }
        double squares = 0;
        for (int i = 0; i < vector.length; i++) {
            float component = vector[i];
            if (!Float.isFinite(component)) {
                throw new IllegalArgumentException(what + " vector component " + i + " is " + component
                        + "; every component must be a finite number");
            }
            squares += (double) component * component;
        }
        if (squares == 0) {
            throw new IllegalArgumentException(what + " vector is all zeros and has no direction");
        }
        double norm = Math.sqrt(squares);
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] / norm);
        }
        return unit;
    }

    public static String id(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a vector id must not be blank");
        }
        if (id.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
            throw new IllegalArgumentException("a vector id must be at most " + MAX_ID_BYTES + " bytes in UTF-8: "
                    + id.substring(0, 40) + "...");
        }
        return id;
    }

    public static int k(int k) {
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ", got " + k);
        }
        return k;
    }

    /** An immutable, key-sorted copy; {@code null} means no metadata. */
    public static Map<String, String> metadata(Map<String, String> metadata, String what) {
        if (metadata == null || metadata.isEmpty()) {
            return Map.of();
        }
        if (metadata.size() > MAX_METADATA_ENTRIES) {
            throw new IllegalArgumentException(what + " has " + metadata.size() + " entries, at most "
                    + MAX_METADATA_ENTRIES + " are allowed");
        }
        TreeMap<String, String> copy = new TreeMap<>();
        metadata.forEach((key, value) -> {
            if (key == null || !METADATA_KEY.matcher(key).matches()) {
                throw new IllegalArgumentException(what + " key '" + key + "' must start with a letter and hold only"
                        + " letters, digits and '_' (at most 64 characters)");
            }
            if (value == null) {
                throw new IllegalArgumentException(what + " value of '" + key + "' must not be null");
            }
            if (value.length() > MAX_METADATA_VALUE_CHARS) {
                throw new IllegalArgumentException(what + " value of '" + key + "' is " + value.length()
                        + " characters, at most " + MAX_METADATA_VALUE_CHARS + " are allowed");
            }
            copy.put(key, value);
        });
        return Collections.unmodifiableMap(copy);
    }

    /** The dimension count an index is created with. */
    public static int dimensions(int dimensions) {
        if (dimensions < 1 || dimensions > 4096) {
            throw new IllegalArgumentException("an index holds vectors of 1 to 4096 dimensions, got " + dimensions);
        }
        return dimensions;
    }
}
