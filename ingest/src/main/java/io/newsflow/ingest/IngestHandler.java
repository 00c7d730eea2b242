package io.newsflow.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
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
    /** One article: JSON, or a web page whose main text becomes the body ({@link HtmlRequests}). */
    private static final Set<String> ARTICLE_TYPES = Set.of(JSON, HtmlRequests.HTML);
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
        IntakeErrors.send(ctx, h.ready() ? 200 : 503, new HealthAnswer("ingest",
                h.ready() ? "UP" : h.live() ? "NOT_READY" : "DOWN", h.live(), h.ready(), h.reason()));
    }

    /** The answer of {@code GET /health}. */
    record HealthAnswer(String service, String status, boolean live, boolean ready, String reason) {
    }

    private void postArticle(final Context ctx) {
        token.check(ctx);
        final String type = IntakeRequests.requireContentType(ctx, ARTICLE_TYPES);
        final byte[] body = IntakeRequests.readBody(ctx, maxArticleRequestBytes);
        final RawArticle article = HtmlRequests.HTML.equals(type) ? HtmlRequests.read(ctx, body)
                : ArticleJson.readOne(body);
        final PublishReceipt receipt;
        try {
            receipt = publisher.publish(article);
        } catch (InvalidArticleException e) {
            throw new RejectedArticleException(article.id(), e.problems());
        }
        IntakeErrors.send(ctx, SC_ACCEPTED, receipt);
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
        IntakeErrors.send(ctx, SC_ACCEPTED, receipt);
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
        final List<ItemResult> results = new ArrayList<>(items.size());
        int next = 0;
        final Set<Integer> statuses = new TreeSet<>();
        for (int index = 0; index < items.size(); index++) {
            final ArticleJson.Item item = items.get(index);
            final ItemResult result = item.readable() ? outcome(index, item, outcomes.get(next++))
                    : unreadable(index, item);
            statuses.add(result.status());
            results.add(result);
        }
        final int status = statuses.size() == 1 ? statuses.iterator().next() : SC_MULTI_STATUS;
        LOG.debug("event=batch_handled items={} accepted={} status={}", items.size(),
                results.stream().filter(r -> r.status() == SC_ACCEPTED).count(), status);
        if (status == 503) {
            ctx.header("Retry-After", IntakeProblem.RETRY_AFTER_SECONDS);
        }
        IntakeErrors.send(ctx, status, Map.of("results", results));
    }

    /** The result of an item that is not an article: 400 with its problems. */
    private ItemResult unreadable(final int index, final ArticleJson.Item item) {
        reject(RejectionReasons.ofProblems(item.problems()));
        logItemRejected(index, item.line(), null, SC_BAD_REQUEST, ArticleJson.describe(item.problems()));
        return ItemResult.refused(index, item, SC_BAD_REQUEST, null, item.problems());
    }

    /** The result of an item that was offered to Kafka: 202 with its receipt, 400, 413 or 503. */
    private ItemResult outcome(final int index, final ArticleJson.Item item, final PublishOutcome outcome) {
        if (outcome.isAccepted()) {
            final PublishReceipt r = outcome.receipt();
            return new ItemResult(index, ItemResult.lineOf(item), SC_ACCEPTED, r.id(), r.topic(), r.partition(),
                    r.offset(), null);
        }
        if (outcome.isInvalid()) {
            reject(RejectionReasons.INVALID_ARTICLE);
            logItemRejected(index, item.line(), IntakeErrors.loggableId(outcome.id()), SC_BAD_REQUEST,
                    ArticleJson.describe(outcome.problems()));
            return ItemResult.refused(index, item, SC_BAD_REQUEST, outcome.id(), outcome.problems());
        }
        final PublishException failure = outcome.failure();
        final int status = IntakeProblem.of(failure).status();
        reject(RejectionReasons.ofFailure(failure));
        logItemRejected(index, item.line(), IntakeErrors.loggableId(outcome.id()), status, failure.getMessage());
        return ItemResult.refused(index, item, status, outcome.id(), List.of(new ArticleProblem(
                failure instanceof ArticleTooLargeException ? "article" : "kafka", failure.getMessage())));
    }

    /** One item's answer in a batch: its receipt when accepted, else its errors; absent fields left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ItemResult(int index, Integer line, int status, String id, String topic, Integer partition, Long offset,
            List<ArticleProblem> errors) {

        static ItemResult refused(final int index, final ArticleJson.Item item, final int status, final String id,
                final List<ArticleProblem> errors) {
            return new ItemResult(index, lineOf(item), status, id, null, null, null, errors);
        }

        /** The 1-based line of a JSON-lines item; none for an element of a JSON array. */
        static Integer lineOf(final ArticleJson.Item item) {
            return item.line() > 0 ? item.line() : null;
        }
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
}
