package com.nexusgen.asl;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The task tokens of {@code .waitForTaskToken} tasks: a Task waits until someone outside sends
 * SendTaskSuccess, SendTaskFailure or heartbeats with its token (in real time: tokens come from other
 * processes, people approving, webhooks).
 */
public final class TaskTokens {
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    private static final class Pending {
        final CompletableFuture<JsonNode> result = new CompletableFuture<>();
        volatile long lastBeatNanos = System.nanoTime();
    }

    /** Thrown to a sender whose token is unknown, already used or expired (Step Functions' TaskTimedOut / InvalidToken). */
    public static final class InvalidToken extends RuntimeException {
        InvalidToken(String message) {
            super(message);
        }
    }

    String create() {
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(
                (UUID.randomUUID() + ":" + UUID.randomUUID()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        pending.put(token, new Pending());
        return token;
    }

    public void sendSuccess(String token, JsonNode output) {
        require(token).result.complete(output);
    }

    public void sendFailure(String token, String error, String cause) {
        require(token).result.completeExceptionally(new StatesError(error == null ? "" : error, cause == null ? "" : cause));
    }

    public void sendHeartbeat(String token) {
        require(token).lastBeatNanos = System.nanoTime();
    }

    /** The result sent for {@code token}; States.Timeout / States.HeartbeatTimeout when none came in time. */
    JsonNode await(String token, long timeoutSeconds, Long heartbeatSeconds) throws InterruptedException {
        Pending waiting = pending.get(token);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        try {
            while (true) {
                long now = System.nanoTime();
                long untilTimeout = deadline - now;
                long untilHeartbeat = heartbeatSeconds == null ? Long.MAX_VALUE
                        : waiting.lastBeatNanos + TimeUnit.SECONDS.toNanos(heartbeatSeconds) - now;
                if (untilTimeout <= 0) {
                    throw new StatesError(Errors.TIMEOUT, "no task result within " + timeoutSeconds + " seconds");
                }
                if (untilHeartbeat <= 0) {
                    throw new StatesError(Errors.HEARTBEAT_TIMEOUT, "no heartbeat within " + heartbeatSeconds + " seconds");
                }
                try {
                    return waiting.result.get(Math.min(untilTimeout, untilHeartbeat), TimeUnit.NANOSECONDS);
                } catch (TimeoutException checkAgain) {
                    // a heartbeat may have moved the deadline: loop
                } catch (ExecutionException e) {
                    throw (StatesError) e.getCause();
                }
            }
        } finally {
            pending.remove(token);
        }
    }

    /** Forgets a token whose task ended another way (its resource failed, the execution stopped). */
    void discard(String token) {
        Pending waiting = pending.remove(token);
        if (waiting != null) {
            waiting.result.cancel(false);
        }
    }

    private Pending require(String token) {
        Pending waiting = token == null ? null : pending.get(token);
        if (waiting == null || waiting.result.isDone()) {
            throw new InvalidToken("Invalid or expired task token");
        }
        return waiting;
    }
}
