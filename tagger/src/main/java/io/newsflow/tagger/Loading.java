package io.newsflow.tagger;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Loads that do not depend on one another (the two CRF models, the gazetteer, the lexicons, the language
 * profiles), each on a thread of its own, so that a service starts in about the time of the longest rather
 * than of their sum: a restarted enrich takes its partitions back sooner. A failure reaches the caller as it
 * was thrown, not wrapped.
 */
public final class Loading {

    private Loading() {
    }

    /** A load started now on a daemon thread called {@code newsflow-load-<name>}. */
    public static <T> Load<T> begin(final String name, final Callable<T> load) {
        final FutureTask<T> task = new FutureTask<>(load);
        final Thread thread = new Thread(task, "newsflow-load-" + name);
        thread.setDaemon(true);
        thread.start();
        return new Load<>(name, task);
    }

    /** A load under way; {@link #get()} waits for it. */
    public static final class Load<T> {

        private final String name;
        private final FutureTask<T> task;

        private Load(final String name, final FutureTask<T> task) {
            this.name = name;
            this.task = task;
        }

        /**
         * What the load returned, once it has.
         *
         * @throws RuntimeException or Error as the load threw it
         */
        public T get() {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return task.get();
                    } catch (InterruptedException e) {
                        // The load goes on regardless; the interrupt is kept for the caller.
                        interrupted = true;
                    }
                }
            } catch (ExecutionException e) {
                final Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException("loading " + name + " failed", cause);
            } catch (CancellationException e) {
                throw new IllegalStateException("loading " + name + " was cancelled", e);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
