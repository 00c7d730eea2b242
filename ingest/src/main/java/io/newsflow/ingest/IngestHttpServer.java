package io.newsflow.ingest;

import io.newsflow.common.ops.OpsHandler;
import io.newsflow.common.service.Health;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Jetty server around {@link IngestHandler}: one connector, an idle timeout, a graceful stop. With an
 * {@link OpsHandler}, the same port serves {@code /health/live}, {@code /health/ready} and {@code /metrics}
 * ahead of the intake (no token needed), and refusals are counted in the handler's metrics.
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

    private final Server server;
    private final ServerConnector connector;

    private IngestHttpServer(final Server server, final ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * Listens on {@code cfg.httpHost():cfg.httpPort()} and serves the intake.
     *
     * @throws IngestStartException when the port cannot be bound or Jetty does not start
     */
    public static IngestHttpServer start(final IngestConfig cfg, final ArticlePublisher publisher,
            final Supplier<Health> health) {
        return start(cfg, new IngestHandler(publisher, health, cfg, reason -> { }));
    }

    /**
     * Listens on {@code cfg.httpHost():cfg.httpPort()} and serves the ops endpoints, then the intake.
     *
     * @throws IngestStartException when the port cannot be bound or Jetty does not start
     */
    public static IngestHttpServer start(final IngestConfig cfg, final ArticlePublisher publisher,
            final Supplier<Health> health, final OpsHandler ops) {
        final Consumer<String> rejected = reason -> ops.metrics().rejected(reason).increment();
        return start(cfg, new Handler.Sequence(ops, new IngestHandler(publisher, health, cfg, rejected)));
    }

    private static IngestHttpServer start(final IngestConfig cfg, final Handler handler) {
        final QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
        threads.setName("ingest-http");
        final Server server = new Server(threads);
        final HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        final ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(cfg.httpHost());
        connector.setPort(cfg.httpPort());
        // Also bounds a blocked body read: a client that stops sending is cut off and its thread freed.
        connector.setIdleTimeout(cfg.idleTimeout().toMillis());
        server.addConnector(connector);
        server.setHandler(new GracefulHandler(handler));
        server.setStopTimeout(STOP_TIMEOUT.toMillis());
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            throw new IngestStartException("cannot serve HTTP on " + cfg.httpHost() + ":" + cfg.httpPort() + ": "
                    + e.getMessage(), e);
        }
        final IngestHttpServer started = new IngestHttpServer(server, connector);
        LOG.info("event=http_started host={} port={} auth={} idleTimeoutMs={}", cfg.httpHost(), started.port(),
                cfg.authEnabled() ? "bearer" : "off", cfg.idleTimeout().toMillis());
        return started;
    }

    /** The port actually bound (differs from the configured one when that was 0). */
    public int port() {
        return connector.getLocalPort();
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
            server.stop();
            LOG.info("event=http_stopped");
        } catch (Exception e) {
            LOG.warn("event=http_stop_failed", e);
        }
    }

    private static void stopQuietly(final Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.debug("event=http_stop_after_failed_start", e);
        }
    }
}
