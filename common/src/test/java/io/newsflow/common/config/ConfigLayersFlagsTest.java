package io.newsflow.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLayersFlagsTest {

    private static final List<ConfigOption> OPTIONS = List.of(
            new ConfigOption("bootstrap.servers", null, "Kafka"),
            new ConfigOption("http.port", "8080", "port"),
            new ConfigOption("send.timeout", "10s", "timeout"),
            new ConfigOption("dry.run", "false", "flag"),
            new ConfigOption("auth.token", "", "token"));

    @TempDir
    Path dir;

    @Test
    void eachLayerOverridesTheOneBefore() throws IOException {
        final Path file = dir.resolve("newsflow.properties");
        Files.writeString(file, "bootstrap.servers=file:9092\nhttp.port=1111\nsend.timeout=3s\nunknown.key=x\n");

        final Settings s = ConfigLayers.load(OPTIONS, new String[] {"--config", file.toString(), "--http-port=3333"},
                Map.of("NEWSFLOW_HTTP_PORT", "2222", "NEWSFLOW_SEND_TIMEOUT", "4s")).settings();

        assertEquals("file:9092", s.get("bootstrap.servers"));
        assertEquals(3333, s.getInt("http.port", 0, 65535));
        assertEquals(Duration.ofSeconds(4), s.getDuration("send.timeout"));
        assertEquals("false", s.get("dry.run"));
        assertEquals(null, s.get("unknown.key"));
        assertEquals(Map.of("bootstrap.servers", "file", "http.port", "flag", "send.timeout", "env",
                "dry.run", "default", "auth.token", "default"), s.sources());
    }

    @Test
    void theConfigFileCanComeFromTheEnvironment() throws IOException {
        final Path file = dir.resolve("env.properties");
        Files.writeString(file, "bootstrap.servers=from-env-file:9092\n");
        final Settings s = ConfigLayers.load(OPTIONS, new String[0], Map.of("NEWSFLOW_CONFIG", file.toString()))
                .settings();
        assertEquals("from-env-file:9092", s.require("bootstrap.servers"));
    }

    @Test
    void flagsPositionalsAndHelp() {
        final ConfigLayers.Parsed parsed = ConfigLayers.load(OPTIONS,
                new String[] {"files", "--dry-run", "--bootstrap-servers", "k:9092", "a.txt", "--", "--b.txt"},
                Map.of());
        assertEquals(List.of("files", "a.txt", "--b.txt"), parsed.positional());
        assertTrue(parsed.settings().getBoolean("dry.run"));
        assertFalse(parsed.helpRequested());
        assertTrue(ConfigLayers.load(OPTIONS, new String[] {"-h"}, Map.of()).helpRequested());
    }

    @Test
    void kafkaSettingsPassThroughFromEveryLayer() {
        final Settings s = ConfigLayers.load(OPTIONS, new String[] {"--kafka.linger.ms=5"},
                Map.of("NEWSFLOW_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")).settings();
        assertEquals("5", s.kafkaPassthrough().getProperty("linger.ms"));
        assertEquals("SASL_SSL", s.kafkaPassthrough().getProperty("security.protocol"));
        assertEquals(2, s.kafkaPassthrough().size());
    }

    @Test
    void mistakesAreConfigExceptionsThatNameTheSetting() {
        assertTrue(assertThrows(ConfigException.class,
                () -> ConfigLayers.load(OPTIONS, new String[] {"--htp-port", "1"}, Map.of())).getMessage()
                .contains("--htp-port"));
        assertThrows(ConfigException.class, () -> ConfigLayers.load(OPTIONS, new String[] {"--http-port"}, Map.of()));
        assertThrows(ConfigException.class, () -> ConfigLayers.load(OPTIONS,
                new String[] {"--config", dir.resolve("missing.properties").toString()}, Map.of()));
        final Settings s = ConfigLayers.load(OPTIONS, new String[] {"--http-port", "x", "--send-timeout", "soon"},
                Map.of()).settings();
        assertTrue(assertThrows(ConfigException.class, () -> s.getInt("http.port", 0, 65535)).getMessage()
                .contains("http.port"));
        assertTrue(assertThrows(ConfigException.class, () -> s.getDuration("send.timeout")).getMessage()
                .contains("send.timeout"));
        assertTrue(assertThrows(ConfigException.class, () -> s.require("bootstrap.servers")).getMessage()
                .contains("NEWSFLOW_BOOTSTRAP_SERVERS"));
    }

    @Test
    void durationsInEveryWrittenForm() {
        final Settings s = Settings.of(Map.of("a", "500ms", "b", "10s", "c", "5m", "d", "1h", "e", "PT10S", "f", "250"));
        assertEquals(Duration.ofMillis(500), s.getDuration("a"));
        assertEquals(Duration.ofSeconds(10), s.getDuration("b"));
        assertEquals(Duration.ofMinutes(5), s.getDuration("c"));
        assertEquals(Duration.ofHours(1), s.getDuration("d"));
        assertEquals(Duration.ofSeconds(10), s.getDuration("e"));
        assertEquals(Duration.ofMillis(250), s.getDuration("f"));
    }

    @Test
    void describeMasksSecrets() {
        final Settings s = ConfigLayers.load(OPTIONS, new String[] {"--auth-token", "hunter2",
                "--kafka.sasl.jaas.config=Login password=\"pw\";", "--bootstrap-servers", "k:9092"}, Map.of())
                .settings();
        final String text = s.describe();
        assertFalse(text.contains("hunter2"), text);
        assertFalse(text.contains("pw"), text);
        assertTrue(text.contains("auth.token=****"), text);
        assertTrue(text.contains("bootstrap.servers=k:9092"), text);
    }

    @Test
    void helpListsEveryOptionWithFlagAndEnvironmentName() {
        final String help = ConfigLayers.help("Usage: x", OPTIONS);
        assertTrue(help.startsWith("Usage: x"));
        assertTrue(help.contains("--bootstrap-servers VALUE"));
        assertTrue(help.contains("NEWSFLOW_SEND_TIMEOUT; default: 10s"));
        assertTrue(help.contains("NEWSFLOW_AUTH_TOKEN; default: (empty)"));
        assertTrue(help.contains("--config VALUE"));
    }
}
