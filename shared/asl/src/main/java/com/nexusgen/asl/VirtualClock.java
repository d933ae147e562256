package com.nexusgen.asl;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** A clock whose sleeps return at once and move time forward; it records every sleep for assertions. */
public final class VirtualClock implements StatesClock {
    private final AtomicReference<Instant> now;
    private final List<Duration> sleeps = new ArrayList<>();

    public VirtualClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    @Override
    public Instant now() {
        return now.get();
    }

    @Override
    public synchronized void sleep(Duration duration) {
        if (duration.isNegative()) {
            duration = Duration.ZERO;
        }
        sleeps.add(duration);
        Duration step = duration;
        now.updateAndGet(t -> t.plus(step));
    }

    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
