package io.newsflow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigLayers;
import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.config.Settings;
import io.newsflow.common.ops.OpsOptions;
import io.newsflow.common.service.ServiceRunner;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.sink.SinkConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchConfigTest {

    private static Settings settings(final String... args) {
        return ConfigLayers.load(BenchConfig.OPTIONS, args, Map.of()).settings();
    }

    @Test
    void optionsKeepTheirNamesOrderAndDefaults() {
        assertEquals(List.of("articles", "rate", "tokens", "seed", "concurrency", "seeds", "instances", "recovery",
                "story.rounds", EnrichConfig.COMMIT_INTERVAL, EnrichConfig.STORIES_ENABLED,
                SinkConfig.COMMIT_INTERVAL), BenchConfig.OPTIONS.stream().map(ConfigOption::key).toList());
        // The runner adds the log options once: --help lists --log-level a single time.
        assertEquals(1, ServiceRunner.options(BenchMain.BENCH).stream()
                .filter(o -> o.key().equals(OpsOptions.LOG_LEVEL_OPTION.key())).count());
        final BenchConfig defaults = BenchConfig.from(settings());
        assertEquals(2000, defaults.articles());
        assertEquals(0.0, defaults.rate());
        assertEquals(600, defaults.tokens());
        assertEquals(20201019, defaults.seed());
        assertEquals(32, defaults.concurrency());
        assertEquals("seeds", defaults.seedsDir());
        assertEquals(1, defaults.instances());
        assertEquals(true, defaults.recovery());
        final BenchConfig two = BenchConfig.from(settings("--instances", "2", "--recovery", "false"));
        assertEquals(2, two.instances());
        assertEquals(false, two.recovery());
        assertEquals(0, defaults.storyRounds());
        assertEquals(2, BenchConfig.from(settings("--story-rounds", "2")).storyRounds());
    }

    @Test
    void storyRoundsCompareWithStoriesAndSoNeedThem() {
        final ConfigException e = assertThrows(ConfigException.class,
                () -> BenchConfig.from(settings("--story-rounds", "1", "--enrich-stories-enabled", "false")));
        assertEquals(true, e.getMessage().contains("story.rounds"), e.getMessage());
        assertThrows(ConfigException.class, () -> BenchConfig.from(settings("--story-rounds", "11")));
    }

    @Test
    void readsTheGivenValues() {
        final BenchConfig config = BenchConfig.from(settings("--articles", "200", "--rate", "12.5", "--tokens", "80",
                "--seed", "7", "--concurrency", "4", "--seeds", ""));
        assertEquals(200, config.articles());
        assertEquals(12.5, config.rate());
        assertEquals(80, config.tokens());
        assertEquals(7, config.seed());
        assertEquals(4, config.concurrency());
    }

    @Test
    void wrongValuesFailBeforeAnyPhase() {
        assertThrows(ConfigException.class, () -> BenchConfig.from(settings("--articles", "5")));
        assertThrows(ConfigException.class, () -> BenchConfig.from(settings("--rate", "fast")));
        assertThrows(ConfigException.class, () -> BenchConfig.from(settings("--concurrency", "0")));
    }

    @Test
    void thePipelineGetsTheBenchsCommitIntervalsAndKafkaSettings() {
        final Settings bench = settings("--enrich-commit-interval", "250ms", "--sink-commit-interval", "2s",
                "--kafka.linger.ms", "7");
        final Settings pipeline = PipelineApp.settings(bench, "localhost:1234", Path.of("state"));
        assertEquals("localhost:1234", pipeline.get("bootstrap.servers"));
        assertEquals("250ms", pipeline.get(EnrichConfig.COMMIT_INTERVAL));
        assertEquals("2s", pipeline.get(SinkConfig.COMMIT_INTERVAL));
        assertEquals("7", pipeline.get("kafka.linger.ms"));
        assertEquals("0", pipeline.get(IngestConfig.HTTP_PORT));
        assertEquals(Path.of("state", "enrich").toString(), pipeline.get(EnrichConfig.STATE_DIR));
        assertEquals("newsflow-enrich-bench", pipeline.get(EnrichConfig.APPLICATION_ID));
    }

    @Test
    void storiesAreOnByDefaultAndNoStoriesSwitchesThemOffInThePipeline() {
        final Settings on = PipelineApp.settings(settings(), "localhost:1234", Path.of("state"));
        assertEquals("true", on.get(EnrichConfig.STORIES_ENABLED));
        final Settings off = PipelineApp.settings(settings(BenchMain.withoutStoriesFlag(new String[] {"--no-stories"})),
                "localhost:1234", Path.of("state"));
        assertEquals("false", off.get(EnrichConfig.STORIES_ENABLED));
    }
}
