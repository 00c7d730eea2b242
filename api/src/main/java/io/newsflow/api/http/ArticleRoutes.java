package io.newsflow.api.http;

import io.javalin.http.Context;
import io.newsflow.api.cluster.Cluster;
import io.newsflow.api.cluster.RemoteInstances;
import io.newsflow.api.query.ArticleFilter;
import io.newsflow.api.query.LocalStores;
import io.newsflow.api.query.Page;
import io.newsflow.api.query.Params;
import io.newsflow.api.query.StoryQuery;
import io.newsflow.api.store.ApiStores;
import io.newsflow.common.article.ArticleIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.state.HostInfo;

/**
 * {@code /api/articles}, {@code /api/stories} and their {@code /{id}}: a lookup by id is answered by the
 * instance that owns the id (asked over HTTP when it is another); a list is asked of every instance
 * holding a part and merged newest first. The {@code /api/internal/...} twins answer from this instance's
 * stores alone, for the other instances.
 */
final class ArticleRoutes {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private final LocalStores local;
    private final Cluster cluster;
    private final RemoteInstances remote;

    ArticleRoutes(final LocalStores local, final Cluster cluster, final RemoteInstances remote) {
        this.local = local;
        this.cluster = cluster;
        this.remote = remote;
    }

    void article(final Context ctx) {
        final String id = ctx.pathParam("id");
        Answers.json(ctx, 200, byId(ApiStores.ARTICLES, "/articles", id, local::article, "article"));
    }

    void story(final Context ctx) {
        final String id = ctx.pathParam("id");
        Answers.json(ctx, 200, byId(ApiStores.STORIES, "/stories", id, local::story, "story"));
    }

    void articles(final Context ctx) {
        final Params p = params(ctx);
        final ArticleFilter filter = ArticleFilter.from(p);
        final int limit = p.limit(DEFAULT_LIMIT, MAX_LIMIT);
        answerMerged(ctx, ApiStores.INDEX, "articles", local.articles(filter, p.cursor(), limit), limit);
    }

    void stories(final Context ctx) {
        final Params p = params(ctx);
        final StoryQuery.Filter filter = StoryQuery.Filter.from(p);
        final int limit = p.limit(DEFAULT_LIMIT, MAX_LIMIT);
        answerMerged(ctx, ApiStores.STORIES, "stories", local.stories(filter, p.cursor(), limit), limit);
    }

    /**
     * Answers a list of {@code name} ("articles" or "stories"): this instance's page merged, newest first, with
     * the pages of every other instance holding a part of {@code store}, asked with the same query.
     */
    private void answerMerged(final Context ctx, final String store, final String name, final Page localPart,
            final int limit) {
        final List<Page> parts = new ArrayList<>(remote.pages(cluster.others(store),
                RemoteInstances.INTERNAL + "/" + name, ctx.queryString()));
        parts.add(localPart);
        Answers.json(ctx, 200, Answers.list(name, Page.merge(parts, limit)));
    }

    void localArticle(final Context ctx) {
        Answers.json(ctx, 200, found(local.article(ctx.pathParam("id")), "article"));
    }

    void localStory(final Context ctx) {
        Answers.json(ctx, 200, found(local.story(ctx.pathParam("id")), "story"));
    }

    void localArticles(final Context ctx) {
        final Params p = params(ctx);
        final Page page = local.articles(ArticleFilter.from(p), p.cursor(), p.limit(DEFAULT_LIMIT, MAX_LIMIT));
        Answers.json(ctx, RemoteInstances.toWire(page));
    }

    void localStories(final Context ctx) {
        final Params p = params(ctx);
        final Page page = local.stories(StoryQuery.Filter.from(p), p.cursor(), p.limit(DEFAULT_LIMIT, MAX_LIMIT));
        Answers.json(ctx, RemoteInstances.toWire(page));
    }

    private byte[] byId(final String store, final String path, final String id,
            final java.util.function.Function<String, byte[]> read, final String what) {
        if (id.length() > ArticleIds.MAX_LENGTH || (store.equals(ApiStores.ARTICLES) && !ArticleIds.isValid(id))) {
            throw new NotFoundException("no " + what + " " + id);
        }
        final Optional<HostInfo> owner = cluster.ownerOf(store, id);
        final byte[] json = owner.isEmpty() ? read.apply(id)
                : remote.get(owner.get(), RemoteInstances.INTERNAL + path, id);
        return found(json, what + " " + id);
    }

    private static byte[] found(final byte[] json, final String what) {
        if (json == null) {
            throw new NotFoundException("no " + what);
        }
        return json;
    }

    static Params params(final Context ctx) {
        return new Params(ctx::queryParam);
    }
}
