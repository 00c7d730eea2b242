package io.newsflow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WarmUpTest {

    /** A fake clock and compiler: each round takes 100 ms of wall time and the given compiler ms. */
    private static final class Fake {
        final long[] nanos = {0};
        final long[] compilerMs = {0};
        int rounds;

        WarmUp.Round round(final long... compilerMsPerRound) {
            return i -> {
                rounds++;
                nanos[0] += 100_000_000L;
                compilerMs[0] += compilerMsPerRound[Math.min(i, compilerMsPerRound.length - 1)];
            };
        }
    }

    @Test
    void ruleSettlesOnceTheLastThreeRoundsSpendUnderFivePercentCompiling() {
        final WarmUpRule rule = new WarmUpRule();
        assertFalse(rule.settled(0, 100), "one round is not enough");
        assertFalse(rule.settled(0, 100), "two rounds are not enough");
        assertTrue(rule.settled(0, 100));
    }

    @Test
    void ruleLooksAtTheLastThreeRoundsOnly() {
        final WarmUpRule rule = new WarmUpRule();
        assertFalse(rule.settled(100, 100));
        assertFalse(rule.settled(5, 100));
        assertFalse(rule.settled(5, 100));
        assertEquals(110 / 300.0, rule.share(), 1e-12);
        // The first, slow round has left the window: (5 + 5 + 4) / 300 < 5 %.
        assertTrue(rule.settled(4, 100));
        assertEquals(14 / 300.0, rule.share(), 1e-12);
    }

    @Test
    void ruleWantsTheShareStrictlyUnderTheLimit() {
        final WarmUpRule rule = new WarmUpRule();
        rule.settled(5, 100);
        rule.settled(5, 100);
        assertFalse(rule.settled(5, 100), "exactly 5 % is not under 5 %");
    }

    @Test
    void runsUntilTheCompilerQuietsDown() throws Exception {
        final Fake fake = new Fake();
        final WarmUp warmUp = new WarmUp(() -> fake.compilerMs[0], () -> fake.nanos[0], Duration.ofMinutes(4));
        final WarmUp.Outcome outcome = warmUp.run(fake.round(50, 50, 10, 2, 1, 1, 1));
        assertEquals(5, outcome.rounds());
        assertEquals(5, fake.rounds);
        assertEquals(1000, outcome.articles());
        assertEquals(0.5, outcome.seconds(), 1e-9);
        assertEquals(13 / 300.0, outcome.jitShare(), 1e-12);
        assertEquals("warm-up (tagger): 1000 articles in 0.5 s; JIT compiler time over the last rounds: 4.3 % of"
                + " their wall time", outcome.line("tagger"));
    }

    @Test
    void stopsAtTheTimeLimitWhenTheCompilerNeverQuietsDown() throws Exception {
        final Fake fake = new Fake();
        final WarmUp warmUp = new WarmUp(() -> fake.compilerMs[0], () -> fake.nanos[0], Duration.ofSeconds(1));
        final WarmUp.Outcome outcome = warmUp.run(fake.round(50));
        assertEquals(10, outcome.rounds());
        assertEquals(0.5, outcome.jitShare(), 1e-12);
        assertEquals("warm-up (pipeline): 2000 articles in 1.0 s; JIT compiler time over the last rounds: 50.0 % of"
                + " their wall time", outcome.line("pipeline"));
    }

    @Test
    void withoutTheCompilersTimeThreeRoundsAreEnough() throws Exception {
        final Fake fake = new Fake();
        final WarmUp.Outcome outcome = new WarmUp(null, () -> fake.nanos[0], Duration.ofMinutes(4))
                .run(fake.round(1000));
        assertEquals(3, outcome.rounds());
        assertNull(outcome.jitShare());
        assertEquals("warm-up (tagger): 600 articles in 0.3 s; JIT compiler time over the last rounds: not reported",
                outcome.line("tagger"));
    }
}
