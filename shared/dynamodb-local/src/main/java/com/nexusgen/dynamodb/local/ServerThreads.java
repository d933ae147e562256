package com.nexusgen.dynamodb.local;

import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The threads of one DynamoDB Local server, kept in a thread group of their own so they can be ended.
 *
 * <p>Why: DynamoDB Local's {@code stop()} leaves a non-daemon background thread behind (its streams shard
 * rollover scheduler sleeps for hours and only checks for cancellation when it wakes), which keeps the JVM of a
 * finished local run alive and holds an in-memory database per restart. Threads inherit the group of the thread
 * that creates them: starting the server from a thread in this group puts Jetty's threads in it, and they in
 * turn create DynamoDB Local's job threads. After {@code stop()}, whatever is still alive in the group belongs
 * to this server alone and is interrupted.
 */
final class ServerThreads {

    private static final System.Logger LOG = System.getLogger(ServerThreads.class.getName());
    private static final long JOIN_MILLIS = 2_000;

    private final ThreadGroup group;

    ServerThreads(String name) {
        this.group = new ThreadGroup(name);
    }

    /** Runs {@code work} on a thread of this group and returns its result. */
    <T> T call(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Thread starter = new Thread(group, task, group.getName() + "-start");
        starter.start();
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** Interrupts every thread still alive in the group and waits briefly for them to end. */
    void stop() {
        Thread[] alive = new Thread[group.activeCount() + 8];
        int count = group.enumerate(alive, true);
        Arrays.stream(alive, 0, count).filter(thread -> thread != Thread.currentThread()).forEach(Thread::interrupt);
        for (Thread thread : Arrays.copyOf(alive, count)) {
            if (thread == Thread.currentThread()) {
                continue;
            }
            try {
                thread.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (thread.isAlive()) {
                LOG.log(System.Logger.Level.WARNING, "DynamoDB Local thread {0} did not end", thread.getName());
            }
        }
    }
}
