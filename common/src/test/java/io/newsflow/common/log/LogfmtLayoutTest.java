package io.newsflow.common.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MarkerFactory;

class LogfmtLayoutTest {

    private static final String TS = "ts=\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    @BeforeEach
    void init() {
        assertTrue(Logging.init("enrich"), "Logback is the provider SLF4J bound");
        Logging.setLevels(LogLevels.defaults());
    }

    @AfterEach
    void resetLevels() {
        Logging.setLevels(LogLevels.defaults());
    }

    @Test
    void aStructuredMessageBecomesOneTimestampedLogfmtLine() {
        final Logger log = LoggerFactory.getLogger("io.newsflow.enrich.EnrichProcessor");
        try (StdErrCapture err = new StdErrCapture()) {
            log.info("event=enriched id={} people={} places={} tracks={} tookMs={}", "un-libya-1", 3, 6, "military", 12);
            final List<String> lines = err.lines();
            assertEquals(1, lines.size(), lines.toString());
            assertTrue(lines.get(0).matches(TS + " level=INFO service=enrich event=enriched id=un-libya-1"
                    + " people=3 places=6 tracks=military tookMs=12"), lines.get(0));
        }
    }

    @Test
    void freeTextIsQuotedUnderMsgWithTheLoggerName() {
        final Logger log = LoggerFactory.getLogger("io.newsflow.enrich.EnrichMain");
        try (StdErrCapture err = new StdErrCapture()) {
            log.warn("Broker at {} is \"slow\"", "kafka:29092");
            final String line = err.lines().get(0);
            assertTrue(line.matches(TS + " level=WARN service=enrich logger=io.newsflow.enrich.EnrichMain"
                    + " msg=\"Broker at kafka:29092 is \\\\\"slow\\\\\"\""), line);
        }
    }

    @Test
    void kafkaIsQuietAtInfoUntilAsked() {
        final Logger kafka = LoggerFactory.getLogger("org.apache.kafka.clients.NetworkClient");
        try (StdErrCapture err = new StdErrCapture()) {
            kafka.info("Node -1 disconnected.");
            assertEquals(List.of(), err.lines());
            kafka.warn("Connection to node -1 could not be established.");
            assertEquals(1, err.lines().size());
            assertTrue(err.lines().get(0).contains(" level=WARN service=enrich logger=org.apache.kafka.clients.NetworkClient"
                    + " msg=\"Connection to node -1 could not be established.\""), err.text());
        }
        Logging.setLevels("info,org.apache.kafka=info");
        try (StdErrCapture err = new StdErrCapture()) {
            kafka.info("Node -1 disconnected.");
            assertEquals(1, err.lines().size(), "a level set after the logger existed reaches it");
        }
    }

    @Test
    void debugLinesAppearOnlyWhenAsked() {
        final Logger log = LoggerFactory.getLogger("io.newsflow.enrich.Enricher");
        try (StdErrCapture err = new StdErrCapture()) {
            log.debug("event=article id=a1");
            assertEquals(List.of(), err.lines());
            Logging.setLevels("debug");
            assertTrue(log.isDebugEnabled());
            log.debug("event=article id=a1");
            assertTrue(err.lines().get(0).endsWith("level=DEBUG service=enrich event=article id=a1"), err.text());
        }
    }

    @Test
    void aLineBreakInAMessageNeverSplitsTheEvent() {
        final Logger log = LoggerFactory.getLogger("io.newsflow.ingest.Intake");
        try (StdErrCapture err = new StdErrCapture()) {
            log.info("event=odd value=a\nb");
            log.info("first line\nsecond line");
            final List<String> lines = err.lines();
            assertEquals(2, lines.size(), err.text());
            assertTrue(lines.get(0).endsWith("event=odd value=a\\nb"), lines.get(0));
            assertTrue(lines.get(1).endsWith("msg=\"first line\\nsecond line\""), lines.get(1));
        }
    }

    @Test
    void anExceptionIsNamedOnTheLineAndItsTraceFollows() {
        final Logger log = LoggerFactory.getLogger("io.newsflow.sink.Sink");
        try (StdErrCapture err = new StdErrCapture()) {
            log.error("event=write.failed id={}", "a1", new IllegalStateException("broker gone"));
            final List<String> lines = err.lines();
            assertTrue(lines.get(0).endsWith("level=ERROR service=enrich event=write.failed id=a1"
                    + " error=\"java.lang.IllegalStateException: broker gone\""), lines.get(0));
            assertTrue(lines.get(1).startsWith("java.lang.IllegalStateException: broker gone"), err.text());
            assertTrue(lines.get(2).strip().startsWith("at "), err.text());
        }
    }

    @Test
    void fluentKeyValuesAndMarkersArePairs() {
        final Logger log = LoggerFactory.getLogger("io.newsflow.ingest.Intake");
        try (StdErrCapture err = new StdErrCapture()) {
            log.atWarn().setMessage("event=rejected").addKeyValue("id", "a 1").addKeyValue("reason", "no title")
                    .addMarker(MarkerFactory.getMarker("AUDIT")).log();
            final String line = err.lines().get(0);
            assertTrue(line.endsWith("level=WARN service=enrich event=rejected id=\"a 1\" reason=\"no title\""
                    + " marker=AUDIT"), line);
        }
    }

    @Test
    void logbackLevelsAgreeWithTheSpecForEveryKindOfName() {
        final String spec = "info,org.apache=debug,io.newsflow.enrich=trace,org.eclipse.jetty.server=error";
        Logging.setLevels(spec);
        final LogLevels levels = LogLevels.parse(spec);
        for (String name : List.of("io.newsflow.sink.SinkMain", "io.newsflow.enrich.Enricher",
                "org.apache.kafka.clients.NetworkClient", "kafka.server.KafkaRaftServer", "org.eclipse.jetty.server.Server", "org.eclipse.jetty.io.Connection",
                "state.change.logger", "kafkaesque.Thing")) {
            final ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(name);
            assertEquals(org.slf4j.event.Level.intToLevel(levels.levelOf(name)).name(),
                    logger.getEffectiveLevel().toString(), name);
        }
        Logging.setLevels("warn");
        assertEquals(ch.qos.logback.classic.Level.WARN,
                ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.apache.kafka.X")).getEffectiveLevel(),
                "a name set by the spec before is reset by the next one");
    }
}
