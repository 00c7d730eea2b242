package io.newsflow.bench;

import io.newsflow.app.NewsflowApp;
import io.newsflow.app.Services;
import io.newsflow.app.broker.EmbeddedKafkaBroker;
import io.newsflow.common.config.Settings;
import io.newsflow.common.topic.TopicAdmin;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code bench.jar}: how fast newsflow is on this machine, every figure measured in the same
 * run on embedded brokers. The tagger alone (the enricher called from as many threads as there are
 * processors, no Kafka); the enrich topology with tagging switched off (the Kafka ceiling); the whole
 * pipeline from HTTP intake to {@code news.articles.current}; end-to-end latency at a fixed rate; the
 * peak heap of the JVM, which holds the broker and every service. Each phase is a class of its own; this
 * one runs them in order, the order in which the article generator is asked for articles included.
 */
public final class Bench {

    private final int processors = Runtime.getRuntime().availableProcessors();
    private final BenchConfig config;

    private Bench(final BenchConfig config) {
        this.config = config;
    }

    /** Runs every phase, printing a line per figure and the summary last. */
    public static BenchResult run(final Settings settings) throws Exception {
        return new Bench(BenchConfig.from(settings)).measure();
    }

    private BenchResult measure() throws Exception {
        final int n = config.articles();
        final Workload workload = Workload.of(config);
        Report.say("machine: %d processors, max heap %d MB; %d partitions and %d stream threads (the defaults); %d"
                + " articles of ~%d tokens per run + %d seed article(s)", processors, HeapProbe.maxMb(),
                TopicAdmin.defaultPartitions(), processors, n, config.tokens(), workload.seedCount());

        final TaggerPhase.Rate tagger = new TaggerPhase(processors).measure(workload, workload.articles("tag", n));
        final double passthrough = new PassthroughPhase(processors).measure(workload.articles("pass", n));

        final Path stateRoot = Files.createTempDirectory("newsflow-bench-");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().port(0).build().start();
                NewsflowApp app = NewsflowApp.start(
                        PipelineApp.settings(config.settings(), broker.bootstrapServers(), stateRoot),
                        Services.all())) {
            PipelineApp.awaitReady(app);
            try (CurrentWatcher watcher = new CurrentWatcher(broker.bootstrapServers())) {
                final HttpLoad load = new HttpLoad(PipelineApp.articlesUri(app), watcher, config.concurrency());
                final double pipeline = PipelinePhase.measure(load, workload, n);
                Report.say("ratio pipeline/tagger alone: %.2f", pipeline / tagger.articles());
                final LatencyPhase.Latency latency = LatencyPhase.measure(load, workload, config, pipeline);
                final long heapMb = HeapProbe.report();
                final BenchResult result = new BenchResult(pipeline, tagger.articles(), tagger.tokens(), passthrough,
                        latency.p50Ms(), latency.p99Ms(), heapMb, latency.rate());
                System.out.println(result.summary());
                return result;
            }
        } finally {
            TempDirs.deleteRecursively(stateRoot);
        }
    }
}
