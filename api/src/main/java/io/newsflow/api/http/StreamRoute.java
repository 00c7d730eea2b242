package io.newsflow.api.http;

import io.javalin.http.Context;
import io.newsflow.api.query.ArticleFilter;
import io.newsflow.api.query.BadParameterException;
import io.newsflow.api.query.Params;
import io.newsflow.api.stream.EventBuffer;
import io.newsflow.api.stream.LiveEvent;
import io.newsflow.api.stream.Subscriber;
import io.newsflow.api.stream.SubscriptionEndedException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/stream}: Server-Sent Events on the request's own thread (the number of subscribers is
 * capped, so are the threads they hold): the kept events after {@code Last-Event-ID} first, then live
 * ones as the feed queues them, a keepalive comment after {@link #KEEPALIVE} of silence. The handler
 * returns when the client goes away, when it is dropped as too slow, or when the server stops.
 */
final class StreamRoute {

    static final Duration KEEPALIVE = Duration.ofSeconds(15);
    private static final Logger LOG = LoggerFactory.getLogger(StreamRoute.class);
    private static final byte[] KEEPALIVE_LINE = ": keepalive\n\n".getBytes(StandardCharsets.US_ASCII);

    private final EventBuffer buffer;
    private final Duration keepalive;

    StreamRoute(final EventBuffer buffer, final Duration keepalive) {
        this.buffer = buffer;
        this.keepalive = keepalive;
    }

    void stream(final Context ctx) throws IOException {
        final Params p = ArticleRoutes.params(ctx);
        final ArticleFilter filter = ArticleFilter.from(p);
        if (io.javalin.http.HandlerType.HEAD.equals(ctx.method())) {
            ctx.contentType("text/event-stream; charset=utf-8");
            return;
        }
        final Subscriber s = buffer.subscribe(filter, lastEventId(ctx, p));
        try {
            ctx.status(200);
            ctx.contentType("text/event-stream; charset=utf-8");
            ctx.header("Cache-Control", "no-store");
            ctx.header("X-Accel-Buffering", "no");
            final OutputStream out = ctx.res().getOutputStream();
            // A first line at once: the client (and any proxy) sees the stream open before the first event.
            out.write(": connected\n\n".getBytes(StandardCharsets.US_ASCII));
            if (s.reset()) {
                out.write("event: reset\ndata: {}\n\n".getBytes(StandardCharsets.US_ASCII));
            }
            for (LiveEvent e : s.replay()) {
                write(out, e);
            }
            out.flush();
            serve(out, s);
        } finally {
            buffer.unsubscribe(s);
        }
    }

    private void serve(final OutputStream out, final Subscriber s) {
        try {
            while (true) {
                final LiveEvent e = s.next(keepalive.toMillis(), TimeUnit.MILLISECONDS);
                if (e == null) {
                    out.write(KEEPALIVE_LINE);
                } else {
                    write(out, e);
                }
                out.flush();
            }
        } catch (IOException e) {
            LOG.debug("event=subscriber_gone reason=\"{}\"", e.getMessage());
        } catch (SubscriptionEndedException e) {
            LOG.debug("event=subscription_ended reason=\"{}\"", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(final OutputStream out, final LiveEvent e) throws IOException {
        out.write(("id: " + e.id() + "\nevent: " + e.type() + "\ndata: ").getBytes(StandardCharsets.US_ASCII));
        out.write(e.data());
        out.write('\n');
        out.write('\n');
    }

    private static Long lastEventId(final Context ctx, final Params p) {
        String v = ctx.header("Last-Event-ID");
        if (v == null || v.isBlank()) {
            v = p.get("lastEventId");
        }
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException("Last-Event-ID must be an event id this stream gave, was '" + v + "'");
        }
    }
}
