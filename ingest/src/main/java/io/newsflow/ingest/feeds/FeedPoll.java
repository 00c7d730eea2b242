package io.newsflow.ingest.feeds;

import io.newsflow.common.article.RawArticle;
import io.newsflow.common.feed.FeedState;
import io.newsflow.ingest.ArticlePublisher;
import io.newsflow.ingest.PublishOutcome;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of one feed: a conditional GET; on 200 the document is read and each item that is new, or
 * whose content changed since it was published, becomes an article published to {@code
 * news.articles.raw} (a changed item under its id again, as a new revision); then the state remembers
 * what the broker acknowledged. An item the broker did not acknowledge is not remembered, and the
 * validators of the answer are kept only when every item was, so the next poll fetches the whole
 * document again and publishes what is missing.
 */
final class FeedPoll {

    private static final Logger LOG = LoggerFactory.getLogger(FeedPoll.class);
    private static final String FEEDS = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9,"
            + " application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5";
    /** Articles made (pages fetched) and published at a time, so that a long poll publishes as it goes. */
    static final int CHUNK = 50;

    /** What a poll did, and the feed's state after it. */
    record Result(FeedState state, boolean notModified, int items, int published, int failed, int invalid) {
    }

    private final FeedFetcher fetcher;
    private final FeedParser parser;
    private final ItemArticles articles;
    private final ArticlePublisher publisher;
    private final Clock clock;

    FeedPoll(final FeedFetcher fetcher, final FeedParser parser, final ItemArticles articles,
            final ArticlePublisher publisher, final Clock clock) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.articles = articles;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Polls {@code feed}; the returned state is not saved yet.
     *
     * @param stopping true once the service stops: the items not yet published are left for the next poll
     * @throws FetchException when the feed cannot be fetched or read
     */
    Result poll(final URI feed, final FeedState state, final BooleanSupplier stopping) {
        final Fetched fetched = fetcher.fetch(feed, state.etag(), state.lastModified(), FEEDS);
        if (fetched.notModified()) {
            return new Result(state, true, 0, 0, 0, 0);
        }
        final ParsedFeed parsed = parser.parse(fetched.body(), fetched.contentType(), feed);
        if (parsed.itemsLeftOut() > 0) {
            LOG.warn("event=feed_items_left_out feed={} read={} leftOut={}", feed, parsed.items().size(),
                    parsed.itemsLeftOut());
        }
        final long now = clock.millis();
        final Map<String, String> known = state.hashes();
        final Map<String, FeedState.Seen> seen = new LinkedHashMap<>();
        final List<FeedItem> fresh = new ArrayList<>();
        final Set<String> ids = new HashSet<>();
        for (FeedItem item : parsed.items()) {
            final String before = known.get(item.id());
            if (!ids.add(item.id())) {
                continue; // the same item twice in one document: the first one counts
            }
            if (item.hash().equals(before)) {
                seen.put(item.id(), new FeedState.Seen(item.id(), before, now));
            } else {
                fresh.add(item);
            }
        }
        int published = 0;
        int failed = 0;
        int invalid = 0;
        for (int from = 0; from < fresh.size(); from += CHUNK) {
            final List<FeedItem> chunk = fresh.subList(from, Math.min(fresh.size(), from + CHUNK));
            if (stopping.getAsBoolean()) {
                failed += fresh.size() - from;
                break;
            }
            final List<RawArticle> batch = chunk.stream().map(item -> articles.articleOf(item, parsed)).toList();
            final List<PublishOutcome> outcomes = publisher.publishAll(batch);
            for (int i = 0; i < chunk.size(); i++) {
                final FeedItem item = chunk.get(i);
                final PublishOutcome outcome = outcomes.get(i);
                if (outcome.isAccepted()) {
                    published++;
                    LOG.debug("event=item_published feed={} id={} revisionOf={}", feed, item.id(),
                            known.containsKey(item.id()));
                } else if (outcome.isInvalid()) {
                    invalid++;
                    LOG.warn("event=item_rejected feed={} id={} problems=\"{}\"", feed, item.id(), outcome.problems());
                } else {
                    failed++;
                    LOG.warn("event=item_not_published feed={} id={} reason=\"{}\"", feed, item.id(),
                            outcome.failure().getMessage());
                    if (known.containsKey(item.id())) {
                        seen.put(item.id(), new FeedState.Seen(item.id(), known.get(item.id()), now));
                    }
                    continue;
                }
                // An item that breaks a rule stays remembered too: it would break it again at every poll.
                seen.put(item.id(), new FeedState.Seen(item.id(), item.hash(), now));
            }
        }
        final boolean complete = failed == 0;
        final FeedState after = state.after(complete ? fetched.etag() : state.etag(),
                complete ? fetched.lastModified() : state.lastModified(), new ArrayList<>(seen.values()));
        return new Result(after, false, parsed.items().size(), published, failed, invalid);
    }
}
