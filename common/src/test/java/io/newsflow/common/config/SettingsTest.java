package io.newsflow.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void durationsInEveryAcceptedForm() {
        final Settings s = Settings.of(Map.of("a", "500ms", "b", "10s", "c", "5m", "d", "1h", "e", "PT2S",
                "f", "0", "g", "250", "h", " 30 s ", "i", "2d"));
        assertEquals(Duration.ofMillis(500), s.getDuration("a"));
        assertEquals(Duration.ofSeconds(10), s.getDuration("b"));
        assertEquals(Duration.ofMinutes(5), s.getDuration("c"));
        assertEquals(Duration.ofHours(1), s.getDuration("d"));
        assertEquals(Duration.ofSeconds(2), s.getDuration("e"));
        assertEquals(Duration.ZERO, s.getDuration("f"));
        assertEquals(Duration.ofMillis(250), s.getDuration("g"));
        assertEquals(Duration.ofSeconds(30), s.getDuration("h"));
        assertEquals(Duration.ofDays(2), s.getDuration("i"));
    }

    @Test
    void aBadDurationOrBooleanNamesTheSettingAndTheValue() {
        final Settings s = Settings.of(Map.of("summary.interval", "soon", "x", "10 parsecs", "dry.run", "maybe"));
        assertEquals("summary.interval must be a duration such as 500ms, 10s, 5m, 1h or PT10S, was 'soon'",
                assertThrows(ConfigException.class, () -> s.getDuration("summary.interval")).getMessage());
        assertThrows(ConfigException.class, () -> s.getDuration("x"));
        assertEquals("dry.run must be true or false, was 'maybe'",
                assertThrows(ConfigException.class, () -> s.getBoolean("dry.run")).getMessage());
        assertThrows(ConfigException.class, () -> s.getLong("dry.run", 0, 10));
    }

    @Test
    void describeMasksSecretsAndQuotesValuesAsLogfmt() {
        final Settings s = Settings.of(Map.of(
                "bootstrap.servers", "kafka:29092",
                "kafka.sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required"
                        + " username=\"newsflow\" password=\"hunter2\";",
                "kafka.ssl.keystore.password", "changeit",
                "kafka.ssl.key.password", "changeit",
                "kafka.sasl.oauthbearer.client.credentials.client.secret", "s3cr3t",
                "kafka.basic.auth.user.info", "user:pw",
                "api.token", "abc",
                "intake.title", "News of the day",
                "empty", ""));
        final String line = s.describe();
        assertFalse(line.contains("hunter2"), line);
        assertFalse(line.contains("changeit"), line);
        assertFalse(line.contains("s3cr3t"), line);
        assertFalse(line.contains("user:pw"), line);
        assertFalse(line.contains("abc"), line);
        assertTrue(line.contains("kafka.sasl.jaas.config=****"), line);
        assertTrue(line.contains("bootstrap.servers=kafka:29092"), line);
        assertTrue(line.contains("intake.title=\"News of the day\""), line);
        assertTrue(line.contains("empty=\"\""), line);
        assertTrue(line.startsWith("api.token=****"), "sorted by key: " + line);
    }

    @Test
    void onlyKafkaPrefixedKeysPassThroughWithThePrefixRemoved() {
        final Settings s = Settings.of(Map.of("kafka.acks", "all", "kafka.", "x", "bootstrap.servers", "b:1"));
        assertEquals(Map.of("acks", "all"), Map.copyOf(s.kafkaPassthrough()));
    }
}
