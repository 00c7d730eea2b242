package io.newsflow.bench;

import io.newsflow.common.article.RawArticle;
import io.newsflow.tagger.Enricher;
import io.newsflow.tagger.Enrichers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** The tagger alone: the enricher called from one thread per processor, no Kafka, after a warm-up. */
final class TaggerPhase {

    /** Articles/s and tokens/s of the tagger alone. */
    record Rate(double articles, double tokens) {
    }

    private final int threads;

    TaggerPhase(final int threads) {
        this.threads = threads;
    }

    /** Warms the tagger up on articles of its own, then tags {@code articles} and reports the rate. */
    Rate measure(final Workload workload, final List<RawArticle> articles) throws Exception {
        final double meanTokens = articles.stream().mapToInt(Workload::tokensOf).average().orElse(0);
        final Enricher enricher = Enrichers.standard();
        WarmUp.warmUp("tagger", round -> tagAll(enricher,
                workload.generated("warm" + round, WarmUp.ROUND_ARTICLES)));
        final long at = System.nanoTime();
        tagAll(enricher, articles);
        final double seconds = (System.nanoTime() - at) / 1e9;
        final long tokens = articles.stream().mapToLong(Workload::tokensOf).sum();
        final Rate rate = new Rate(articles.size() / seconds, tokens / seconds);
        Report.say("tagger alone: %.1f articles/s, %.0f tokens/s (%d threads, mean %.0f tokens/article)",
                rate.articles(), rate.tokens(), threads, meanTokens);
        return rate;
    }

    /** Tags every article once, the threads taking the next untagged one until none is left. */
    private void tagAll(final Enricher enricher, final List<RawArticle> articles) throws Exception {
        final AtomicInteger next = new AtomicInteger();
        final ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            final List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                        final RawArticle a = articles.get(i);
                        enricher.enrich(a.id(), a, 1L);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
