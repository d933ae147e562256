package com.nexusgen.domain.common;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Time-ordered identifiers (ULID layout: 48-bit milliseconds + 80 random bits, Crockford base32,
 * 26 characters). Sorting by id sorts by creation time, which is what makes DynamoDB range keys
 * built from them list newest-last and paginate stably.
 */
public final class Ids {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String newId(Clock clock) {
        long time = clock.millis();
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        char[] out = new char[26];
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (time & 31)];
            time >>>= 5;
        }
        // 80 random bits as 16 base32 characters: take 5 bits at a time from the byte array.
        int bitBuffer = 0;
        int bits = 0;
        int pos = 10;
        for (byte b : random) {
            bitBuffer = (bitBuffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out[pos++] = ALPHABET[(bitBuffer >>> (bits - 5)) & 31];
                bits -= 5;
            }
        }
        return new String(out);
    }

    /** True when {@code id} has the shape {@link #newId} produces; cheap input validation. */
    public static boolean isValid(String id) {
        if (id == null || id.length() != 26) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z' && c != 'I' && c != 'L' && c != 'O' && c != 'U'))) {
                return false;
            }
        }
        return id.charAt(0) <= '7'; // the first character only carries 3 bits
    }
}
