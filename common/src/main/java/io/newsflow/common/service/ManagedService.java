package io.newsflow.common.service;

/**
 * A running newsflow service (ingest, enrich, sink, or the all-in-one launcher) as the runner, the
 * launchers and the health endpoints see it. {@link #close()} stops it cleanly: in-flight work is
 * finished or handed back to Kafka, nothing that was acknowledged is lost.
 */
public interface ManagedService extends AutoCloseable {

    /** {@code ingest}, {@code enrich} or {@code sink}. */
    String name();

    Health health();

    /**
     * Whether the service can still make progress; the runner asks every second. A service whose
     * {@link #health()} costs a round trip answers this from what it knows.
     */
    default boolean live() {
        return health().live();
    }

    @Override
    void close();
}
