package io.newsflow.api.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.router.EndpointNotFound;
import io.newsflow.api.cluster.StoresNotReadyException;
import io.newsflow.api.query.BadParameterException;
import io.newsflow.api.stream.TooManySubscribersException;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a handler throws, as the contract's answer: 400, 404, 503 with Retry-After, or 500. */
final class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {
    }

    static void addTo(final RoutesConfig routes) {
        routes.exception(BadParameterException.class, (e, ctx) -> Answers.error(ctx, 400, e.getMessage()));
        routes.exception(NotFoundException.class, (e, ctx) -> Answers.error(ctx, 404, e.getMessage()));
        routes.exception(EndpointNotFound.class, (e, ctx) -> Answers.error(ctx, 404, "no such path: " + ctx.path()));
        routes.exception(StoresNotReadyException.class, (e, ctx) -> notReady(ctx, e.getMessage()));
        // A store migrating or restoring between the metadata lookup and the read.
        routes.exception(InvalidStateStoreException.class, (e, ctx) -> notReady(ctx, "the stores are rebalancing"));
        routes.exception(TooManySubscribersException.class, (e, ctx) -> notReady(ctx, e.getMessage()));
        routes.exception(Exception.class, ApiErrors::failed);
    }

    private static void notReady(final Context ctx, final String message) {
        ctx.header("Retry-After", "1");
        Answers.error(ctx, 503, message);
        LOG.debug("event=not_ready path={} reason=\"{}\"", ctx.path(), message);
    }

    private static void failed(final Exception e, final Context ctx) {
        Answers.error(ctx, 500, "the request could not be handled");
        LOG.error("event=request_failed method={} path={}", ctx.method(), ctx.path(), e);
    }
}
