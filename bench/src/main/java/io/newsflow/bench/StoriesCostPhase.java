package io.newsflow.bench;

import io.newsflow.app.NewsflowApp;
import io.newsflow.app.Services;
import io.newsflow.app.broker.EmbeddedKafkaBroker;
import io.newsflow.common.config.Settings;
import io.newsflow.enrich.EnrichConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What stories cost the pipeline: its rate without stories and with them, alternating, each run on a broker and
 * state of its own in this (warm) JVM, so that both see the same machine at nearly the same time. On a machine
 * whose speed drifts by a tenth from one minute to the next, two separate bench runs cannot tell a cost of a
 * few percent; the medians of alternating runs can.
 */
final class StoriesCostPhase {

    private final BenchConfig config;

    StoriesCostPhase(final BenchConfig config) {
        this.config = config;
    }

    /**
     * Runs {@code config.storyRounds()} pairs (without, then with stories) after the pipeline's first run with
     * stories ({@code firstWithStories}); returns the median rate with stories over the median without.
     */
    double measure(final Workload workload, final double firstWithStories) throws Exception {
        final List<Double> with = new ArrayList<>(List.of(firstWithStories));
        final List<Double> without = new ArrayList<>();
        for (int round = 1; round <= config.storyRounds(); round++) {
            without.add(rate(workload, false, round));
            with.add(rate(workload, true, round));
        }
        final double ratio = median(with) / median(without);
        Report.say("stories' cost: pipeline with stories %s, without %s articles/s; median with / median without:"
                + " %.2f", with, without, ratio);
        return ratio;
    }

    private double rate(final Workload workload, final boolean stories, final int round) throws Exception {
        final Map<String, String> values = new HashMap<>(config.settings().asMap());
        values.put(EnrichConfig.STORIES_ENABLED, String.valueOf(stories));
        final Path stateRoot = Files.createTempDirectory("newsflow-bench-stories-");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().port(0).build().start();
                NewsflowApp app = NewsflowApp.start(
                        PipelineApp.settings(Settings.of(values), broker.bootstrapServers(), stateRoot),
                        Services.named(List.of("ingest", "enrich", "sink")));
                CurrentWatcher watcher = new CurrentWatcher(broker.bootstrapServers())) {
            PipelineApp.awaitReady(app);
            final HttpLoad load = new HttpLoad(PipelineApp.articlesUri(app), watcher, config.concurrency());
            final double rate = PipelinePhase.measure(load, workload, config.articles());
            Report.say("pipeline round %d, stories %s: %.1f articles/s", round, stories ? "on" : "off", rate);
            return rate;
        } finally {
            TempDirs.deleteRecursively(stateRoot);
        }
    }

    static double median(final List<Double> values) {
        final List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        final int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
