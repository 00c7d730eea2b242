package io.newsflow.api.http;

import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.newsflow.api.cluster.Cluster;
import io.newsflow.api.cluster.RemoteInstances;
import io.newsflow.api.query.LocalStores;
import io.newsflow.api.stream.EventBuffer;
import io.newsflow.common.http.Routes;
import io.newsflow.common.ops.OpsHandler;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every route of the api service on Javalin: the contract's {@code /api/...} routes, their
 * {@code /api/internal/...} twins for the other instances, the web page, and (when given) the ops paths.
 * Another method on a known path is answered 405 with Allow.
 */
public final class ApiHttp {

    private static final Logger LOG = LoggerFactory.getLogger(ApiHttp.class);
    private static final String INTERNAL = RemoteInstances.INTERNAL;

    private final ArticleRoutes articles;
    private final CountRoutes counts;
    private final StreamRoute stream;
    private final DocRoutes docs;
    private final StaticFiles files;
    private final OpsHandler ops;

    public ApiHttp(final LocalStores local, final Cluster cluster, final EventBuffer buffer, final OpsHandler ops) {
        this(local, cluster, buffer, ops, StreamRoute.KEEPALIVE);
    }

    /** With another keepalive interval (tests). */
    public ApiHttp(final LocalStores local, final Cluster cluster, final EventBuffer buffer, final OpsHandler ops,
            final Duration keepalive) {
        final RemoteInstances remote = new RemoteInstances();
        final ClassLoader loader = ApiHttp.class.getClassLoader();
        this.articles = new ArticleRoutes(local, cluster, remote);
        this.counts = new CountRoutes(local, cluster, remote);
        this.stream = new StreamRoute(buffer, keepalive);
        this.docs = new DocRoutes(loader);
        this.files = new StaticFiles(loader);
        this.ops = ops;
    }

    public void addTo(final JavalinConfig config) {
        final RoutesConfig routes = config.routes;
        ApiErrors.addTo(routes);
        if (ops != null) {
            ops.addTo(routes);
        }
        get(routes, "/api/articles", articles::articles);
        get(routes, "/api/articles/{id}", articles::article);
        get(routes, "/api/stories", articles::stories);
        get(routes, "/api/stories/{id}", articles::story);
        get(routes, "/api/entities", counts::entities);
        get(routes, "/api/countries", counts::countries);
        get(routes, "/api/places", counts::places);
        get(routes, "/api/stream", stream::stream);
        get(routes, "/api/openapi.json", docs::openapi);
        get(routes, "/api/asyncapi.json", docs::asyncapi);
        get(routes, INTERNAL + "/articles", articles::localArticles);
        get(routes, INTERNAL + "/articles/{id}", articles::localArticle);
        get(routes, INTERNAL + "/stories", articles::localStories);
        get(routes, INTERNAL + "/stories/{id}", articles::localStory);
        get(routes, INTERNAL + "/counts", counts::localCounts);
        get(routes, "/", files::index);
        get(routes, "/assets/<path>", files::asset);
        config.requestLogger.http((ctx, ms) -> LOG.debug("event=http_request method={} path={} status={} tookMs={}",
                ctx.method(), ctx.path(), ctx.status().getCode(), ms));
    }

    /** A handler that may throw checked exceptions (the mappers answer them). */
    @FunctionalInterface
    interface Handler {
        void handle(Context ctx) throws Exception;
    }

    private static void get(final RoutesConfig routes, final String path, final Handler handler) {
        Routes.path(path).on(HandlerType.GET, handler::handle).on(HandlerType.HEAD, handler::handle)
                .addTo(routes, (ctx, allow) -> {
                    ctx.header("Allow", allow);
                    Answers.error(ctx, 405, "method not allowed");
                });
    }
}
