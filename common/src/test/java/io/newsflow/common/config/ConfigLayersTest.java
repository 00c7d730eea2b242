package io.newsflow.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLayersTest {

    private static final List<ConfigOption> OPTIONS = List.of(
            new ConfigOption("bootstrap.servers", "localhost:9092", "Kafka brokers"),
            new ConfigOption("ops.port", "8081", "ops port"),
            new ConfigOption("state.dir", null, "Streams state directory"),
            new ConfigOption("dry.run", "false", "do nothing"));

    @TempDir
    Path dir;

    private Path file(final String text) throws Exception {
        final Path f = dir.resolve("newsflow.properties");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void defaultsThenFileThenEnvironmentThenFlags() throws Exception {
        final Path f = file("bootstrap.servers=file:9092\nops.port=9001\nstate.dir=/from/file\n");
        final Map<String, String> env = Map.of("NEWSFLOW_OPS_PORT", "9002", "NEWSFLOW_STATE_DIR", "/from/env");
        final Settings s = ConfigLayers.load(OPTIONS,
                new String[] {"--config", f.toString(), "--state-dir=/from/flag"}, env).settings();

        assertEquals("file:9092", s.get("bootstrap.servers"));
        assertEquals("file", s.sources().get("bootstrap.servers"));
        assertEquals(9002, s.getInt("ops.port", 0, 65535));
        assertEquals("env", s.sources().get("ops.port"));
        assertEquals("/from/flag", s.get("state.dir"));
        assertEquals("flag", s.sources().get("state.dir"));
        assertFalse(s.getBoolean("dry.run"));
        assertEquals("default", s.sources().get("dry.run"));
    }

    @Test
    void theConfigFileMayComeFromTheEnvironment() throws Exception {
        final Path f = file("bootstrap.servers=file:9092\n");
        final Settings s = ConfigLayers.load(OPTIONS, new String[0], Map.of("NEWSFLOW_CONFIG", f.toString())).settings();
        assertEquals("file:9092", s.get("bootstrap.servers"));
    }

    @Test
    void kafkaSettingsPassThroughInEveryLayerWithTheSamePrecedence() throws Exception {
        final Path f = file("kafka.security.protocol=SASL_SSL\nkafka.sasl.mechanism=PLAIN\nkafka.linger.ms=5\n");
        final Map<String, String> env = Map.of(
                "NEWSFLOW_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "NEWSFLOW_KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "OTHER_KAFKA_THING", "ignored");
        final Settings s = ConfigLayers.load(OPTIONS, new String[] {"--config", f.toString(),
                "--kafka.linger.ms=20", "--kafka.compression.type", "zstd"}, env).settings();

        final Properties kafka = s.kafkaPassthrough();
        assertEquals("SASL_SSL", kafka.getProperty("security.protocol"));
        assertEquals("SCRAM-SHA-512", kafka.getProperty("sasl.mechanism"));
        assertEquals("org.apache.kafka.common.security.scram.ScramLoginModule required;",
                kafka.getProperty("sasl.jaas.config"));
        assertEquals("20", kafka.getProperty("linger.ms"));
        assertEquals("zstd", kafka.getProperty("compression.type"));
        assertEquals(5, kafka.size(), kafka.toString());
    }

    @Test
    void flagsTakeSpaceOrEqualsAndABooleanFlagNeedsNoValue() {
        final ConfigLayers.Parsed p = ConfigLayers.load(OPTIONS,
                new String[] {"--bootstrap-servers", "a:1,b:2", "--dry-run", "--ops-port=0", "files", "seeds/"}, Map.of());
        assertEquals("a:1,b:2", p.settings().get("bootstrap.servers"));
        assertTrue(p.settings().getBoolean("dry.run"));
        assertEquals(0, p.settings().getInt("ops.port", 0, 65535));
        assertEquals(List.of("files", "seeds/"), p.positional());
        assertFalse(p.helpRequested());
        assertTrue(ConfigLayers.load(OPTIONS, new String[] {"--help"}, Map.of()).helpRequested());
    }

    @Test
    void badInputFailsWithAClearMessage() throws Exception {
        assertEquals("unknown option --bootstrap-server (see --help)", assertThrows(ConfigException.class,
                () -> ConfigLayers.load(OPTIONS, new String[] {"--bootstrap-server", "x"}, Map.of())).getMessage());
        assertEquals("option --state-dir needs a value (see --help)", assertThrows(ConfigException.class,
                () -> ConfigLayers.load(OPTIONS, new String[] {"--state-dir"}, Map.of())).getMessage());
        final Path missing = dir.resolve("nope.properties");
        assertEquals("config file not found: " + missing, assertThrows(ConfigException.class,
                () -> ConfigLayers.load(OPTIONS, new String[] {"--config", missing.toString()}, Map.of())).getMessage());

        final Settings s = ConfigLayers.load(OPTIONS, new String[0], Map.of("NEWSFLOW_OPS_PORT", "80a")).settings();
        assertEquals("ops.port must be a whole number, was '80a'",
                assertThrows(ConfigException.class, () -> s.getInt("ops.port", 0, 65535)).getMessage());
        final Settings high = ConfigLayers.load(OPTIONS, new String[] {"--ops-port", "70000"}, Map.of()).settings();
        assertEquals("ops.port must be between 0 and 65535, was 70000",
                assertThrows(ConfigException.class, () -> high.getInt("ops.port", 0, 65535)).getMessage());
        assertEquals("state.dir is required (flag --state-dir, env NEWSFLOW_STATE_DIR)",
                assertThrows(ConfigException.class, () -> s.require("state.dir")).getMessage());
    }

    @Test
    void helpListsEveryOptionWithItsDefaultAndEnvironmentName() {
        final String help = ConfigLayers.help("usage: java -jar enrich.jar [options]", OPTIONS);
        assertTrue(help.contains("--bootstrap-servers VALUE"), help);
        assertTrue(help.contains("env NEWSFLOW_BOOTSTRAP_SERVERS; default: localhost:9092"), help);
        assertTrue(help.contains("env NEWSFLOW_STATE_DIR; default: (none)"), help);
        assertTrue(help.contains("--config VALUE"), help);
        assertTrue(help.contains("kafka."), help);
    }
}
