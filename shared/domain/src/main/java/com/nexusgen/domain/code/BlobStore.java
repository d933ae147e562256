package com.nexusgen.domain.code;

import java.util.Optional;

/**
 * The blob store port: S3 in AWS, a folder on one machine. Keys are always built by the caller from a
 * workspace id first ({@code ws/{ws}/...}), so one tenant's keys never name another's blobs.
 */
public interface BlobStore {
    void put(String key, byte[] body, String contentType);

    Optional<byte[]> get(String key);

    boolean exists(String key);
}
