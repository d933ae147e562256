package com.nexusgen.asl;

import java.time.Duration;
import java.time.Instant;

/**
 * Time as the interpreter sees it. Wait states and retry back-off go through {@link #sleep}, so tests
 * use {@link VirtualClock} and never sleep for real.
 */
public interface StatesClock {
    Instant now();

    void sleep(Duration duration) throws InterruptedException;

    /** Wall-clock time and real sleeping, for the local platform. */
    static StatesClock system() {
        return new StatesClock() {
            @Override
            public Instant now() {
                return Instant.now();
            }

            @Override
            public void sleep(Duration duration) throws InterruptedException {
                if (!duration.isNegative() && !duration.isZero()) {
                    Thread.sleep(duration);
                }
            }
        };
    }
}
