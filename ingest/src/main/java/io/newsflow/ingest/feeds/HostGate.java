package io.newsflow.ingest.feeds;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One request at a time per host, so that newsflow never loads a site with parallel requests however
 * many of its feeds and pages it polls. A host's entry lives only while someone holds or waits for it,
 * so the map stays as small as the number of hosts being fetched at once.
 */
final class HostGate {

    private final Map<String, Entry> hosts = new HashMap<>();

    /** A held permit; closing it lets the next request to the host go. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Waits until no other request to {@code host} runs, at most {@code timeoutMs}.
     *
     * @throws FetchException when the host stayed busy that long, or the wait was interrupted
     */
    Permit enter(final String host, final long timeoutMs) {
        final String key = host == null ? "" : host.toLowerCase(Locale.ROOT);
        final Entry entry;
        synchronized (hosts) {
            entry = hosts.computeIfAbsent(key, k -> new Entry());
            entry.users++;
        }
        boolean acquired = false;
        try {
            acquired = entry.semaphore.tryAcquire(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!acquired) {
                leave(key, entry, false);
            }
        }
        if (!acquired) {
            throw new FetchException(FetchException.Reason.TIMEOUT, "host " + key + " stayed busy for " + timeoutMs + " ms");
        }
        return () -> leave(key, entry, true);
    }

    /** How many hosts have an entry now (tests). */
    int size() {
        synchronized (hosts) {
            return hosts.size();
        }
    }

    private void leave(final String key, final Entry entry, final boolean release) {
        if (release) {
            entry.semaphore.release();
        }
        synchronized (hosts) {
            if (--entry.users == 0) {
                hosts.remove(key);
            }
        }
    }

    private static final class Entry {
        private final Semaphore semaphore = new Semaphore(1);
        private int users;
    }
}
