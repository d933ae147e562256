package com.nexusgen.healing;

import com.nexusgen.domain.builds.ErrorCategory;

import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * How far the loop may go (seed NexusGen §3.4.2): at most {@code maxRetries} fixes per run, fewer for some
 * categories, and none for categories that no fix can address. Between builds it waits an exponentially growing,
 * jittered delay, but only where waiting can help: a build retried on the same input after a network or resource
 * failure. A build that runs on changed code has nothing to wait for.
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay, double exponentialBase,
                          double jitterFactor, Set<ErrorCategory> retryable, Map<ErrorCategory, Integer> categoryLimits) {

    /** The seed's defaults. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(60), 2, 0.1,
            EnumSet.of(ErrorCategory.DEPENDENCY, ErrorCategory.SYNTAX, ErrorCategory.TYPE, ErrorCategory.RUNTIME,
                    ErrorCategory.CONFIGURATION, ErrorCategory.RESOURCE, ErrorCategory.NETWORK),
            Map.of(ErrorCategory.DEPENDENCY, 3, ErrorCategory.RESOURCE, 2, ErrorCategory.NETWORK, 5,
                    ErrorCategory.UNKNOWN, 2));

    public RetryPolicy {
        if (maxRetries < 0 || exponentialBase < 1 || jitterFactor < 0 || jitterFactor > 1) {
            throw new IllegalArgumentException("maxRetries >= 0, exponentialBase >= 1, jitterFactor in [0, 1]");
        }
        retryable = retryable.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(retryable));
        categoryLimits = Map.copyOf(new EnumMap<>(categoryLimits.isEmpty() ? Map.of(ErrorCategory.UNKNOWN, 0) : categoryLimits));
    }

    /** Why no further fix may be tried for an error of {@code category}, or empty when one may. */
    public Optional<String> refusal(HealingState state, ErrorCategory category) {
        if (!retryable.contains(category)) {
            return Optional.of(category.wireName() + " errors are not retried");
        }
        if (state.attempts().size() >= maxRetries) {
            return Optional.of("reached the limit of " + maxRetries + " fixes per build");
        }
        int limit = categoryLimits.getOrDefault(category, maxRetries);
        if (state.attemptsFor(category) >= limit) {
            return Optional.of("reached the limit of " + limit + " fixes for " + category.wireName() + " errors");
        }
        return Optional.empty();
    }

    /**
     * The wait before retry number {@code retry} (1 = the first): {@code base * exponentialBase^(retry-1)}, capped,
     * give or take {@code jitterFactor}; zero when the retry runs on changed code.
     */
    public Duration delay(int retry, ErrorCategory category, boolean inputChanged, RandomGenerator random) {
        boolean waitingHelps = category == ErrorCategory.NETWORK || category == ErrorCategory.RESOURCE;
        if (inputChanged && !waitingHelps) {
            return Duration.ZERO;
        }
        double millis = Math.min(maxDelay.toMillis(), baseDelay.toMillis() * Math.pow(exponentialBase, Math.max(0, retry - 1)));
        double jitter = millis * jitterFactor * (2 * random.nextDouble() - 1);
        return Duration.ofMillis(Math.max(0, Math.round(Math.min(maxDelay.toMillis(), millis + jitter))));
    }

    public RetryPolicy withDelays(Duration base, Duration max) {
        return new RetryPolicy(maxRetries, base, max, exponentialBase, jitterFactor, retryable, categoryLimits);
    }
}
