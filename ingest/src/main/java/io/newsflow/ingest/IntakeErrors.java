package io.newsflow.ingest;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.router.EndpointNotFound;
import io.newsflow.common.article.ArticleIds;
import io.newsflow.common.article.ArticleProblem;
import io.newsflow.common.article.InvalidArticleException;
import io.newsflow.common.json.Json;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * The intake's exception mappers: what a handler throws becomes, at the edge, the status and JSON answer
 * the README documents, a log line and the rejection counted. Also the JSON shapes shared with the
 * handlers.
 */
final class IntakeErrors {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeErrors.class);
    static final String JSON = "application/json";

    private final Consumer<String> rejected;

    IntakeErrors(final Consumer<String> rejected) {
        this.rejected = rejected;
    }

    void addTo(final RoutesConfig routes) {
        routes.exception(IntakeProblem.class, this::problem);
        routes.exception(EndpointNotFound.class, (e, ctx) -> problem(IntakeProblem.notFound(path(ctx)), ctx));
        routes.exception(PublishException.class, (e, ctx) -> problem(IntakeProblem.of(e), ctx));
        routes.exception(InvalidArticleException.class, this::invalidArticle);
        routes.exception(Exception.class, IntakeErrors::failed);
    }

    private void problem(final IntakeProblem p, final Context ctx) {
        reject(p.reason());
        if (IntakeRequests.hasBody(ctx.req())) {
            // The body may be unread: close the connection so that a client never sends its next request
            // on a connection whose input still holds the rest of this one.
            ctx.header("Connection", "close");
        }
        p.headers().forEach(ctx::header);
        send(ctx, p.status(), new Refusal(p.error(), p.getMessage()));
        // Wrong addresses are not rejected articles; scanners would flood the log at WARN.
        LOG.atLevel(p.status() == 404 || p.status() == 405 ? Level.DEBUG : Level.WARN).log(
                "event=request_rejected method={} path={} status={} reason=\"{}\"", method(ctx), path(ctx),
                p.status(), p.getMessage());
    }

    private void invalidArticle(final InvalidArticleException e, final Context ctx) {
        reject(RejectionReasons.ofProblems(e.problems()));
        send(ctx, 400, new Invalid("invalid_article", e.problems()));
        final String id = e instanceof RejectedArticleException r ? " id=" + loggableId(r.id()) : "";
        LOG.warn("event=article_rejected method={} path={} status=400{} reason=\"{}\"", method(ctx), path(ctx), id,
                ArticleJson.describe(e.problems()));
    }

    private static void failed(final Exception e, final Context ctx) {
        send(ctx, 500, new Refusal("internal_error", "the request could not be handled"));
        LOG.error("event=request_failed method={} path={}", method(ctx), path(ctx), e);
    }

    private void reject(final String reason) {
        if (reason != null) {
            rejected.accept(reason);
        }
    }

    /** Every answer of the intake: JSON with this status. */
    static void send(final Context ctx, final int status, final Object body) {
        ctx.status(status);
        ctx.contentType(JSON);
        ctx.result(Json.writeBytes(body));
    }

    /** The JSON answers of a refusal: {@code {"error", "message"}}, and of an invalid article. */
    record Refusal(String error, String message) {
    }

    record Invalid(String error, List<ArticleProblem> problems) {
    }

    static String method(final Context ctx) {
        return ctx.req().getMethod();
    }

    /** The path, decoded, cut short and without control characters, so that a log line stays one line. */
    static String path(final Context ctx) {
        final String info = ctx.req().getPathInfo();
        final String path = info == null ? ctx.path() : info;
        final String cut = path.length() <= 100 ? path : path.substring(0, 100) + "...";
        return cut.replaceAll("[\\p{Cntrl}\\s]", "?");
    }

    /** Ids come from the client: only well-formed ones go into the log as they are. */
    static String loggableId(final String id) {
        if (id == null) {
            return null;
        }
        return ArticleIds.isValid(id) ? id : "(malformed, " + id.length() + " chars)";
    }
}
