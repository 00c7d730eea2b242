package io.newsflow.common.service;

/**
 * A running newsflow service (ingest, enrich or sink) as the launchers and the health endpoints see it.
 * {@link #close()} stops it cleanly: in-flight work is finished or handed back to Kafka, nothing that
 * was acknowledged is lost.
 */
public interface ManagedService extends AutoCloseable {

    /** {@code ingest}, {@code enrich} or {@code sink}. */
    String name();

    Health health();

    @Override
    void close();
}
