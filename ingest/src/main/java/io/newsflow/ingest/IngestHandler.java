package io.newsflow.ingest;

import io.newsflow.common.article.ArticleIds;
import io.newsflow.common.article.ArticleProblem;
import io.newsflow.common.article.InvalidArticleException;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.json.Json;
import io.newsflow.common.service.Health;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP intake. Every answer is JSON; nothing is published unless the whole request (or, in a
 * batch, the item) is valid, and 202 is only answered once Kafka acknowledged the record.
 *
 * <p>{@code GET /health} needs no token so that probes work without secrets; it reveals nothing but
 * whether the service can publish.
 *
 * <p>Every refused article or request is reported, with its {@link RejectionReasons reason}, to the
 * rejection listener (the {@code newsflow_articles_rejected_total} counter); a batch reports each item.
 */
final class IngestHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(IngestHandler.class);
    private static final String JSON = "application/json";
    private static final Set<String> NDJSON = Set.of("application/x-ndjson", "application/ndjson",
            "application/jsonl", "application/x-jsonlines");
    private static final String ARTICLES = "/articles";
    private static final String BATCH = "/articles/batch";
    private static final int SC_ACCEPTED = 202;
    private static final int SC_MULTI_STATUS = 207;
    private static final int SC_BAD_REQUEST = 400;
    private static final String RETRY_AFTER_SECONDS = "5";

    private final ArticlePublisher publisher;
    private final Supplier<Health> health;
    private final int maxArticleRequestBytes;
    private final int maxBatchRequestBytes;
    private final byte[] tokenDigest;
    private final Consumer<String> rejected;

    IngestHandler(final ArticlePublisher publisher, final Supplier<Health> health, final int maxArticleRequestBytes,
            final int maxBatchRequestBytes, final String authToken, final Consumer<String> rejected) {
        this.publisher = publisher;
        this.health = health;
        this.maxArticleRequestBytes = maxArticleRequestBytes;
        this.maxBatchRequestBytes = maxBatchRequestBytes;
        this.tokenDigest = authToken == null || authToken.isEmpty() ? null : sha256(authToken);
        this.rejected = rejected;
    }

    IngestHandler(final ArticlePublisher publisher, final Supplier<Health> health, final IngestConfig cfg,
            final Consumer<String> rejected) {
        this(publisher, health, cfg.maxBodyBytes(), cfg.maxBatchBytes(), cfg.authToken(), rejected);
    }

    @Override
    public boolean handle(final Request request, final Response response, final Callback callback) {
        final long startNanos = System.nanoTime();
        final String method = request.getMethod();
        final String path = Request.getPathInContext(request);
        final String logPath = loggablePath(path);
        Reply reply;
        try {
            reply = route(request, method, path);
        } catch (HttpProblem p) {
            reply = p.reply();
            reject(reasonOf(p));
            if (hasUnreadBody(request)) {
                // The body was refused unread: close the connection so that a client never sends its next
                // request on a connection whose input still holds the rest of this one.
                response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
            }
            if (reply.status() == 404 || reply.status() == 405) {
                // Wrong addresses are not rejected articles; scanners would flood the log at WARN.
                LOG.debug("event=request_rejected method={} path={} status={} reason=\"{}\"", method, logPath,
                        reply.status(), p.getMessage());
            } else {
                LOG.warn("event=request_rejected method={} path={} status={} reason=\"{}\"", method, logPath,
                        reply.status(), p.getMessage());
            }
        } catch (RejectedArticle e) {
            reply = invalidArticle(e.problems());
            reject(RejectionReasons.ofProblems(e.problems()));
            LOG.warn("event=article_rejected method={} path={} status=400 id={} reason=\"{}\"", method, logPath,
                    loggableId(e.id()), ArticleJson.describe(e.problems()));
        } catch (InvalidArticleException e) {
            reply = invalidArticle(e.problems());
            reject(RejectionReasons.ofProblems(e.problems()));
            LOG.warn("event=article_rejected method={} path={} status=400 reason=\"{}\"", method, logPath,
                    ArticleJson.describe(e.problems()));
        } catch (RuntimeException e) {
            reply = new Reply(500, error("internal_error", "the request could not be handled"), Map.of());
            LOG.error("event=request_failed method={} path={}", method, logPath, e);
        }
        response.setStatus(reply.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
        reply.headers().forEach((k, v) -> response.getHeaders().put(k, v));
        response.write(true, ByteBuffer.wrap(Json.writeBytes(reply.body())), callback);
        LOG.debug("event=http_request method={} path={} status={} tookMs={}", method, logPath, reply.status(),
                (System.nanoTime() - startNanos) / 1_000_000);
        return true;
    }

    private static boolean hasUnreadBody(final Request request) {
        final long length = request.getLength();
        return length > 0 || (length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING));
    }

    private Reply route(final Request request, final String method, final String path) {
        if ("/health".equals(path)) {
            requireMethod(method, "GET", "HEAD");
            return healthReply();
        }
        if (ARTICLES.equals(path)) {
            requireMethod(method, "POST");
            authorize(request);
            return postArticle(request);
        }
        if (BATCH.equals(path) && !"DELETE".equals(method)) {
            requireMethod(method, "POST");
            authorize(request);
            return postBatch(request);
        }
        if (path != null && path.startsWith(ARTICLES + "/") && path.indexOf('/', ARTICLES.length() + 1) < 0) {
            requireMethod(method, "DELETE");
            authorize(request);
            return retract(path.substring(ARTICLES.length() + 1));
        }
        throw new HttpProblem(404, "not_found", "no such resource: " + loggablePath(path));
    }

    private Reply healthReply() {
        final Health h = health.get();
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("service", "ingest");
        body.put("status", h.ready() ? "UP" : h.live() ? "NOT_READY" : "DOWN");
        body.put("live", h.live());
        body.put("ready", h.ready());
        body.put("reason", h.reason());
        return new Reply(h.ready() ? 200 : 503, body, Map.of());
    }

    private Reply postArticle(final Request request) {
        requireContentType(request, Set.of(JSON));
        final RawArticle article = ArticleJson.readOne(readBody(request, maxArticleRequestBytes));
        try {
            return accepted(publisher.publish(article));
        } catch (InvalidArticleException e) {
            throw new RejectedArticle(article.id(), e.problems());
        } catch (PublishException e) {
            throw publishProblem(e);
        }
    }

    private Reply postBatch(final Request request) {
        final String type = requireContentType(request, union(Set.of(JSON), NDJSON));
        final byte[] body = readBody(request, maxBatchRequestBytes);
        final List<ArticleJson.Item> items = JSON.equals(type) ? ArticleJson.readArray(body)
                : ArticleJson.readLines(body);
        if (items.isEmpty()) {
            throw new InvalidArticleException(List.of(new ArticleProblem("articles", "the batch is empty")));
        }
        final List<RawArticle> readable = new ArrayList<>();
        for (ArticleJson.Item item : items) {
            if (item.readable()) {
                readable.add(item.article());
            }
        }
        final List<PublishOutcome> outcomes = publisher.publishAll(readable);
        final List<Map<String, Object>> results = new ArrayList<>(items.size());
        int next = 0;
        int accepted = 0;
        final Set<Integer> statuses = new TreeSet<>();
        for (int index = 0; index < items.size(); index++) {
            final ArticleJson.Item item = items.get(index);
            final Map<String, Object> result = new LinkedHashMap<>();
            result.put("index", index);
            if (item.line() > 0) {
                result.put("line", item.line());
            }
            final int status;
            if (!item.readable()) {
                status = SC_BAD_REQUEST;
                result.put("status", status);
                result.put("errors", problems(item.problems()));
                reject(RejectionReasons.ofProblems(item.problems()));
                logItemRejected(index, item.line(), null, status, ArticleJson.describe(item.problems()));
            } else {
                final PublishOutcome outcome = outcomes.get(next++);
                if (outcome.isAccepted()) {
                    status = SC_ACCEPTED;
                    accepted++;
                    result.put("status", status);
                    result.putAll(receipt(outcome.receipt()));
                } else if (outcome.isInvalid()) {
                    status = SC_BAD_REQUEST;
                    result.put("status", status);
                    putIfNotNull(result, "id", outcome.id());
                    result.put("errors", problems(outcome.problems()));
                    reject(RejectionReasons.INVALID_ARTICLE);
                    logItemRejected(index, item.line(), loggableId(outcome.id()), status,
                            ArticleJson.describe(outcome.problems()));
                } else {
                    status = statusOf(outcome.failure());
                    result.put("status", status);
                    putIfNotNull(result, "id", outcome.id());
                    result.put("errors", List.of(problem(outcome.failure() instanceof ArticleTooLargeException
                            ? "article" : "kafka", outcome.failure().getMessage())));
                    reject(RejectionReasons.ofFailure(outcome.failure()));
                    logItemRejected(index, item.line(), loggableId(outcome.id()), status,
                            outcome.failure().getMessage());
                }
            }
            statuses.add(status);
            results.add(result);
        }
        final int status = statuses.size() == 1 ? statuses.iterator().next() : SC_MULTI_STATUS;
        LOG.debug("event=batch_handled items={} accepted={} status={}", items.size(), accepted, status);
        return new Reply(status, Map.of("results", results),
                status == 503 ? Map.of(HttpHeader.RETRY_AFTER.asString(), RETRY_AFTER_SECONDS) : Map.of());
    }

    private Reply retract(final String id) {
        try {
            return accepted(publisher.retract(id));
        } catch (InvalidArticleException e) {
            throw new RejectedArticle(id, e.problems());
        } catch (PublishException e) {
            throw publishProblem(e);
        }
    }

    private Reply accepted(final PublishReceipt receipt) {
        return new Reply(SC_ACCEPTED, receipt(receipt), Map.of());
    }

    private void requireMethod(final String method, final String... allowed) {
        for (String a : allowed) {
            if (a.equals(method)) {
                return;
            }
        }
        throw new HttpProblem(405, "method_not_allowed", method + " is not allowed here",
                Map.of(HttpHeader.ALLOW.asString(), String.join(", ", allowed)));
    }

    private void authorize(final Request request) {
        if (tokenDigest == null) {
            return;
        }
        final String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        final String prefix = "bearer ";
        final Map<String, String> challenge = Map.of(HttpHeader.WWW_AUTHENTICATE.asString(), "Bearer realm=\"newsflow\"");
        if (header == null || header.length() < prefix.length()
                || !header.substring(0, prefix.length()).toLowerCase(Locale.ROOT).equals(prefix)) {
            throw new HttpProblem(401, "unauthorized", "missing bearer token", challenge);
        }
        // Comparing digests keeps the time independent of where, and whether in length, the tokens differ.
        if (!MessageDigest.isEqual(tokenDigest, sha256(header.substring(prefix.length()).strip()))) {
            throw new HttpProblem(401, "unauthorized", "wrong bearer token", challenge);
        }
    }

    /** The media type of the request if it is one of {@code accepted}; 415 otherwise. */
    private static String requireContentType(final Request request, final Set<String> accepted) {
        final String header = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (header == null || header.isBlank()) {
            throw new HttpProblem(415, "unsupported_media_type", "Content-Type is missing; send one of "
                    + String.join(", ", new TreeSet<>(accepted)));
        }
        final String[] parts = header.split(";");
        final String type = parts[0].strip().toLowerCase(Locale.ROOT);
        if (!accepted.contains(type)) {
            throw new HttpProblem(415, "unsupported_media_type", "Content-Type " + abbreviate(type)
                    + " is not supported here; send one of " + String.join(", ", new TreeSet<>(accepted)));
        }
        for (int i = 1; i < parts.length; i++) {
            final String[] param = parts[i].split("=", 2);
            if (param.length == 2 && param[0].strip().equalsIgnoreCase("charset")) {
                final String charset = param[1].strip().replace("\"", "").toLowerCase(Locale.ROOT);
                if (!charset.equals("utf-8") && !charset.equals("utf8")) {
                    throw new HttpProblem(415, "unsupported_media_type", "only UTF-8 is accepted, not charset "
                            + abbreviate(charset));
                }
            }
        }
        return type;
    }

    /** Reads the body, refusing it as soon as it is known to be longer than {@code limit}. */
    private static byte[] readBody(final Request request, final int limit) {
        final long declared = request.getLength();
        if (declared > limit) {
            throw tooLarge(limit, "Content-Length " + declared);
        }
        final InputStream in = Content.Source.asInputStream(request);
        final ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
        final byte[] buffer = new byte[8192];
        long total = 0;
        try {
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > limit) {
                    throw tooLarge(limit, "more than " + limit + " bytes read");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new HttpProblem(408, "request_timeout", "the request body could not be read: "
                    + e.getClass().getSimpleName());
        }
        return out.toByteArray();
    }

    private static HttpProblem tooLarge(final int limit, final String what) {
        return new HttpProblem(413, "payload_too_large", "request body is larger than " + limit + " bytes (" + what
                + ")", Map.of(HttpHeader.CONNECTION.asString(), "close"));
    }

    private static HttpProblem publishProblem(final PublishException e) {
        final int status = statusOf(e);
        return new HttpProblem(status, status == 413 ? "article_too_large" : "unavailable",
                (e.articleId() == null ? "" : "id=" + e.articleId() + " ") + e.getMessage(),
                status == 503 ? Map.of(HttpHeader.RETRY_AFTER.asString(), RETRY_AFTER_SECONDS) : Map.of());
    }

    private static int statusOf(final PublishException e) {
        return e instanceof ArticleTooLargeException ? 413 : 503;
    }

    private static Reply invalidArticle(final List<ArticleProblem> problems) {
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "invalid_article");
        body.put("problems", problems(problems));
        return new Reply(SC_BAD_REQUEST, body, Map.of());
    }

    private static Map<String, Object> receipt(final PublishReceipt receipt) {
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", receipt.id());
        body.put("topic", receipt.topic());
        body.put("partition", receipt.partition());
        body.put("offset", receipt.offset());
        return body;
    }

    private static List<Map<String, String>> problems(final List<ArticleProblem> problems) {
        return problems.stream().map(p -> problem(p.field(), p.message())).toList();
    }

    private static Map<String, String> problem(final String field, final String message) {
        final Map<String, String> m = new LinkedHashMap<>();
        m.put("field", field);
        m.put("message", message);
        return m;
    }

    private static Map<String, Object> error(final String error, final String message) {
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", message);
        return body;
    }

    private void reject(final String reason) {
        if (reason != null) {
            rejected.accept(reason);
        }
    }

    /** The rejection reason of an error answer; null for a wrong address or method, which is no article. */
    private static String reasonOf(final HttpProblem p) {
        return switch (p.error) {
            case "unauthorized" -> RejectionReasons.UNAUTHORIZED;
            case "unsupported_media_type" -> RejectionReasons.UNSUPPORTED_MEDIA_TYPE;
            case "payload_too_large", "article_too_large" -> RejectionReasons.TOO_LARGE;
            case "unavailable" -> RejectionReasons.BROKER_UNAVAILABLE;
            case "request_timeout" -> RejectionReasons.REQUEST_TIMEOUT;
            default -> null;
        };
    }

    private static void logItemRejected(final int index, final int line, final String id, final int status,
            final String reason) {
        LOG.warn("event=batch_item_rejected index={} line={} id={} status={} reason=\"{}\"", index, line, id, status,
                reason);
    }

    private static void putIfNotNull(final Map<String, Object> map, final String key, final Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** Paths come from the client: cut short and without control characters, so that a log line stays one line. */
    private static String loggablePath(final String path) {
        if (path == null) {
            return null;
        }
        final String cut = path.length() <= 100 ? path : path.substring(0, 100) + "...";
        return cut.replaceAll("[\\p{Cntrl}\\s]", "?");
    }

    /** Ids come from the client: only well-formed ones go into the log as they are. */
    private static String loggableId(final String id) {
        if (id == null) {
            return null;
        }
        return ArticleIds.isValid(id) ? id : "(malformed, " + id.length() + " chars)";
    }

    private static String abbreviate(final String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }

    private static Set<String> union(final Set<String> a, final Set<String> b) {
        final Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static byte[] sha256(final String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** An article, or an id, that breaks the rules; carries the id the client gave for the log. */
    private static final class RejectedArticle extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final String id;
        private final transient List<ArticleProblem> problems;

        RejectedArticle(final String id, final List<ArticleProblem> problems) {
            super(ArticleJson.describe(problems));
            this.id = id;
            this.problems = problems;
        }

        String id() {
            return id;
        }

        List<ArticleProblem> problems() {
            return problems;
        }
    }

    private record Reply(int status, Object body, Map<String, String> headers) {
    }

    /** A request that is answered with an error status before anything is published. */
    private static final class HttpProblem extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final int status;
        private final String error;
        private final transient Map<String, String> headers;

        HttpProblem(final int status, final String error, final String message) {
            this(status, error, message, Map.of());
        }

        HttpProblem(final int status, final String error, final String message, final Map<String, String> headers) {
            super(message);
            this.status = status;
            this.error = error;
            this.headers = headers;
        }

        Reply reply() {
            return new Reply(status, error(error, getMessage()), headers);
        }
    }
}
