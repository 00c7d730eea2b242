package io.newsflow.common.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigLayers;
import io.newsflow.common.config.ConfigOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsSettingsTest {

    @Test
    void theOwnSettingsOfAServiceCarryItsNameTheSharedOnesNone() {
        assertEquals(List.of("bootstrap.servers", "api.application.id", "api.state.dir", "partitions",
                "replication.factor", "min.insync.replicas", "api.stream.threads", "api.commit.interval"),
                StreamsSettings.options("api", null, false).stream().map(ConfigOption::key).toList());
        final List<ConfigOption> before = StreamsSettings.options("api", "k:1", true);
        assertEquals(List.of("application.id"), before.get(1).oldKeys());
        assertEquals("newsflow-api", before.get(1).defaultValue());
    }

    @Test
    void readFromTheLayersAndCheckedWithTheKeyInTheMessage() {
        final List<ConfigOption> options = StreamsSettings.options("api", "k:1", false);
        final StreamsSettings s = StreamsSettings.from("api", ConfigLayers.load(options,
                new String[] {"--api-stream-threads", "3", "--api-commit-interval", "1s"}, Map.of()).settings());
        assertEquals(3, s.streamThreads());
        assertEquals(Duration.ofSeconds(1), s.commitInterval());
        assertEquals("newsflow-api", s.applicationId());

        final ConfigException threads = assertThrows(ConfigException.class,
                () -> new StreamsSettings("api", "k:1", "app", Path.of("d"), 3, 0, Duration.ofSeconds(1)));
        assertTrue(threads.getMessage().startsWith("api.stream.threads must be between 1 and"), threads.getMessage());
        final ConfigException id = assertThrows(ConfigException.class,
                () -> new StreamsSettings("api", "k:1", "has space", Path.of("d"), 3, 1, Duration.ofSeconds(1)));
        assertTrue(id.getMessage().startsWith("api.application.id must be"), id.getMessage());
        final ConfigException servers = assertThrows(ConfigException.class,
                () -> new StreamsSettings("api", "k", "app", Path.of("d"), 3, 1, Duration.ofSeconds(1)));
        assertTrue(servers.getMessage().startsWith("bootstrap.servers must be HOST:PORT"), servers.getMessage());
    }

    @Test
    void everyStreamsServiceRunsExactlyOnceWithTheDeadLetterTopic() {
        final Properties props = new StreamsSettings("api", " k:1 ", "app", Path.of("d"), 3, 2, Duration.ofMillis(250))
                .properties();
        assertEquals("k:1", props.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG));
        assertEquals(StreamsConfig.EXACTLY_ONCE_V2, props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
        assertEquals("news.articles.dlq", props.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG));
        assertEquals(2, props.get(StreamsConfig.NUM_STREAM_THREADS_CONFIG));
        assertEquals(250L, props.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG));
    }
}
