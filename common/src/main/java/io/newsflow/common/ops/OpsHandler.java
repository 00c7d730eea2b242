package io.newsflow.common.ops;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.newsflow.common.http.Routes;
import io.newsflow.common.service.ManagedService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The routes of {@code GET /health/live}, {@code GET /health/ready} and {@code GET /metrics} (and HEAD),
 * which {@link #addTo} adds to a Javalin configuration: {@link OpsServer}'s, or that of a service with
 * its own HTTP server, whose other paths are left to it.
 */
public final class OpsHandler {

    public static final String LIVE_PATH = "/health/live";
    public static final String READY_PATH = "/health/ready";
    public static final String METRICS_PATH = "/metrics";

    static final String JSON = "application/json; charset=utf-8";
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final Metrics metrics;
    private final List<ManagedService> services = new CopyOnWriteArrayList<>();

    public OpsHandler(final Metrics metrics) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /** Adds a service to the health answers. */
    public OpsHandler register(final ManagedService service) {
        services.add(Objects.requireNonNull(service, "service"));
        return this;
    }

    public OpsHandler unregister(final ManagedService service) {
        services.remove(service);
        return this;
    }

    public Metrics metrics() {
        return metrics;
    }

    /** Adds the three paths, GET and HEAD each; another method is answered 405. */
    public void addTo(final RoutesConfig routes) {
        Routes.path(LIVE_PATH).on(HandlerType.GET, ctx -> health(ctx, HealthReport.live(services)))
                .on(HandlerType.HEAD, ctx -> health(ctx, HealthReport.live(services)))
                .addTo(routes, OpsHandler::methodNotAllowed);
        Routes.path(READY_PATH).on(HandlerType.GET, ctx -> health(ctx, HealthReport.ready(services)))
                .on(HandlerType.HEAD, ctx -> health(ctx, HealthReport.ready(services)))
                .addTo(routes, OpsHandler::methodNotAllowed);
        Routes.path(METRICS_PATH).on(HandlerType.GET, this::scrape).on(HandlerType.HEAD, this::scrape)
                .addTo(routes, OpsHandler::methodNotAllowed);
    }

    private static void health(final Context ctx, final HealthReport report) {
        ctx.header("Cache-Control", "no-store");
        send(ctx, report.httpStatus(), JSON, report.toJson());
    }

    private void scrape(final Context ctx) {
        ctx.header("Cache-Control", "no-store");
        send(ctx, 200, PROMETHEUS_TEXT, metrics.scrape());
    }

    private static void methodNotAllowed(final Context ctx, final String allow) {
        ctx.header("Allow", allow);
        send(ctx, 405, JSON, "{\"error\":\"method not allowed\"}");
    }

    private static void send(final Context ctx, final int status, final String contentType, final String body) {
        final byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ctx.status(status);
        ctx.contentType(contentType);
        ctx.header("Content-Length", Integer.toString(bytes.length));
        if (!HandlerType.HEAD.equals(ctx.method())) {
            ctx.result(bytes);
        }
    }
}
