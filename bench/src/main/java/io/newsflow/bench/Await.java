package io.newsflow.bench;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for a condition, polling every 20 ms, for {@link #WAIT} at the most. */
final class Await {

    /** Long enough for the slowest phase on a small machine; a run that takes longer is broken. */
    static final Duration WAIT = Duration.ofMinutes(10);

    private Await() {
    }

    static void until(final String what, final BooleanSupplier condition) {
        final long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }
}
