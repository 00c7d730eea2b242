package io.newsflow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatencyPhaseTest {

    @Test
    void rateIsTheGivenOneOrHalfThePipelines() {
        assertEquals(25.0, LatencyPhase.rate(25, 121));
        assertEquals(60.5, LatencyPhase.rate(0, 121));
        assertEquals(60.5, LatencyPhase.rate(-1, 121));
    }

    @Test
    void articlesAreAboutThirtySecondsWorthWithinBounds() {
        assertEquals(1815, LatencyPhase.articles(60.5, 2000));
        assertEquals(2000, LatencyPhase.articles(500, 2000), "no more than a measured run");
        assertEquals(100, LatencyPhase.articles(1, 2000), "100 at least");
        assertEquals(100, LatencyPhase.articles(60.5, 50), "100 at least, even above --articles");
    }

    @Test
    void percentilesByNearestRank() {
        final double[] sorted = new double[100];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i + 1;
        }
        assertEquals(50, Percentiles.of(sorted, 50));
        assertEquals(99, Percentiles.of(sorted, 99));
        assertEquals(7, Percentiles.of(new double[] {7}, 99));
        assertEquals(2, Percentiles.of(new double[] {1, 2, 3}, 50));
        assertTrue(Double.isNaN(Percentiles.of(new double[0], 50)));
    }
}
