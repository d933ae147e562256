package com.nexusgen.ai;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;

import java.net.URI;
import java.time.Duration;

/**
 * Builds the one Bedrock runtime client a process uses: few SDK attempts (the workflow's Retry owns
 * back-off), a per-attempt and a per-call timeout. {@code endpoint} is set only locally and in tests.
 */
public final class BedrockClients {
    private BedrockClients() {
    }

    public static BedrockRuntimeClient create(String region, URI endpoint, int maxAttempts, Duration attemptTimeout,
                                              Duration callTimeout) {
        BedrockRuntimeClientBuilder builder = BedrockRuntimeClient.builder()
                .httpClient(UrlConnectionHttpClient.builder().socketTimeout(attemptTimeout).build())
                .overrideConfiguration(o -> o
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(maxAttempts).build())
                        .apiCallAttemptTimeout(attemptTimeout)
                        .apiCallTimeout(callTimeout));
        if (region != null) {
            builder.region(Region.of(region));
        }
        if (endpoint != null) {
            builder.endpointOverride(endpoint)
                    .region(Region.of(region == null ? "us-east-1" : region))
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
        }
        return builder.build();
    }
}
