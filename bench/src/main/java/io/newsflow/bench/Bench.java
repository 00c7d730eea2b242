package io.newsflow.bench;

import io.newsflow.app.NewsflowApp;
import io.newsflow.app.Services;
import io.newsflow.app.broker.EmbeddedKafkaBroker;
import io.newsflow.common.config.Settings;
import io.newsflow.common.topic.TopicAdmin;
import io.newsflow.enrich.EnrichConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bench.jar}: how fast newsflow is on this machine, every figure measured in the same
 * run on embedded brokers. The tagger alone (the enricher called from as many threads as there are
 * processors, no Kafka); the enrich topology with tagging switched off (the Kafka ceiling); the whole
 * pipeline from HTTP intake to {@code news.articles.current} (with {@code --instances} enrich instances);
 * end-to-end latency at a fixed rate; the peak heap of the JVM, which holds the broker and every service;
 * then the recovery from a SIGKILL of enrich running in a JVM of its own. Each phase is a class of its own; this
 * one runs them in order, the order in which the article generator is asked for articles included.
 */
public final class Bench {

    private final int processors = Runtime.getRuntime().availableProcessors();
    private final BenchConfig config;

    private Bench(final BenchConfig config) {
        this.config = config;
    }

    /** Whether enrich assigns stories in every phase ({@code --enrich-stories-enabled}, {@code --no-stories}). */
    private boolean stories() {
        return config.settings().getBoolean(EnrichConfig.STORIES_ENABLED);
    }

    /** Runs every phase, printing a line per figure and the summary last. */
    public static BenchResult run(final Settings settings) throws Exception {
        return new Bench(BenchConfig.from(settings)).measure();
    }

    private BenchResult measure() throws Exception {
        HeapProbe.watch();
        final int n = config.articles();
        final Workload workload = Workload.of(config);
        Report.say("machine: %d processors, max heap %d MB; %d partitions and %d stream threads (the defaults); %d"
                + " articles of ~%d tokens per run + %d seed article(s); stories %s", processors, HeapProbe.maxMb(),
                TopicAdmin.defaultPartitions(), processors, n, config.tokens(), workload.seedCount(),
                stories() ? "on" : "off");

        final TaggerPhase.Rate tagger = new TaggerPhase(processors).measure(workload, workload.articles("tag", n));
        final double passthrough = new PassthroughPhase(processors, stories()).measure(workload.articles("pass", n));

        final Path stateRoot = Files.createTempDirectory("newsflow-bench-");
        // Each watcher of news.articles.current starts after the services: a consumer that came first would
        // have the broker create the topic uncompacted, which the services refuse.
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().port(0).build().start()) {
            BenchResult result = pipeline(broker.bootstrapServers(), stateRoot, workload, tagger, passthrough);
            if (config.storyRounds() > 0) {
                result = result.withStoriesRatio(new StoriesCostPhase(config).measure(workload));
            }
            if (config.recovery()) {
                result = result.withRecovery(recovery(broker.bootstrapServers(), stateRoot, workload, tagger));
            }
            System.out.println(result.summary());
            return result;
        } finally {
            TempDirs.deleteRecursively(stateRoot);
        }
    }

    /** The whole pipeline in this JVM, with {@code --instances} enrich instances: rate, latency, heap. */
    private BenchResult pipeline(final String bootstrap, final Path stateRoot, final Workload workload, final TaggerPhase.Rate tagger, final double passthrough) throws Exception {
        final List<NewsflowApp> more = new ArrayList<>();
        try (NewsflowApp app = NewsflowApp.start(PipelineApp.settings(config.settings(), bootstrap, stateRoot),
                Services.named(List.of("ingest", "enrich", "sink"))); CurrentWatcher watcher = new CurrentWatcher(bootstrap)) {
            for (int i = 2; i <= config.instances(); i++) {
                // One more enrich in the same group: its own state directory, like an instance on another host.
                more.add(NewsflowApp.start(PipelineApp.settings(config.settings(), bootstrap,
                        stateRoot.resolve("instance-" + i)), Services.named(List.of("enrich"))));
            }
            PipelineApp.awaitReady(app);
            more.forEach(PipelineApp::awaitReady);
            final HttpLoad load = new HttpLoad(PipelineApp.articlesUri(app), watcher, config.concurrency());
            final double pipeline = PipelinePhase.measure(load, workload, config.articles());
            Report.say("ratio pipeline/tagger alone: %.2f (%d enrich instance(s))", pipeline / tagger.articles(),
                    config.instances());
            final LatencyPhase.Latency latency = LatencyPhase.measure(load, workload, config, pipeline);
            final long heapMb = HeapProbe.report();
            return new BenchResult(pipeline, tagger.articles(), tagger.tokens(), passthrough, latency.p50Ms(),
                    latency.p99Ms(), heapMb, latency.rate(), config.instances(), Double.NaN);
        } finally {
            for (NewsflowApp app : more) {
                app.close();
            }
        }
    }

    /** Kill and restart of enrich in a JVM of its own, sink in this one; the pipeline above is stopped. */
    private double recovery(final String bootstrap, final Path stateRoot, final Workload workload,
            final TaggerPhase.Rate tagger) throws Exception {
        try (NewsflowApp sink = NewsflowApp.start(PipelineApp.settings(config.settings(), bootstrap, stateRoot),
                Services.named(List.of("sink"))); CurrentWatcher watcher = new CurrentWatcher(bootstrap)) {
            PipelineApp.awaitReady(sink);
            return new RecoveryPhase(bootstrap, stateRoot, stories())
                    .measure(workload.generated("recover", config.articles()), watcher, tagger.articles()).recoverS();
        }
    }
}
