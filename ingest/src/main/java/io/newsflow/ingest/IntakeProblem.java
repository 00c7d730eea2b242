package io.newsflow.ingest;

import java.util.Map;

/**
 * A request the intake refuses before anything is published, answered {@code {"error", "message"}} with
 * its status and headers by {@link IntakeErrors}. {@link #reason()} is the rejection counted, null for a
 * wrong address or method, which is no article.
 */
final class IntakeProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;
    /** Seconds a client is asked to wait before it retries an article Kafka did not acknowledge. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final int status;
    private final String error;
    private final String reason;
    private final transient Map<String, String> headers;

    private IntakeProblem(final int status, final String error, final String reason, final String message,
            final Map<String, String> headers) {
        super(message);
        this.status = status;
        this.error = error;
        this.reason = reason;
        this.headers = headers;
    }

    static IntakeProblem notFound(final String path) {
        return new IntakeProblem(404, "not_found", null, "no such resource: " + path, Map.of());
    }

    static IntakeProblem methodNotAllowed(final String method, final String allow) {
        return new IntakeProblem(405, "method_not_allowed", null, method + " is not allowed here",
                Map.of("Allow", allow));
    }

    static IntakeProblem unauthorized(final String message) {
        return new IntakeProblem(401, "unauthorized", RejectionReasons.UNAUTHORIZED, message,
                Map.of("WWW-Authenticate", "Bearer realm=\"newsflow\""));
    }

    static IntakeProblem unsupportedMediaType(final String message) {
        return new IntakeProblem(415, "unsupported_media_type", RejectionReasons.UNSUPPORTED_MEDIA_TYPE, message,
                Map.of());
    }

    static IntakeProblem tooLarge(final int limit, final String what) {
        return new IntakeProblem(413, "payload_too_large", RejectionReasons.TOO_LARGE,
                "request body is larger than " + limit + " bytes (" + what + ")", Map.of("Connection", "close"));
    }

    static IntakeProblem requestTimeout(final String message) {
        return new IntakeProblem(408, "request_timeout", RejectionReasons.REQUEST_TIMEOUT, message, Map.of());
    }

    /** 413 for a record too large for Kafka, else 503 with Retry-After: the broker did not acknowledge. */
    static IntakeProblem of(final PublishException e) {
        final String message = (e.articleId() == null ? "" : "id=" + e.articleId() + " ") + e.getMessage();
        return e instanceof ArticleTooLargeException
                ? new IntakeProblem(413, "article_too_large", RejectionReasons.TOO_LARGE, message, Map.of())
                : new IntakeProblem(503, "unavailable", RejectionReasons.BROKER_UNAVAILABLE, message,
                        Map.of("Retry-After", RETRY_AFTER_SECONDS));
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }

    String reason() {
        return reason;
    }

    Map<String, String> headers() {
        return headers;
    }
}
