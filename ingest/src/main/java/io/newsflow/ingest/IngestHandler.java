package io.newsflow.ingest;

import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.newsflow.common.article.ArticleProblem;
import io.newsflow.common.article.InvalidArticleException;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.http.Routes;
import io.newsflow.common.service.Health;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP intake's routes. Every answer is JSON; nothing is published unless the whole request (or, in a
 * batch, the item) is valid, and 202 is only answered once Kafka acknowledged the record. Refusals are
 * thrown as typed exceptions and answered by {@link IntakeErrors}.
 *
 * <p>{@code GET /health} needs no token so that probes work without secrets; it reveals nothing but
 * whether the service can publish.
 *
 * <p>Every refused article or request is reported, with its {@link RejectionReasons reason}, to the
 * rejection listener (the {@code newsflow_articles_rejected_total} counter); a batch reports each item.
 */
final class IngestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(IngestHandler.class);
    private static final String JSON = IntakeErrors.JSON;
    private static final Set<String> BATCH_TYPES = Set.of(JSON, "application/x-ndjson", "application/ndjson",
            "application/jsonl", "application/x-jsonlines");
    private static final String HEALTH = "/health";
    private static final String ARTICLES = "/articles";
    private static final String BATCH = "/articles/batch";
    private static final int SC_ACCEPTED = 202;
    private static final int SC_MULTI_STATUS = 207;
    private static final int SC_BAD_REQUEST = 400;

    private final ArticlePublisher publisher;
    private final Supplier<Health> health;
    private final int maxArticleRequestBytes;
    private final int maxBatchRequestBytes;
    private final BearerToken token;
    private final Consumer<String> rejected;

    IngestHandler(final ArticlePublisher publisher, final Supplier<Health> health, final IngestConfig cfg,
            final Consumer<String> rejected) {
        this.publisher = publisher;
        this.health = health;
        this.maxArticleRequestBytes = cfg.maxBodyBytes();
        this.maxBatchRequestBytes = cfg.maxBatchBytes();
        this.token = new BearerToken(cfg.authToken());
        this.rejected = rejected;
    }

    /** The intake's paths, its exception mappers (a 404 for any other path) and a DEBUG line per request. */
    void addTo(final JavalinConfig config) {
        final RoutesConfig routes = config.routes;
        new IntakeErrors(rejected).addTo(routes);
        Routes.path(HEALTH).on(HandlerType.GET, this::health).on(HandlerType.HEAD, this::health)
                .addTo(routes, IngestHandler::refuse);
        Routes.path(ARTICLES).on(HandlerType.POST, this::postArticle).addTo(routes, IngestHandler::refuse);
        // DELETE /articles/batch retracts the article whose id is "batch".
        Routes.path(BATCH).on(HandlerType.POST, this::postBatch).leave(HandlerType.DELETE)
                .addTo(routes, IngestHandler::refuse);
        Routes.path(ARTICLES + "/{id}").on(HandlerType.DELETE, this::retract).addTo(routes, IngestHandler::refuse);
        config.requestLogger.http((ctx, ms) -> LOG.debug("event=http_request method={} path={} status={} tookMs={}",
                IntakeErrors.method(ctx), IntakeErrors.path(ctx), ctx.statusCode(), ms.longValue()));
    }

    private static void refuse(final Context ctx, final String allow) {
        throw IntakeProblem.methodNotAllowed(IntakeErrors.method(ctx), allow);
    }

    private void health(final Context ctx) {
        final Health h = health.get();
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("service", "ingest");
        body.put("status", h.ready() ? "UP" : h.live() ? "NOT_READY" : "DOWN");
        body.put("live", h.live());
        body.put("ready", h.ready());
        body.put("reason", h.reason());
        IntakeErrors.send(ctx, h.ready() ? 200 : 503, body);
    }

    private void postArticle(final Context ctx) {
        token.check(ctx);
        IntakeRequests.requireContentType(ctx, Set.of(JSON));
        final RawArticle article = ArticleJson.readOne(IntakeRequests.readBody(ctx, maxArticleRequestBytes));
        final PublishReceipt receipt;
        try {
            receipt = publisher.publish(article);
        } catch (InvalidArticleException e) {
            throw new RejectedArticleException(article.id(), e.problems());
        }
        IntakeErrors.send(ctx, SC_ACCEPTED, receipt(receipt));
    }

    private void retract(final Context ctx) {
        token.check(ctx);
        final String id = ctx.pathParam("id");
        final PublishReceipt receipt;
        try {
            receipt = publisher.retract(id);
        } catch (InvalidArticleException e) {
            throw new RejectedArticleException(id, e.problems());
        }
        IntakeErrors.send(ctx, SC_ACCEPTED, receipt(receipt));
    }

    private void postBatch(final Context ctx) {
        token.check(ctx);
        final String type = IntakeRequests.requireContentType(ctx, BATCH_TYPES);
        final byte[] body = IntakeRequests.readBody(ctx, maxBatchRequestBytes);
        final List<ArticleJson.Item> items = JSON.equals(type) ? ArticleJson.readArray(body)
                : ArticleJson.readLines(body);
        if (items.isEmpty()) {
            throw new InvalidArticleException(List.of(new ArticleProblem("articles", "the batch is empty")));
        }
        final List<PublishOutcome> outcomes = publisher.publishAll(
                items.stream().filter(ArticleJson.Item::readable).map(ArticleJson.Item::article).toList());
        final List<Map<String, Object>> results = new ArrayList<>(items.size());
        int next = 0;
        final Set<Integer> statuses = new TreeSet<>();
        for (int index = 0; index < items.size(); index++) {
            final ArticleJson.Item item = items.get(index);
            final Map<String, Object> result = item.readable() ? outcome(index, item, outcomes.get(next++))
                    : unreadable(index, item);
            statuses.add((Integer) result.get("status"));
            results.add(result);
        }
        final int status = statuses.size() == 1 ? statuses.iterator().next() : SC_MULTI_STATUS;
        LOG.debug("event=batch_handled items={} accepted={} status={}", items.size(),
                results.stream().filter(r -> r.get("status").equals(SC_ACCEPTED)).count(), status);
        if (status == 503) {
            ctx.header("Retry-After", IntakeProblem.RETRY_AFTER_SECONDS);
        }
        IntakeErrors.send(ctx, status, Map.of("results", results));
    }

    /** The result of an item that is not an article: 400 with its problems. */
    private Map<String, Object> unreadable(final int index, final ArticleJson.Item item) {
        final Map<String, Object> result = itemResult(index, item, SC_BAD_REQUEST);
        result.put("errors", item.problems());
        reject(RejectionReasons.ofProblems(item.problems()));
        logItemRejected(index, item.line(), null, SC_BAD_REQUEST, ArticleJson.describe(item.problems()));
        return result;
    }

    /** The result of an item that was offered to Kafka: 202 with its receipt, 400, 413 or 503. */
    private Map<String, Object> outcome(final int index, final ArticleJson.Item item, final PublishOutcome outcome) {
        if (outcome.isAccepted()) {
            final Map<String, Object> result = itemResult(index, item, SC_ACCEPTED);
            result.putAll(receipt(outcome.receipt()));
            return result;
        }
        if (outcome.isInvalid()) {
            final Map<String, Object> result = itemResult(index, item, SC_BAD_REQUEST);
            putIfNotNull(result, "id", outcome.id());
            result.put("errors", outcome.problems());
            reject(RejectionReasons.INVALID_ARTICLE);
            logItemRejected(index, item.line(), IntakeErrors.loggableId(outcome.id()), SC_BAD_REQUEST,
                    ArticleJson.describe(outcome.problems()));
            return result;
        }
        final PublishException failure = outcome.failure();
        final int status = IntakeProblem.of(failure).status();
        final Map<String, Object> result = itemResult(index, item, status);
        putIfNotNull(result, "id", outcome.id());
        result.put("errors", List.of(new ArticleProblem(failure instanceof ArticleTooLargeException
                ? "article" : "kafka", failure.getMessage())));
        reject(RejectionReasons.ofFailure(failure));
        logItemRejected(index, item.line(), IntakeErrors.loggableId(outcome.id()), status, failure.getMessage());
        return result;
    }

    private static Map<String, Object> itemResult(final int index, final ArticleJson.Item item, final int status) {
        final Map<String, Object> result = new LinkedHashMap<>();
        result.put("index", index);
        if (item.line() > 0) {
            result.put("line", item.line());
        }
        result.put("status", status);
        return result;
    }

    private static Map<String, Object> receipt(final PublishReceipt receipt) {
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", receipt.id());
        body.put("topic", receipt.topic());
        body.put("partition", receipt.partition());
        body.put("offset", receipt.offset());
        return body;
    }

    private void reject(final String reason) {
        if (reason != null) {
            rejected.accept(reason);
        }
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
}
