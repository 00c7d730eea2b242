package io.newsflow.ingest.feeds;

import io.micrometer.core.instrument.Counter;
import io.newsflow.common.feed.FeedState;
import io.newsflow.common.ops.Metrics;
import io.newsflow.common.ops.SummaryReporter;
import io.newsflow.common.service.Health;
import io.newsflow.common.service.ManagedService;
import io.newsflow.ingest.ArticlePublisher;
import io.newsflow.ingest.pages.PageExtractor;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the configured feeds until closed: each feed on its own schedule ({@link FeedSchedule}), a few
 * feeds at a time and never two requests at once to one host, its state loaded from the store at start
 * and saved after every poll that published. {@link #close()} lets a poll in progress publish what it
 * has and save its state, leaves the rest of it for the next start, and returns within seconds.
 */
public final class FeedsService implements ManagedService {

    private static final Logger LOG = LoggerFactory.getLogger(FeedsService.class);
    private static final int MAX_THREADS = 4;
    private static final long STOP_WAIT_MS = 5_000;
    private static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

    private final FeedsConfig config;
    private final FeedPoll poll;
    private final FeedStateStore store;
    private final AutoCloseable owned;
    private final Map<URI, FeedSchedule> schedules = new ConcurrentHashMap<>();
    private final ScheduledThreadPoolExecutor executor;
    private final Map<URI, FeedState> states = new ConcurrentHashMap<>();
    private final Map<URI, Integer> failures = new ConcurrentHashMap<>();
    private final Map<URI, Boolean> unsaved = new ConcurrentHashMap<>();
    private final Counter polled;
    private final Counter notModified;
    private final Counter failed;
    private final Counter published;
    private final SummaryReporter summary;
    private volatile boolean closed;

    private FeedsService(final FeedsConfig config, final FeedPoll poll, final FeedStateStore store,
            final AutoCloseable owned, final Metrics metrics, final Duration summaryInterval) {
        this.config = config;
        this.poll = poll;
        this.store = store;
        this.owned = owned;
        final Random random = new Random();
        config.feeds().forEach(f -> schedules.put(f, new FeedSchedule(config.intervalOf(f), random)));
        final AtomicInteger threadNumber = new AtomicInteger();
        this.executor = new ScheduledThreadPoolExecutor(Math.min(MAX_THREADS, config.feeds().size()), r -> {
            final Thread t = new Thread(r, "newsflow-feeds-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setRemoveOnCancelPolicy(true);
        this.polled = metrics.registry().counter("newsflow.feeds.polls", "result", "ok");
        this.notModified = metrics.registry().counter("newsflow.feeds.polls", "result", "not_modified");
        this.failed = metrics.registry().counter("newsflow.feeds.polls", "result", "error");
        this.published = metrics.registry().counter("newsflow.feeds.items.published");
        this.summary = SummaryReporter.builder("feeds")
                .count("polls", polled)
                .count("notModified", notModified)
                .count("errors", failed)
                .count("published", published)
                .interval(summaryInterval)
                .build();
    }

    /**
     * Loads the feeds' state from {@code store} and starts polling.
     *
     * @param owned closed with the service after the store (the publisher when the service has its own), or null
     */
    public static FeedsService start(final FeedsConfig config, final ArticlePublisher publisher,
            final int maxBodyBytes, final FeedStateStore store, final AutoCloseable owned, final Metrics metrics,
            final Duration summaryInterval) {
        final FeedFetcher fetcher = new FeedFetcher(config.fetchTimeout(), config.maxFetchBytes(), config.userAgent());
        final ItemArticles articles = new ItemArticles(fetcher, config.fetchPages(), maxBodyBytes,
                new PageExtractor(config.maxFetchBytes(), PageExtractor.DEFAULT_MAX_TEXT_CHARS));
        final FeedPoll poll = new FeedPoll(fetcher, new FeedParser(), articles, publisher, Clock.systemUTC());
        final FeedsService service = new FeedsService(config, poll, store, owned, metrics, summaryInterval);
        final Map<String, FeedState> loaded = store.load(config.feeds().stream().map(URI::toString).toList());
        for (URI feed : config.feeds()) {
            service.states.put(feed, loaded.getOrDefault(feed.toString(), FeedState.empty(feed.toString())));
            service.executor.schedule(() -> service.pollOnce(feed), service.schedules.get(feed).first().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        service.summary.start();
        LOG.info("event=started component=feeds feeds={} pollInterval={} ownIntervals={} fetchPages={} known={}",
                config.feeds().size(), config.pollInterval(), config.intervals().size(), config.fetchPages(),
                loaded.size());
        return service;
    }

    private void pollOnce(final URI feed) {
        if (closed) {
            return;
        }
        final long start = System.nanoTime();
        int failuresInRow = failures.getOrDefault(feed, 0);
        Duration retryAfter = null;
        try {
            final FeedPoll.Result result = poll.poll(feed, states.get(feed), () -> closed);
            if (!result.notModified() || unsaved.containsKey(feed)) {
                save(feed, result.state());
            }
            (result.notModified() ? notModified : polled).increment();
            published.increment(result.published());
            failuresInRow = result.failed() > 0 ? failuresInRow + 1 : 0;
            LOG.debug("event=feed_polled feed={} notModified={} items={} published={} failed={} invalid={} tookMs={}",
                    feed, result.notModified(), result.items(), result.published(), result.failed(),
                    result.invalid(), (System.nanoTime() - start) / 1_000_000);
        } catch (FetchException e) {
            failed.increment();
            failuresInRow++;
            retryAfter = e.retryAfter();
            LOG.warn("event=feed_poll_failed feed={} reason={} status={} failuresInRow={} message=\"{}\"", feed,
                    e.reason(), e.status(), failuresInRow, e.getMessage());
        } catch (RuntimeException e) {
            failed.increment();
            failuresInRow++;
            LOG.warn("event=feed_poll_failed feed={} reason=error failuresInRow={} message=\"{}\"", feed,
                    failuresInRow, e.toString());
        }
        failures.put(feed, failuresInRow);
        if (!closed) {
            final Duration next = delay(schedules.get(feed).next(failuresInRow), retryAfter);
            executor.schedule(() -> pollOnce(feed), next.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The scheduled delay, or longer when the server asked for it with Retry-After (at most an hour). */
    static Duration delay(final Duration scheduled, final Duration retryAfter) {
        if (retryAfter == null) {
            return scheduled;
        }
        final Duration asked = retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter;
        return asked.compareTo(scheduled) > 0 ? asked : scheduled;
    }

    /** Keeps the state in memory whatever happens; one that could not be saved is saved after the next poll. */
    private void save(final URI feed, final FeedState state) {
        states.put(feed, state);
        try {
            store.save(state);
            unsaved.remove(feed);
        } catch (RuntimeException e) {
            unsaved.put(feed, Boolean.TRUE);
            throw e;
        }
    }

    @Override
    public String name() {
        return "feeds";
    }

    @Override
    public Health health() {
        return closed || executor.isShutdown() ? Health.dead("feed polling stopped") : Health.up();
    }

    /** The state of {@code feed} as the last poll left it (tests). */
    FeedState state(final URI feed) {
        return states.get(feed);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        LOG.info("event=stopping component=feeds");
        final long start = System.nanoTime();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_WAIT_MS, TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
                executor.awaitTermination(1, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        try {
            store.close();
            if (owned != null) {
                owned.close();
            }
        } catch (Exception e) {
            LOG.warn("event=close_failed reason=\"{}\"", e.toString());
        }
        summary.close();
        LOG.info("event=stopped component=feeds tookMs={}", (System.nanoTime() - start) / 1_000_000);
    }
}
