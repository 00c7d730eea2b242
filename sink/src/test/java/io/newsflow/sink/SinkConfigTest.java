package io.newsflow.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigLayers;
import io.newsflow.common.deadletter.DeadLetterHandler;
import io.newsflow.common.topic.TopicAdmin;
import io.newsflow.common.topic.Topics;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class SinkConfigTest {

    @Test
    void defaultsAndPassthrough() {
        final SinkConfig cfg = SinkConfig.from(ConfigLayers.load(SinkConfig.OPTIONS,
                new String[] {"--bootstrap-servers", "broker:9092", "--kafka.security.protocol=SASL_SSL"},
                Map.of()).settings());

        assertEquals("newsflow-sink", cfg.applicationId());
        assertEquals(TopicAdmin.defaultPartitions(), cfg.partitions());
        assertEquals(Runtime.getRuntime().availableProcessors(), cfg.streamThreads());
        assertEquals(Duration.ofMillis(100), cfg.commitInterval());
        final Properties streams = SinkTopology.streamsConfig(cfg);
        assertEquals("SASL_SSL", streams.get("security.protocol"));
        assertEquals(StreamsConfig.EXACTLY_ONCE_V2, streams.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
        assertEquals(Topics.DLQ.name(), streams.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG));
        assertEquals(DeadLetterHandler.class.getName(), streams.get(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG));
        assertEquals(DeadLetterHandler.class.getName(), streams.get(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG));
    }

    @Test
    void environmentIsReadAndBadValuesNameTheSetting() {
        final SinkConfig cfg = SinkConfig.from(ConfigLayers.load(SinkConfig.OPTIONS, new String[0],
                Map.of("NEWSFLOW_BOOTSTRAP_SERVERS", "env:9092", "NEWSFLOW_SINK_STREAM_THREADS", "4")).settings());
        assertEquals("env:9092", cfg.bootstrapServers());
        assertEquals(4, cfg.streamThreads());

        final ConfigException e = assertThrows(ConfigException.class, () -> SinkConfig.from(ConfigLayers.load(
                SinkConfig.OPTIONS, new String[] {"--bootstrap-servers", "b:1", "--sink-stream-threads", "0"},
                Map.of()).settings()));
        assertTrue(e.getMessage().contains("sink.stream.threads"), e.getMessage());
        assertThrows(ConfigException.class, () -> SinkConfig.from(ConfigLayers.load(SinkConfig.OPTIONS,
                new String[0], Map.of()).settings()));
    }

    @Test
    void theClusterAndTheApplicationIdAreCheckedAsEnrichChecksThem() {
        final ConfigException servers = assertThrows(ConfigException.class, () -> SinkConfig.from(ConfigLayers.load(
                SinkConfig.OPTIONS, new String[] {"--bootstrap-servers", "broker"}, Map.of()).settings()));
        assertTrue(servers.getMessage().startsWith("bootstrap.servers must be HOST:PORT"), servers.getMessage());
        final ConfigException id = assertThrows(ConfigException.class, () -> SinkConfig.from(ConfigLayers.load(
                SinkConfig.OPTIONS, new String[] {"--bootstrap-servers", "b:1", "--sink-application-id", "a b"},
                Map.of()).settings()));
        assertTrue(id.getMessage().startsWith("sink.application.id must be"), id.getMessage());
    }
}
