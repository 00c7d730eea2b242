package io.newsflow.ingest.feeds;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeedScheduleTest {

    @Test
    void pollsEveryIntervalGiveOrTakeTenPercent() {
        final FeedSchedule schedule = new FeedSchedule(Duration.ofMinutes(5), new Random(7));
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < 1_000; i++) {
            final long ms = schedule.next(0).toMillis();
            min = Math.min(min, ms);
            max = Math.max(max, ms);
        }
        assertTrue(min >= 270_000 && max <= 330_000, min + ".." + max);
        assertTrue(max - min > 30_000, "the delays are spread: " + min + ".." + max);
    }

    @Test
    void backsOffAfterFailuresUpToAnHourOr64Intervals() {
        final FeedSchedule schedule = new FeedSchedule(Duration.ofMinutes(5), new Random(7));
        final long one = schedule.next(1).toMillis();
        final long three = schedule.next(3).toMillis();
        final long many = schedule.next(40).toMillis();
        assertTrue(one >= 540_000 && one <= 660_000, String.valueOf(one));
        assertTrue(three >= 2_160_000 && three <= 2_640_000, String.valueOf(three));
        assertTrue(many >= 3_240_000 && many <= 3_960_000, "capped at an hour: " + many);

        final FeedSchedule fast = new FeedSchedule(Duration.ofSeconds(1), new Random(7));
        for (int failures : new int[] {6, 60}) {
            final long ms = fast.next(failures).toMillis();
            assertTrue(ms >= 57_600 && ms <= 70_400, "64 intervals: " + ms);
        }
    }

    @Test
    void theFirstPollComesWithinTwoSeconds() {
        final FeedSchedule schedule = new FeedSchedule(Duration.ofMinutes(5), new Random(7));
        for (int i = 0; i < 100; i++) {
            assertTrue(schedule.first().toMillis() < 2_000);
        }
    }
}
