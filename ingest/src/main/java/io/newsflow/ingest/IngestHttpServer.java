package io.newsflow.ingest;

import io.newsflow.common.http.WebServer;
import io.newsflow.common.ops.OpsHandler;
import io.newsflow.common.service.Health;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web server of the intake's routes ({@link IngestHandler}): one connector, an idle timeout, a graceful
 * stop. With an {@link OpsHandler}, the same port serves {@code /health/live}, {@code /health/ready} and
 * {@code /metrics} (no token needed), and refusals are counted in the handler's metrics.
 */
public final class IngestHttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestHttpServer.class);
    /**
     * Requests still waiting on Kafka get this long to finish when the server stops; with the producer's
     * 3 s and the admin client's 1 s it keeps {@link IngestService#close()} under 10 s.
     */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(4);
    private static final int MAX_THREADS = 200;
    private static final int MIN_THREADS = 4;

    private final WebServer server;

    private IngestHttpServer(final WebServer server) {
        this.server = server;
    }

    /**
     * Listens on {@code cfg.httpHost():cfg.httpPort()} and serves the intake.
     *
     * @throws IngestStartException when the port cannot be bound or Jetty does not start
     */
    public static IngestHttpServer start(final IngestConfig cfg, final ArticlePublisher publisher,
            final Supplier<Health> health) {
        return start(cfg, new IngestHandler(publisher, health, cfg, reason -> { }), null);
    }

    /**
     * Listens on {@code cfg.httpHost():cfg.httpPort()} and serves the ops endpoints and the intake.
     *
     * @throws IngestStartException when the port cannot be bound or Jetty does not start
     */
    public static IngestHttpServer start(final IngestConfig cfg, final ArticlePublisher publisher,
            final Supplier<Health> health, final OpsHandler ops) {
        final Consumer<String> rejected = reason -> ops.metrics().rejected(reason).increment();
        return start(cfg, new IngestHandler(publisher, health, cfg, rejected), ops);
    }

    private static IngestHttpServer start(final IngestConfig cfg, final IngestHandler intake, final OpsHandler ops) {
        // The idle timeout also bounds a blocked body read: a client that stops sending is cut off.
        final WebServer.Options options = new WebServer.Options("ingest-http", cfg.httpHost(), cfg.httpPort(),
                MAX_THREADS, MIN_THREADS, -1, -1, cfg.idleTimeout(), STOP_TIMEOUT);
        final WebServer server;
        try {
            server = WebServer.start(options, config -> {
                if (ops != null) {
                    ops.addTo(config.routes);
                }
                intake.addTo(config);
            });
        } catch (IllegalStateException e) {
            throw new IngestStartException("cannot serve HTTP on " + cfg.httpHost() + ":" + cfg.httpPort() + ": "
                    + e.getMessage(), e);
        }
        final IngestHttpServer started = new IngestHttpServer(server);
        LOG.info("event=http_started host={} port={} auth={} idleTimeoutMs={}", cfg.httpHost(), started.port(),
                cfg.authEnabled() ? "bearer" : "off", cfg.idleTimeout().toMillis());
        return started;
    }

    /** The port actually bound (differs from the configured one when that was 0). */
    public int port() {
        return server.port();
    }

    public boolean isRunning() {
        return server.isRunning();
    }

    /** Stops accepting connections, lets requests in flight finish for up to {@link #STOP_TIMEOUT}. */
    @Override
    public void close() {
        if (server.isStopped()) {
            return;
        }
        try {
            server.close();
            LOG.info("event=http_stopped");
        } catch (Exception e) {
            LOG.warn("event=http_stop_failed", e);
        }
    }
}
