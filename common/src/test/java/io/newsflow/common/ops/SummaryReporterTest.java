package io.newsflow.common.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.newsflow.common.log.Logging;
import io.newsflow.common.log.StdErrCapture;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SummaryReporterTest {

    private final AtomicLong nanos = new AtomicLong();
    private Metrics metrics;

    @BeforeEach
    void setUp() {
        Logging.init("enrich");
        metrics = Metrics.create("enrich");
    }

    @AfterEach
    void tearDown() {
        metrics.close();
    }

    @Test
    void theLineHasCountsSinceStartAndSinceLastRateDlqLagAndPercentiles() {
        final Counter enriched = metrics.enriched();
        final Timer took = metrics.enrichDuration();
        final AtomicLong lag = new AtomicLong(12);
        final SummaryReporter summary = SummaryReporter.builder("enrich")
                .count("enriched", enriched)
                .dlq(metrics.dlq())
                .lag(lag::get)
                .latency(took)
                .nanoClock(nanos::get)
                .build();

        enriched.increment(30);
        for (int i = 1; i <= 100; i++) {
            took.record(Duration.ofMillis(i));
        }
        metrics.dlq().increment();
        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        final String first = summary.reportNow();
        assertTrue(first.startsWith("event=summary enriched=30 enrichedSinceLast=30 ratePerSec=3 intervalS=10"
                + " dlq=1 dlqSinceLast=1 lag=12 p50Ms="), first);
        assertFalse(first.contains("component="), "the process is enrich itself: " + first);
        final double p50 = number(first, "p50Ms");
        final double p99 = number(first, "p99Ms");
        assertTrue(p50 > 40 && p50 < 60, first);
        assertTrue(p99 > 90 && p99 < 110, first);

        enriched.increment(15);
        lag.set(0);
        nanos.addAndGet(Duration.ofSeconds(30).toNanos());
        final String second = summary.reportNow();
        assertTrue(second.startsWith("event=summary enriched=45 enrichedSinceLast=15 ratePerSec=0.5 intervalS=30"
                + " dlq=1 dlqSinceLast=0 lag=0"), second);
    }

    @Test
    void theLineIsLoggedAtInfoWithTheService() {
        final SummaryReporter summary = SummaryReporter.builder("enrich").count("enriched", metrics.enriched())
                .nanoClock(nanos::get).build();
        nanos.addAndGet(1_000_000_000L);
        try (StdErrCapture err = new StdErrCapture()) {
            summary.reportNow();
            assertTrue(err.text().matches("(?s)ts=\\S+ level=INFO service=enrich event=summary enriched=0"
                    + " enrichedSinceLast=0 ratePerSec=0 intervalS=1\\R"), err.text());
        }
    }

    @Test
    void inTheAllInOneProcessEachLineNamesItsComponentAndLagMayBeUnknown() {
        Logging.init("newsflow");
        try {
            final SummaryReporter summary = SummaryReporter.builder("ingest")
                    .count("ingested", metrics.ingested())
                    .count("rejected", metrics.total(Metrics.ARTICLES_REJECTED))
                    .lag(() -> Double.NaN)
                    .nanoClock(nanos::get).build();
            metrics.ingested().increment(4);
            metrics.rejected("no_text").increment();
            metrics.rejected("too_large").increment(2);
            nanos.addAndGet(2_000_000_000L);
            assertEquals("event=summary component=ingest ingested=4 ingestedSinceLast=4 ratePerSec=2"
                    + " rejected=3 rejectedSinceLast=3 intervalS=2 lag=unknown", summary.reportNow());
        } finally {
            Logging.init("enrich");
        }
    }

    @Test
    void scheduledSummariesRunOnADaemonThreadUntilClosedAndCloseLogsALastOne() throws Exception {
        final AtomicLong reads = new AtomicLong();
        final CountDownLatch three = new CountDownLatch(3);
        final AtomicReference<CountDownLatch> afterClose = new AtomicReference<>();
        final AtomicReference<Boolean> scheduledOnDaemon = new AtomicReference<>();
        final SummaryReporter summary = SummaryReporter.builder("sink")
                .count("stored", () -> {
                    if (three.getCount() > 0) {
                        scheduledOnDaemon.compareAndSet(null, Thread.currentThread().isDaemon());
                    }
                    three.countDown();
                    final CountDownLatch late = afterClose.get();
                    if (late != null) {
                        late.countDown();
                    }
                    return reads.incrementAndGet();
                })
                .interval(Duration.ofMillis(20))
                .build()
                .start();
        assertTrue(three.await(10, TimeUnit.SECONDS), "three scheduled summaries, saw " + reads.get());
        assertEquals(Boolean.TRUE, scheduledOnDaemon.get());
        final long before = reads.get();
        summary.close();
        assertTrue(reads.get() >= before + 1, "close logs one last summary");
        final CountDownLatch late = new CountDownLatch(1);
        afterClose.set(late);
        assertFalse(late.await(200, TimeUnit.MILLISECONDS), "no summary after close");
    }

    @Test
    void aZeroIntervalSchedulesNothing() {
        final AtomicLong reads = new AtomicLong();
        final SummaryReporter summary = SummaryReporter.builder("sink").count("stored", reads::incrementAndGet)
                .interval(Duration.ZERO).build().start();
        summary.close();
        assertEquals(0, reads.get());
    }

    @Test
    void aSummaryNeedsACountAndAPositiveInterval() {
        assertThrows(IllegalStateException.class, () -> SummaryReporter.builder("x").build());
        assertThrows(IllegalArgumentException.class,
                () -> SummaryReporter.builder("x").interval(Duration.ofSeconds(-1)));
    }

    private static double number(final String line, final String key) {
        for (String pair : line.split(" ")) {
            if (pair.startsWith(key + "=")) {
                return Double.parseDouble(pair.substring(key.length() + 1));
            }
        }
        throw new AssertionError(key + " not in " + line);
    }
}
