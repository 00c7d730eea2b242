package io.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigLayers;
import io.newsflow.common.topic.TopicAdmin;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestConfigTest {

    private static IngestConfig load(final Map<String, String> env, final String... args) {
        return IngestConfig.from(ConfigLayers.load(IngestConfig.OPTIONS, args, env).settings());
    }

    @Test
    void defaults() {
        final IngestConfig cfg = load(Map.of(), "--bootstrap-servers", "broker-1:9092");

        assertEquals("broker-1:9092", cfg.bootstrapServers());
        assertEquals("127.0.0.1", cfg.httpHost());
        assertEquals(8080, cfg.httpPort());
        assertEquals(TopicAdmin.defaultPartitions(), cfg.partitions());
        assertEquals(1024 * 1024, cfg.maxBodyBytes());
        assertEquals(Duration.ofSeconds(10), cfg.sendTimeout());
        assertEquals(Duration.ofSeconds(30), cfg.idleTimeout());
        assertEquals("", cfg.authToken());
        assertFalse(cfg.authEnabled());
        assertTrue(cfg.kafka().isEmpty());
    }

    @Test
    void layersAndPassthrough() {
        final IngestConfig cfg = load(Map.of("NEWSFLOW_BOOTSTRAP_SERVERS", "env:9092", "NEWSFLOW_INGEST_HTTP_PORT", "0",
                "NEWSFLOW_KAFKA_SECURITY_PROTOCOL", "SASL_SSL"),
                "--ingest-send-timeout", "2500ms", "--ingest-http-idle-timeout=5s", "--partitions", "6",
                "--ingest-auth-token", "tok", "--kafka.linger.ms=20");

        assertEquals("env:9092", cfg.bootstrapServers());
        assertEquals(0, cfg.httpPort());
        assertEquals(6, cfg.partitions());
        assertEquals(Duration.ofMillis(2500), cfg.sendTimeout());
        assertEquals(Duration.ofSeconds(5), cfg.idleTimeout());
        assertTrue(cfg.authEnabled());
        assertEquals("SASL_SSL", cfg.kafka().getProperty("security.protocol"));
        assertEquals("20", cfg.kafka().getProperty("linger.ms"));
    }

    @Test
    void theNamesOfTheReleaseBeforeStillWorkWithAWarningNamingTheNewOne() {
        final ConfigLayers.Parsed parsed = ConfigLayers.load(IngestConfig.OPTIONS, new String[] {
            "--bootstrap-servers", "k:9092", "--send-timeout", "2500ms", "--raw-partitions", "6", "--auth-token", "tok",
            "--ingest-http-port", "81", "--http-port", "80"}, Map.of("NEWSFLOW_HTTP_HOST", "0.0.0.0"));
        final IngestConfig cfg = IngestConfig.from(parsed.settings());
        assertEquals(Duration.ofMillis(2500), cfg.sendTimeout());
        assertEquals(6, cfg.partitions());
        assertTrue(cfg.authEnabled());
        assertEquals("0.0.0.0", cfg.httpHost());
        assertEquals(81, cfg.httpPort(), "the new name wins over the old one");
        assertEquals(List.of(
                "--send-timeout is deprecated and will be removed in the next release: use --ingest-send-timeout",
                "--raw-partitions is deprecated and will be removed in the next release: use --partitions",
                "--auth-token is deprecated and will be removed in the next release: use --ingest-auth-token",
                "--http-port is deprecated and will be removed in the next release: use --ingest-http-port",
                "NEWSFLOW_HTTP_HOST is deprecated and will be removed in the next release: use "
                        + "NEWSFLOW_INGEST_HTTP_HOST"), parsed.deprecations());
    }

    @Test
    void failsFastWithTheSettingInTheMessage() {
        assertTrue(assertThrows(ConfigException.class, () -> load(Map.of())).getMessage()
                .contains("bootstrap.servers"));
        assertTrue(assertThrows(ConfigException.class, () -> load(Map.of(), "--bootstrap-servers", "k:9092",
                "--ingest-http-port", "70000")).getMessage().contains("ingest.http.port"));
        assertTrue(assertThrows(ConfigException.class, () -> load(Map.of(), "--bootstrap-servers", "k:9092",
                "--partitions", "0")).getMessage().contains("partitions"));
        assertTrue(assertThrows(ConfigException.class, () -> load(Map.of(), "--bootstrap-servers", "k:9092",
                "--ingest-send-timeout", "soon")).getMessage().contains("ingest.send.timeout"));
        assertTrue(assertThrows(ConfigException.class, () -> load(Map.of(), "--bootstrap-servers", "k:9092",
                "--ingest-send-timeout", "10ms")).getMessage().contains("ingest.send.timeout"));
        assertTrue(assertThrows(ConfigException.class, () -> load(Map.of(), "--bootstrap-servers", "localhost"))
                .getMessage().contains("bootstrap.servers must be HOST:PORT"));
        assertTrue(assertThrows(ConfigException.class, () -> load(Map.of(), "--bootstrap-servers", "k:9092",
                "--max-body-bytes", "-1")).getMessage().contains("max.body.bytes"));
    }

    @Test
    void neverPrintsTheTokenOrPassthroughSecrets() {
        final IngestConfig cfg = load(Map.of(), "--bootstrap-servers", "k:9092", "--ingest-auth-token", "hunter2-token",
                "--kafka.sasl.jaas.config=org.example.Login required password=\"pw-123\";");
        final String text = cfg.toString();
        assertFalse(text.contains("hunter2-token"), text);
        assertFalse(text.contains("pw-123"), text);
        assertTrue(text.contains("auth=on"), text);
    }
}
