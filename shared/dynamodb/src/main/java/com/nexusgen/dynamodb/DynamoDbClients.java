package com.nexusgen.dynamodb;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

import java.time.Duration;

/** Builds the one DynamoDB client a process uses. */
public final class DynamoDbClients {
    private DynamoDbClients() {
    }

    public static DynamoDbClient create(DynamoDbSettings settings) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                // The URLConnection client starts fastest, which is what a cold start pays for.
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(5))
                        .build())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(Duration.ofSeconds(10))
                        .build());
        if (settings.region() != null && !settings.region().isBlank()) {
            builder.region(Region.of(settings.region()));
        }
        if (settings.endpoint() != null) {
            // Local stand-ins accept any credentials; never look for real ones there.
            builder.endpointOverride(settings.endpoint())
                    .region(Region.of(settings.region() == null ? "us-east-1" : settings.region()))
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
        }
        return builder.build();
    }
}
