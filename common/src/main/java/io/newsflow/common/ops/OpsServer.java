package io.newsflow.common.ops;

import io.newsflow.common.http.WebServer;
import io.newsflow.common.log.Logfmt;
import io.newsflow.common.service.ManagedService;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTTP server for {@code /health/live}, {@code /health/ready} and {@code /metrics}, for the
 * services that have no HTTP server of their own (enrich, sink). Port 0 takes any free port.
 */
public final class OpsServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);

    private final String host;
    private final int requestedPort;
    private final OpsHandler handler;
    private WebServer server;

    public OpsServer(final String host, final int port, final Metrics metrics) {
        this(host, port, new OpsHandler(metrics));
    }

    public OpsServer(final String host, final int port, final OpsHandler handler) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("ops port must be between 0 and 65535, was " + port);
        }
        this.host = host;
        this.requestedPort = port;
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    public OpsServer register(final ManagedService service) {
        handler.register(service);
        return this;
    }

    /** Binds and starts; fails with a message naming the address when the port is taken. */
    public synchronized OpsServer start() {
        if (server != null) {
            return this;
        }
        // Three endpoints polled every few seconds: a handful of threads is plenty. Nothing to drain, and
        // probes hold keep-alive connections: stop at once, never delay a SIGTERM.
        final WebServer.Options options = new WebServer.Options("ops-http", host, requestedPort, 8, 2, 1, 1,
                Duration.ofSeconds(30), Duration.ZERO);
        try {
            server = WebServer.start(options, config -> handler.addTo(config.routes));
        } catch (IllegalStateException e) {
            throw new IllegalStateException("cannot start the ops HTTP server on "
                    + (host == null ? "*" : host) + ":" + requestedPort + ": " + e.getMessage(), e);
        }
        LOG.info("{}", Logfmt.event("ops.started").add("host", host == null ? "*" : host).add("port", port())
                .add("paths", OpsHandler.LIVE_PATH + "," + OpsHandler.READY_PATH + "," + OpsHandler.METRICS_PATH));
        return this;
    }

    /** The bound port once started (the chosen one when 0 was asked), else the requested one. */
    public synchronized int port() {
        return server == null ? requestedPort : server.port();
    }

    /** {@code http://HOST:PORT} for a client on this machine. */
    public URI uri() {
        final String h = host == null || host.isBlank() || "0.0.0.0".equals(host) || "::".equals(host)
                ? "127.0.0.1" : host;
        return URI.create("http://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + port());
    }

    public synchronized boolean isRunning() {
        return server != null && server.isRunning();
    }

    /** Stops the server at once (there is nothing to drain); calling it again does nothing. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        final int port = port();
        try {
            server.close();
            LOG.info("{}", Logfmt.event("ops.stopped").add("port", port));
        } catch (Exception e) {
            LOG.warn("{}", Logfmt.event("ops.stop.failed").add("port", port), e);
        } finally {
            server = null;
        }
    }
}
