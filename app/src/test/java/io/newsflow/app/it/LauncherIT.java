package io.newsflow.app.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.app.AppOptions;
import io.newsflow.app.NewsflowApp;
import io.newsflow.app.ServiceModule;
import io.newsflow.app.Services;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Enrichment;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Place;
import io.newsflow.common.article.TrackTag;
import io.newsflow.common.config.ConfigLayers;
import io.newsflow.common.config.Settings;
import io.newsflow.common.json.Json;
import io.newsflow.common.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** The all-in-one launcher against the shared broker: services started, printer lines, clean stop. */
class LauncherIT {

    @Test
    void printsEveryArticleThatLandsOnCurrentAndStopsWithinTenSeconds() throws Exception {
        final List<ServiceModule> modules = Services.all();
        final String[] args = {
            "--bootstrap-servers", KafkaCluster.bootstrapServers(),
            "--sink-application-id", "newsflow-sink-launcher-it",
            "--sink-state-dir", KafkaCluster.stateDir("launcher").toString(),
            "--sink-stream-threads", "1",
            "--seeds", "",
        };
        final Settings settings = ConfigLayers.load(AppOptions.all(modules), args, Map.of()).settings();
        final List<String> lines = new CopyOnWriteArrayList<>();
        final String id = KafkaCluster.uniqueId("launcher");

        final NewsflowApp app = NewsflowApp.start(settings, modules, lines::add);
        try (KafkaProducer<byte[], byte[]> producer = KafkaCluster.producer()) {
            producer.send(new ProducerRecord<>(Topics.ENRICHED.name(), bytes(id), Json.writeBytes(article(id))))
                    .get(30, TimeUnit.SECONDS);
            KafkaCluster.await("the line of " + id, () -> lines.contains("current id=" + id
                    + " people=[Ada Lovelace] places=[Geneva] tracks=[political]"));
            producer.send(new ProducerRecord<>(Topics.ENRICHED.name(), bytes(id), null)).get(30, TimeUnit.SECONDS);
            KafkaCluster.await("the retraction of " + id, () -> lines.contains("retracted id=" + id));
        } finally {
            final long at = System.nanoTime();
            app.close();
            final long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - at);
            assertTrue(tookMs < 10_000, "stopping took " + tookMs + " ms");
        }
    }

    private static EnrichedArticle article(final String id) {
        return new EnrichedArticle(id, null, "A title", "A body.", "example", null, "en", 1, null,
                List.of(new Entity("Ada Lovelace", List.of())), List.of(), List.of(Place.unresolved("Geneva", List.of())),
                List.of(), List.of(new TrackTag(TrackTag.POLITICAL, 1.0, List.of())), TrackTag.POLITICAL, true,
                new Enrichment(1, null, 0));
    }

    private static byte[] bytes(final String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
