package io.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigLayers;
import io.newsflow.common.config.Settings;
import io.newsflow.common.service.ServiceRunner;
import io.newsflow.common.topic.TopicAdmin;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnrichConfigTest {

    @Test
    void defaults() {
        final EnrichConfig cfg = EnrichConfig.from(Settings.of(Map.of()));
        assertEquals("127.0.0.1:9092", cfg.bootstrapServers());
        assertEquals("newsflow-enrich", cfg.applicationId());
        assertEquals(TopicAdmin.defaultPartitions(), cfg.partitions());
        assertEquals(Runtime.getRuntime().availableProcessors(), cfg.streamThreads());
        assertEquals(Duration.ofMillis(100), cfg.commitInterval());
        assertEquals(1024 * 1024, cfg.maxBodyBytes());
        assertEquals(Duration.ofSeconds(10), cfg.tagBudget());
        assertEquals(Duration.ofSeconds(60), cfg.transactionTimeout());
        assertEquals(io.newsflow.tagger.geo.GeoOptions.DEFAULT, cfg.places());
        assertTrue(cfg.kafka().isEmpty());
    }

    @Test
    void flagsEnvironmentAndPassthroughAreRead() {
        final ConfigLayers.Parsed parsed = ConfigLayers.load(EnrichConfig.OPTIONS,
                new String[] {"--bootstrap-servers", "broker-1:9093,broker-2:9093", "--enrich-stream-threads=2",
                    "--kafka.security.protocol=SASL_SSL"},
                Map.of("NEWSFLOW_PARTITIONS", "6", "NEWSFLOW_ENRICH_COMMIT_INTERVAL", "1s", "NEWSFLOW_MAX_BODY_BYTES", "2048",
                        "NEWSFLOW_ENRICH_PLACES_DEMONYMS", "true"));
        final EnrichConfig cfg = EnrichConfig.from(parsed.settings());
        assertEquals("broker-1:9093,broker-2:9093", cfg.bootstrapServers());
        assertEquals(2, cfg.streamThreads());
        assertEquals(6, cfg.partitions());
        assertEquals(Duration.ofSeconds(1), cfg.commitInterval());
        assertEquals(2048, cfg.maxBodyBytes());
        assertTrue(cfg.places().demonyms());
        assertEquals("SASL_SSL", cfg.kafka().getProperty("security.protocol"));
        assertTrue(!cfg.toString().contains("SASL_SSL"), "passthrough values may be secrets: only their keys are shown");
        assertTrue(parsed.deprecations().isEmpty(), parsed.deprecations().toString());
    }

    @Test
    void theNamesOfTheReleaseBeforeStillWorkWithAWarningNamingTheNewOne() {
        final ConfigLayers.Parsed parsed = ConfigLayers.load(EnrichConfig.OPTIONS,
                new String[] {"--application-id", "old-app", "--stream-threads=2", "--tag-budget", "5s"},
                Map.of("NEWSFLOW_PLACES_DEMONYMS", "true", "NEWSFLOW_STATE_DIR", "/tmp/old-state"));
        final EnrichConfig cfg = EnrichConfig.from(parsed.settings());
        assertEquals("old-app", cfg.applicationId());
        assertEquals(2, cfg.streamThreads());
        assertEquals(Duration.ofSeconds(5), cfg.tagBudget());
        assertTrue(cfg.places().demonyms());
        assertEquals(java.nio.file.Path.of("/tmp/old-state"), cfg.stateDir());
        assertEquals(java.util.List.of(
                "--application-id is deprecated and will be removed in the next release: use --enrich-application-id",
                "--stream-threads is deprecated and will be removed in the next release: use --enrich-stream-threads",
                "--tag-budget is deprecated and will be removed in the next release: use --enrich-tag-budget",
                "NEWSFLOW_STATE_DIR is deprecated and will be removed in the next release: use NEWSFLOW_ENRICH_STATE_DIR",
                "NEWSFLOW_PLACES_DEMONYMS is deprecated and will be removed in the next release: use "
                        + "NEWSFLOW_ENRICH_PLACES_DEMONYMS"), parsed.deprecations());
    }

    @Test
    void badSettingsAreConfigErrorsNamingTheSetting() {
        assertBad(Map.of("bootstrap.servers", " "), "bootstrap.servers");
        assertBad(Map.of("bootstrap.servers", "localhost"), "bootstrap.servers");
        assertBad(Map.of("enrich.application.id", "has spaces"), "enrich.application.id");
        assertBad(Map.of("partitions", "0"), "partitions");
        assertBad(Map.of("partitions", "three"), "partitions");
        assertBad(Map.of("enrich.stream.threads", "0"), "enrich.stream.threads");
        assertBad(Map.of("enrich.commit.interval", "soon"), "enrich.commit.interval");
        assertBad(Map.of("enrich.commit.interval", "0ms"), "enrich.commit.interval");
        assertBad(Map.of("max.body.bytes", "-1"), "max.body.bytes");
        assertBad(Map.of("enrich.tag.budget", "500ms"), "enrich.tag.budget");
        assertBad(Map.of("enrich.tag.budget", "3m"), "enrich.tag.budget");
        assertBad(Map.of("enrich.places.demonyms", "maybe"), "enrich.places.demonyms");
    }

    @Test
    void mainExitsWithTwoAndOneClearMessageOnBadConfig() {
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final int code = EnrichMain.run(new String[] {"--partitions", "zero"}, Map.of(), InputStream.nullInputStream(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ServiceRunner());
        assertEquals(2, code);
        assertEquals("enrich: partitions must be a whole number, was 'zero'", err.toString(StandardCharsets.UTF_8).strip());

        final ByteArrayOutputStream err2 = new ByteArrayOutputStream();
        assertEquals(2, EnrichMain.run(new String[] {"--no-such-option", "1"}, Map.of(), InputStream.nullInputStream(),
                System.out, new PrintStream(err2, true, StandardCharsets.UTF_8), new ServiceRunner()));
        assertTrue(err2.toString(StandardCharsets.UTF_8).contains("unknown option --no-such-option"));
    }

    @Test
    void helpListsEveryOption() {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, EnrichMain.run(new String[] {"--help"}, Map.of(), InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err, new ServiceRunner()));
        final String help = out.toString(StandardCharsets.UTF_8);
        EnrichConfig.OPTIONS.forEach(o -> assertTrue(help.contains(o.flag()), o.flag()));
        assertTrue(help.contains("tag --input"));
    }

    private static void assertBad(final Map<String, String> values, final String key) {
        final ConfigException e = assertThrows(ConfigException.class, () -> EnrichConfig.from(Settings.of(values)));
        assertTrue(e.getMessage().startsWith(key), e.getMessage());
    }
}
