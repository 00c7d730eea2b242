package io.newsflow.bench;

import io.newsflow.app.AppOptions;
import io.newsflow.app.NewsflowApp;
import io.newsflow.app.ServiceModule;
import io.newsflow.app.Services;
import io.newsflow.common.config.ConfigLayers;
import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.config.Settings;
import io.newsflow.common.service.ManagedService;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.ingest.IngestService;
import io.newsflow.sink.SinkConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The whole pipeline the bench drives: the all-in-one launcher's services, set up and reached as a user would. */
final class PipelineApp {

    /** enrich's consumer group in the bench. */
    static final String ENRICH_APPLICATION_ID = "newsflow-enrich-bench";

    private PipelineApp() {
    }

    /** The pipeline's settings: its defaults but for what the bench sets, and the given kafka.* settings. */
    static Settings settings(final Settings bench, final String bootstrap, final Path stateRoot) {
        final List<String> args = new ArrayList<>(List.of(
            "--bootstrap-servers", bootstrap,
            "--enrich-application-id", ENRICH_APPLICATION_ID,
            "--enrich-state-dir", stateRoot.resolve("enrich").toString(),
            "--sink-application-id", "newsflow-sink-bench",
            "--sink-state-dir", stateRoot.resolve("sink").toString(),
            "--ingest-http-port", "0",
            "--seeds", "",
            ConfigOption.flag(EnrichConfig.COMMIT_INTERVAL), bench.get(EnrichConfig.COMMIT_INTERVAL),
            ConfigOption.flag(EnrichConfig.STORIES_ENABLED), bench.get(EnrichConfig.STORIES_ENABLED),
            ConfigOption.flag(SinkConfig.COMMIT_INTERVAL), bench.get(SinkConfig.COMMIT_INTERVAL)));
        bench.kafkaPassthrough()
                .forEach((k, v) -> args.addAll(List.of(ConfigOption.flag(Settings.KAFKA_PREFIX + k), (String) v)));
        final List<ServiceModule<?>> modules = Services.all();
        return ConfigLayers.load(AppOptions.all(modules), args.toArray(String[]::new), Map.of()).settings();
    }

    static void awaitReady(final NewsflowApp app) {
        for (ManagedService s : app.services()) {
            Await.until(s.name() + " to be ready", () -> s.health().ready());
        }
    }

    /** Where the intake takes articles: {@code POST /articles} on the port it bound. */
    static URI articlesUri(final NewsflowApp app) {
        final int port = app.services().stream().filter(IngestService.class::isInstance)
                .map(IngestService.class::cast).findFirst().orElseThrow().port();
        return URI.create("http://127.0.0.1:" + port + "/articles");
    }
}
