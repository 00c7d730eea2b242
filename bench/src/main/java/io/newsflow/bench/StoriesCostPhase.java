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
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * What stories cost the pipeline: its rate without stories and with them, alternating, each run on a broker and
 * state of its own in this (warm) JVM, so that both see the same machine at nearly the same time. On a machine
 * whose speed drifts by a tenth from one minute to the next, two separate bench runs cannot tell a cost of a
 * few percent; the medians of alternating runs can.
 */
final class StoriesCostPhase {

    private static final ToDoubleFunction<PipelinePhase.Rate> RATE = PipelinePhase.Rate::articlesPerSecond;
    private static final ToDoubleFunction<PipelinePhase.Rate> CPU = PipelinePhase.Rate::cpuMsPerArticle;
    private static final ToDoubleFunction<PipelinePhase.Rate> STEADY = PipelinePhase.Rate::steadyRate;

    private final BenchConfig config;

    StoriesCostPhase(final BenchConfig config) {
        this.config = config;
    }

    /**
     * Runs {@code config.storyRounds()} pairs (without, then with stories); returns the median rate with stories
     * over the median without. The bench's first pipeline is left out: it ran after other phases, in a JVM
     * that had done other work, which every round here shares.
     */
    double measure(final Workload workload) throws Exception {
        final List<PipelinePhase.Rate> with = new ArrayList<>();
        final List<PipelinePhase.Rate> without = new ArrayList<>();
        for (int round = 1; round <= config.storyRounds(); round++) {
            without.add(rate(workload, false, round));
            with.add(rate(workload, true, round));
        }
        final double ratio = median(with, RATE) / median(without, RATE);
        Report.say("stories' cost: pipeline with stories %s, without %s articles/s; median with / median without:"
                + " %.2f", rounded(with, RATE), rounded(without, RATE), ratio);
        Report.say("stories' cost in CPU: %s ms an article with stories, %s without; median without / median with:"
                + " %.2f", rounded(with, CPU), rounded(without, CPU), median(without, CPU) / median(with, CPU));
        // The whole round ends with the drain of its backlog, where the thread that also assigns stories
        // finishes last; the middle of the round is the rate both sides sustain while every thread has work.
        Report.say("stories' cost between the 10th and 90th percentile of arrivals: %s articles/s with stories, %s"
                + " without; median with / median without: %.2f", rounded(with, STEADY), rounded(without, STEADY),
                median(with, STEADY) / median(without, STEADY));
        return ratio;
    }

    private static List<String> rounded(final List<PipelinePhase.Rate> rates,
            final ToDoubleFunction<PipelinePhase.Rate> figure) {
        return rates.stream().map(r -> String.format(Locale.ROOT, "%.1f", figure.applyAsDouble(r))).toList();
    }

    private static double median(final List<PipelinePhase.Rate> rates,
            final ToDoubleFunction<PipelinePhase.Rate> figure) {
        return Percentiles.median(rates.stream().map(figure::applyAsDouble).toList());
    }

    private PipelinePhase.Rate rate(final Workload workload, final boolean stories, final int round)
            throws Exception {
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
            final PipelinePhase.Rate rate = PipelinePhase.measureWithCpu(load, workload, config.articles());
            Report.say("pipeline round %d, stories %s: %.1f articles/s, %.2f ms of CPU an article", round,
                    stories ? "on" : "off", rate.articlesPerSecond(), rate.cpuMsPerArticle());
            return rate;
        } finally {
            TempDirs.deleteRecursively(stateRoot);
        }
    }
}
