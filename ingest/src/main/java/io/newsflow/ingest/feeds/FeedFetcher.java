package io.newsflow.ingest.feeds;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches feeds and pages over HTTP: redirects followed (not from https to http), one request at a time
 * per host, a User-Agent naming newsflow, conditional requests with the validators of the last answer,
 * and every fetch bounded by the timeout (connection to last byte) and the size limit.
 */
public final class FeedFetcher {

    private static final Logger LOG = LoggerFactory.getLogger(FeedFetcher.class);
    private static final int GATE_WAITS = 4;

    private final HttpClient client;
    private final Duration timeout;
    private final int maxBytes;
    private final String userAgent;
    private final HostGate gate = new HostGate();

    public FeedFetcher(final Duration timeout, final int maxBytes, final String userAgent) {
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(timeout)
                .build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.userAgent = userAgent;
    }

    /**
     * GETs {@code uri}, conditionally when {@code etag} or {@code lastModified} is given.
     *
     * @return 200 with the body, or 304
     * @throws FetchException for any other status, a timeout, a body over the limit or a network error
     */
    public Fetched fetch(final URI uri, final String etag, final String lastModified, final String accept) {
        final HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", userAgent)
                .header("Accept", accept)
                .GET();
        if (etag != null && !etag.isEmpty()) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null && !lastModified.isEmpty()) {
            request.header("If-Modified-Since", lastModified);
        }
        // At most three other polls (four run at once) can be ahead at one host, each fetch within the timeout.
        try (HostGate.Permit permit = gate.enter(uri.getHost(), GATE_WAITS * timeout.toMillis())) {
            return send(uri, request.build(), System.nanoTime() + timeout.toNanos());
        }
    }

    private Fetched send(final URI uri, final HttpRequest request, final long deadline) {
        final CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request, LimitedBody.handler(maxBytes));
        final HttpResponse<byte[]> response;
        try {
            // The request timeout covers the wait for the headers only; this deadline covers the body too.
            response = pending.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new FetchException(FetchException.Reason.TIMEOUT, 0, uri + ": no complete answer within "
                    + timeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Reason.IO, 0, uri + ": interrupted", e);
        } catch (ExecutionException e) {
            throw translate(uri, e.getCause() == null ? e : e.getCause());
        }
        final int status = response.statusCode();
        LOG.debug("event=fetched url={} status={} bytes={}", uri, status,
                response.body() == null ? 0 : response.body().length);
        final HttpHeaders headers = response.headers();
        if (status != 200 && status != Fetched.NOT_MODIFIED) {
            throw new FetchException(FetchException.Reason.HTTP_STATUS, status, uri + ": HTTP " + status, null,
                    status == 429 || status == 503 ? retryAfter(headers.firstValue("Retry-After").orElse(null)) : null);
        }
        return new Fetched(status, response.uri(), status == 200 ? response.body() : new byte[0],
                headers.firstValue("Content-Type").orElse(null), headers.firstValue("ETag").orElse(null),
                headers.firstValue("Last-Modified").orElse(null));
    }

    /** {@code Retry-After} in seconds or as an HTTP date; null when absent, unreadable or past. */
    static Duration retryAfter(final String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            final long seconds = Long.parseLong(value.strip());
            return seconds > 0 ? Duration.ofSeconds(seconds) : null;
        } catch (NumberFormatException notSeconds) {
            try {
                final Duration until = Duration.between(Instant.now(),
                        ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return until.isNegative() || until.isZero() ? null : until;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private static FetchException translate(final URI uri, final Throwable cause) {
        Throwable root = cause;
        while (!(root instanceof FetchException) && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof FetchException fetch) {
            return new FetchException(fetch.reason(), fetch.status(), uri + ": " + fetch.getMessage(), fetch);
        }
        if (cause instanceof HttpTimeoutException) {
            return new FetchException(FetchException.Reason.TIMEOUT, 0, uri + ": " + cause.getMessage(), cause);
        }
        final String what = cause instanceof IOException ? "network error" : "failed";
        return new FetchException(FetchException.Reason.IO, 0, uri + ": " + what + ": " + cause, cause);
    }
}
