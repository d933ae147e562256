package com.nexusgen.blobs;

import com.nexusgen.domain.code.BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Picks the blob store from configuration: a folder when one is set (the local platform sets
 * NEXUSGEN_BLOB_DIR), otherwise the S3 bucket.
 */
public final class BlobStores {
    private BlobStores() {
    }

    public static BlobStore create(String folder, String bucket, String region, URI s3Endpoint) {
        if (folder != null && !folder.isBlank()) {
            return new FolderBlobStore(Path.of(folder));
        }
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("a blob store needs a folder (NEXUSGEN_BLOB_DIR) or a bucket"
                    + " (NEXUSGEN_ARTIFACT_BUCKET)");
        }
        return new S3BlobStore(s3(region, s3Endpoint), bucket);
    }

    public static S3Client s3(String region, URI endpoint) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(10))
                        .build());
        if (region != null && !region.isBlank()) {
            builder.region(Region.of(region));
        }
        if (endpoint != null) {
            // A stand-in endpoint: path-style addressing, plain bodies (no aws-chunked framing), any credentials.
            builder.endpointOverride(endpoint)
                    .region(Region.of(region == null || region.isBlank() ? "us-east-1" : region))
                    .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true)
                            .chunkedEncodingEnabled(false).build())
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
        }
        return builder.build();
    }
}
