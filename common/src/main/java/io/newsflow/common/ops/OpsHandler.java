package io.newsflow.common.ops;

import io.newsflow.common.service.ManagedService;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty handler for {@code GET /health/live}, {@code GET /health/ready} and {@code GET /metrics}; any
 * other path is left to the next handler (it returns false), so a service with its own HTTP server can
 * put this one first in a {@code Handler.Sequence}.
 */
public final class OpsHandler extends Handler.Abstract {

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

    public List<ManagedService> services() {
        return List.copyOf(services);
    }

    public HealthReport live() {
        return HealthReport.live(services);
    }

    public HealthReport ready() {
        return HealthReport.ready(services);
    }

    public Metrics metrics() {
        return metrics;
    }

    @Override
    public boolean handle(final Request request, final Response response, final Callback callback) {
        final String path = Request.getPathInContext(request);
        if (!LIVE_PATH.equals(path) && !READY_PATH.equals(path) && !METRICS_PATH.equals(path)) {
            return false;
        }
        final String method = request.getMethod();
        if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            send(response, callback, 405, JSON, "{\"error\":\"method not allowed\"}", false);
            return true;
        }
        final boolean head = HttpMethod.HEAD.is(method);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        if (METRICS_PATH.equals(path)) {
            send(response, callback, 200, PROMETHEUS_TEXT, metrics.scrape(), head);
        } else {
            final HealthReport report = LIVE_PATH.equals(path) ? live() : ready();
            send(response, callback, report.httpStatus(), JSON, report.toJson(), head);
        }
        return true;
    }

    private static void send(final Response response, final Callback callback, final int status,
            final String contentType, final String body, final boolean head) {
        final byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        if (head) {
            response.write(true, null, callback);
        } else {
            response.write(true, ByteBuffer.wrap(bytes), callback);
        }
    }
}
