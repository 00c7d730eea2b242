package io.newsflow.common.http;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.server.config.JettyWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Javalin's routes served by a Jetty server built here, so that each service keeps control of what Jetty
 * does with connections: one connector, its idle timeout (which also bounds a stalled body read), a
 * bounded, named thread pool, no version header, and a stop that lets requests in flight finish.
 */
public final class WebServer implements AutoCloseable {

    /**
     * How to serve.
     *
     * @param name        thread name prefix
     * @param host        address to bind, null or {@code 0.0.0.0} for all
     * @param port        port to bind, 0 for any free one
     * @param maxThreads  largest number of request threads
     * @param minThreads  threads kept when idle
     * @param acceptors   acceptor threads, -1 for Jetty's default
     * @param selectors   selector threads, -1 for Jetty's default
     * @param idleTimeout a connection silent this long is closed, in the middle of a body too
     * @param stopTimeout how long requests in flight may take to finish once {@link #close()} is called;
     *                    zero stops at once
     */
    public record Options(String name, String host, int port, int maxThreads, int minThreads, int acceptors,
            int selectors, Duration idleTimeout, Duration stopTimeout) {

        public Options {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(idleTimeout, "idleTimeout");
            Objects.requireNonNull(stopTimeout, "stopTimeout");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
            }
        }
    }

    /** Connections the kernel may hold for the acceptor. */
    static final int ACCEPT_QUEUE = 1024;

    private final Server server;
    private final ServerConnector connector;

    private WebServer(final Server server, final ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * Binds and starts.
     *
     * @param routes adds the routes and exception mappers to Javalin's configuration
     * @throws IllegalStateException when the port cannot be bound or Jetty does not start; its message
     *                               is Jetty's
     */
    public static WebServer start(final Options options, final Consumer<JavalinConfig> routes) {
        final Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            // Jetty, not Javalin, is started here: Javalin's reminder to start it would be wrong.
            config.startup.startupWatcherEnabled = false;
            // "/health/" is not "/health": the paths are answered exactly as written.
            config.router.ignoreTrailingSlashes = false;
            // Answers are small, and a Content-Length set by a handler must stay true.
            config.http.compressionStrategy = CompressionStrategy.NONE;
            routes.accept(config);
        });
        final QueuedThreadPool threads = new QueuedThreadPool(options.maxThreads(), options.minThreads());
        threads.setName(options.name());
        final Server server = new Server(threads);
        final HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        final ServerConnector connector = new ServerConnector(server, options.acceptors(), options.selectors(),
                new HttpConnectionFactory(http));
        connector.setHost(options.host());
        connector.setPort(options.port());
        connector.setIdleTimeout(options.idleTimeout().toMillis());
        // Jetty's default leaves the listen backlog at the JVM's 50: a burst of a few hundred clients
        // connecting at once (a producer's batch fan-out) overflows it while the acceptor is busy, and the
        // kernel then drops or resets connections that were never seen. The kernel caps this at somaxconn.
        connector.setAcceptQueueSize(ACCEPT_QUEUE);
        server.addConnector(connector);
        final ServletContextHandler context = new ServletContextHandler();
        final ServletHolder servlet = new ServletHolder(javalin.javalinServlet());
        servlet.setAsyncSupported(true);
        context.addServlet(servlet, "/*");
        // Javalin's servlet is also its WebSocket servlet, which needs the context's WebSocket components.
        JettyWebSocketServletContainerInitializer.configure(context, null);
        final Handler handler = options.stopTimeout().isZero() ? context : new GracefulHandler(context);
        server.setHandler(handler);
        server.setStopTimeout(options.stopTimeout().toMillis());
        try {
            server.start();
        } catch (Exception e) {
            try {
                server.stop();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IllegalStateException(e.getMessage(), e);
        }
        return new WebServer(server, connector);
    }

    /** The port actually bound (differs from the requested one when that was 0). */
    public int port() {
        return connector.getLocalPort();
    }

    public boolean isRunning() {
        return server.isRunning();
    }

    public boolean isStopped() {
        return server.isStopped();
    }

    /**
     * Stops accepting connections and lets requests in flight finish for up to the stop timeout.
     *
     * @throws Exception as Jetty's stop does
     */
    @Override
    public void close() throws Exception {
        server.stop();
    }
}
