package io.newsflow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BenchResultTest {

    @Test
    void summaryIsTheLastLineWithRoundedFigures() {
        final BenchResult r = new BenchResult(121.04, 128.94, 81759.2, 1165.66, 197.4, 302.4, 803, 60.5, 2, 9.94);
        assertEquals("bench pipeline=121.0 tagger=128.9 passthrough=1165.7 ratio=0.94 p50Ms=197 p99Ms=302 heapMb=803"
                + " instances=2 recoverS=9.9", r.summary());
    }

    @Test
    void aRecoveryNotMeasuredIsADash() {
        final BenchResult r = new BenchResult(1, 2, 3, 4, 5, 6, 7, 8, 1, Double.NaN);
        assertTrue(r.summary().endsWith(" instances=1 recoverS=-"), r.summary());
        assertEquals(12.5, r.withRecovery(12.5).recoverS(), 1e-12);
    }

    @Test
    void aStoriesRatioIsAppendedOnlyWhenMeasured() {
        final BenchResult r = new BenchResult(1, 2, 3, 4, 5, 6, 7, 8, 1, Double.NaN);
        assertTrue(r.withStoriesRatio(0.934).summary().endsWith(" recoverS=- storiesRatio=0.93"),
                r.withStoriesRatio(0.934).summary());
        assertEquals(0.934, r.withStoriesRatio(0.934).withRecovery(2).storiesRatio(), 1e-12);
        assertEquals(0.5, Percentiles.median(java.util.List.of(0.2, 0.9, 0.5)), 1e-12);
        assertEquals(0.55, Percentiles.median(java.util.List.of(0.6, 0.2, 0.9, 0.5)), 1e-12);
    }

    @Test
    void ratioIsPipelineOverTagger() {
        assertEquals(0.5, new BenchResult(50, 100, 0, 0, 0, 0, 0, 0, 1, Double.NaN).ratio(), 1e-12);
    }

    @Test
    void summaryKeepsADotForDecimalsWhateverTheDefaultLocale() {
        final Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            final String line = new BenchResult(1.25, 2.5, 0, 3.75, 4, 5, 6, 0, 1, 1.5).summary();
            assertTrue(line.startsWith("bench pipeline=1.3 tagger=2.5 passthrough=3.8 ratio=0.50 "), line);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void summaryMatchesTheDocumentedShape() {
        final String line = new BenchResult(9.9, 10, 100, 1000, 1, 2, 3, 4, 2, 8.25).summary();
        assertTrue(line.matches("bench pipeline=\\d+\\.\\d tagger=\\d+\\.\\d passthrough=\\d+\\.\\d ratio=\\d+\\.\\d\\d"
                + " p50Ms=\\d+ p99Ms=\\d+ heapMb=\\d+ instances=\\d+ recoverS=(\\d+\\.\\d|-)"), line);
    }
}
