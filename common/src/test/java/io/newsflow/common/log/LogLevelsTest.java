package io.newsflow.common.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

class LogLevelsTest {

    private static final int TRACE = Level.TRACE.toInt();
    private static final int DEBUG = Level.DEBUG.toInt();
    private static final int INFO = Level.INFO.toInt();
    private static final int WARN = Level.WARN.toInt();
    private static final int ERROR = Level.ERROR.toInt();

    @Test
    void defaultsKeepNewsflowAtInfoAndKafkaAndJettyAtWarn() {
        final LogLevels levels = LogLevels.defaults();
        assertEquals(INFO, levels.levelOf("io.newsflow.enrich.EnrichMain"));
        assertEquals(WARN, levels.levelOf("org.apache.kafka.clients.NetworkClient"));
        assertEquals(WARN, levels.levelOf("kafka.server.KafkaRaftServer"));
        assertEquals(WARN, levels.levelOf("state.change.logger"));
        assertEquals(WARN, levels.levelOf("org.eclipse.jetty.server.Server"));
        assertEquals(INFO, levels.levelOf("kafkaesque.Thing"), "a prefix only counts at a dot");
    }

    @Test
    void aBareLevelMovesNewsflowButKafkaStaysQuietUnlessNamed() {
        final LogLevels debug = LogLevels.parse("DEBUG");
        assertEquals(DEBUG, debug.levelOf("io.newsflow.ingest.Intake"));
        assertEquals(WARN, debug.levelOf("org.apache.kafka.streams.KafkaStreams"));

        final LogLevels error = LogLevels.parse("error");
        assertEquals(ERROR, error.levelOf("org.apache.kafka.streams.KafkaStreams"), "quieter root wins");

        final LogLevels named = LogLevels.parse(" info , org.apache.kafka=debug, io.newsflow.enrich=trace ");
        assertEquals(DEBUG, named.levelOf("org.apache.kafka.clients.consumer.KafkaConsumer"));
        assertEquals(TRACE, named.levelOf("io.newsflow.enrich.Enricher"));
        assertEquals(INFO, named.levelOf("io.newsflow.sink.SinkMain"));
    }

    @Test
    void theLongestNamedPrefixWins() {
        final LogLevels levels = LogLevels.parse("org.apache.kafka=info,org.apache.kafka.clients=error");
        assertEquals(ERROR, levels.levelOf("org.apache.kafka.clients.NetworkClient"));
        assertEquals(INFO, levels.levelOf("org.apache.kafka.streams.KafkaStreams"));
    }

    @Test
    void aNamedLoggerAboveAQuietFamilyGovernsIt() {
        final LogLevels levels = LogLevels.parse("info,org.apache=debug");
        assertEquals(DEBUG, levels.levelOf("org.apache.kafka.streams.KafkaStreams"));
        assertEquals(WARN, levels.levelOf("kafka.server.KafkaRaftServer"), "other quiet families stay quiet");
    }

    @Test
    void offSilencesEverything() {
        assertTrue(LogLevels.parse("off").levelOf("io.newsflow.X") > ERROR);
    }

    @Test
    void aBadSpecFailsWithAMessageSayingWhatIsAccepted() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LogLevels.parse("info,org.apache.kafka=loud"));
        assertTrue(e.getMessage().contains("log.level: unknown level 'loud'"), e.getMessage());
        assertTrue(e.getMessage().contains("trace, debug, info, warn, error or off"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LogLevels.parse("=debug"));
    }
}
