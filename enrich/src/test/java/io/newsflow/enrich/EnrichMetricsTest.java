package io.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.RawArticle;
import io.newsflow.common.article.TrackTag;
import io.newsflow.common.config.Settings;
import io.newsflow.common.json.Json;
import io.newsflow.common.ops.Metrics;
import io.newsflow.common.topic.Topics;
import io.newsflow.tagger.Enricher;
import io.newsflow.tagger.geo.PlaceResolver;
import io.newsflow.tagger.ner.EntityTags;
import io.newsflow.tagger.tracks.TrackTags;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The enrich counters and latency histogram, as {@code /metrics} shows them, after records went through. */
class EnrichMetricsTest {

    @TempDir
    Path stateDir;

    private final Metrics metrics = Metrics.create("enrich");
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
        metrics.close();
    }

    private void start(final Enricher enricher) {
        final EnrichConfig cfg = EnrichConfig.from(Settings.of(Map.of(EnrichConfig.STATE_DIR, stateDir.toString())));
        final EnrichMeters meters = EnrichMeters.of(metrics);
        driver = new TopologyTestDriver(EnrichTopology.buildTopology(cfg, enricher, meters),
                EnrichTopology.streamsConfig(cfg, meters));
        raw = driver.createInputTopic(Topics.RAW.name(), new StringSerializer(), new ByteArraySerializer());
    }

    /** Tags nothing but a talk-track on every article, and throws on a body that says "poison". */
    private static Enricher stubEnricher() {
        return new Enricher((title, body) -> {
            if (body.contains("poison")) {
                throw new IllegalStateException("tagger cannot handle this text");
            }
            return EntityTags.NONE;
        }, PlaceResolver.unresolved(), (title, body) -> new TrackTags(
                List.of(new TrackTag(TrackTag.ECONOMIC, 0.8, List.of())), TrackTag.ECONOMIC, false),
                Clock.systemUTC());
    }

    @Test
    void enrichedArticlesAreCountedAndTimedAndDeadLettersCounted() {
        start(stubEnricher());
        raw.pipeInput("market-1", article("Markets close higher", "Shares rose on Friday."));
        raw.pipeInput("market-2", article("Bond yields fall", "Yields fell for a third day."));
        raw.pipeInput("broken-1", "{\"title\": \"half".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput("poison-1", article("A title", "A poison body."));
        raw.pipeInput("retracted-1", (byte[]) null);

        assertEquals(2.0, metrics.enriched().count(), "a retraction is not an enriched article");
        assertEquals(2, metrics.enrichDuration().count());
        assertTrue(metrics.enrichDuration().totalTime(TimeUnit.NANOSECONDS) > 0);
        assertEquals(2.0, metrics.dlq().count(), "bad JSON and a tagger failure");

        final String text = metrics.scrape();
        assertTrue(text.contains("newsflow_articles_enriched_total{service=\"enrich\"} 2.0"), text);
        assertTrue(text.contains("newsflow_dlq_total{service=\"enrich\"} 2.0"), text);
        assertTrue(text.contains("newsflow_enrich_duration_seconds_count{service=\"enrich\"} 2"), text);
        assertTrue(text.contains("newsflow_enrich_duration_seconds_bucket{service=\"enrich\",le=\""), text);
        assertTrue(text.contains("newsflow_enrich_duration_seconds_max{service=\"enrich\"}"), text);
    }

    @Test
    void articlesLeftUntaggedForTheirLanguageAreCounted() {
        start(stubEnricher());
        raw.pipeInput("fr-1", article("Les marchés reculent", "Les marchés européens ont reculé vendredi après"
                + " une semaine agitée, les investisseurs craignant une hausse des taux décidée par la banque"
                + " centrale lors de sa prochaine réunion, selon plusieurs analystes interrogés à Paris."));
        raw.pipeInput("en-1", article("Markets fall", "European markets fell on Friday after a turbulent week, as"
                + " investors feared a rise in interest rates at the central bank's next meeting, analysts said."));

        assertEquals(2.0, metrics.enriched().count(), "a skipped article is still enriched: it carries its language");
        assertTrue(metrics.scrape().contains("newsflow_articles_skipped_total{reason=\"language\",service=\"enrich\"} 1.0"),
                metrics.scrape());
    }

    @Test
    void theTopologyWithoutMetersStillWorks() {
        final EnrichConfig cfg = EnrichConfig.from(Settings.of(Map.of(EnrichConfig.STATE_DIR, stateDir.toString())));
        driver = new TopologyTestDriver(EnrichTopology.buildTopology(cfg, stubEnricher()),
                EnrichTopology.streamsConfig(cfg));
        raw = driver.createInputTopic(Topics.RAW.name(), new StringSerializer(), new ByteArraySerializer());
        raw.pipeInput("market-3", article("Oil steady", "Prices held."));
        raw.pipeInput("broken-2", new byte[0]);

        assertEquals("market-3", driver.createOutputTopic(Topics.ENRICHED.name(),
                Topics.ENRICHED.keySerde().deserializer(), Topics.ENRICHED.valueSerde().deserializer()).readRecord().key());
        assertEquals(0.0, metrics.enriched().count(), "meters of their own, not the service's");
    }

    private static byte[] article(final String title, final String body) {
        return Json.writeBytes(new RawArticle(null, null, title, body, "Newsflow Wire", "2026-11-20", "en", null, null));
    }
}
